package dedup

import (
	"testing"

	"github.com/cit-health/cit/pkg/cit"
)

// TestRound57ReviewedPressSameDays: a press report the classifier sent to
// review, naming within days the organisation whose attack it accepted,
// joins that incident instead of waiting for an analyst; a week later it
// still goes to review, and so does a registry entry (round 57, set Y1's
// Central Ohio Urology Group; sentences of our own).
func TestRound57ReviewedPressSameDays(t *testing.T) {
	t.Parallel()
	first := classified("a-1", "Hospital hackers leak 156GB", "Miscreants have taken 156GB of medical files from the "+
		"Lakeshore Urology practice in the US and leaked them online.", "2016-08-03", "Lakeshore Urology", "US", cit.AttackDataBreach)
	reviewed := func(id, published string) cit.Classified {
		c := classified(id, "", "A hacker posted more than half a million documents, including patient information, "+
			"from the Lakeshore Urology Group.", published, "Lakeshore Urology Group", "US", cit.AttackUnknown)
		c.Classification.Verdict, c.Classification.Score = cit.VerdictReview, 0.45
		return c
	}
	e := NewEngine(Options{})
	e.Add(first, now)
	if d := e.Add(reviewed("a-2", "2016-08-04"), now); d.Action != ActionMerge || !hasRule(d, "reviewed_report_same_days") {
		t.Errorf("reviewed press report the next day: %s, reasons %+v", d.Action, d.Reasons)
	}
	e = NewEngine(Options{})
	e.Add(first, now)
	if d := e.Add(reviewed("a-3", "2016-08-12"), now); d.Action == ActionMerge {
		t.Errorf("reviewed press report nine days later merged: reasons %+v", d.Reasons)
	}
	registry := reviewed("a-4", "2016-08-04")
	registry.Candidate.Fields = map[string]string{cit.FieldBreachType: "Hacking/IT Incident"}
	e = NewEngine(Options{})
	e.Add(first, now)
	if d := e.Add(registry, now); d.Action == ActionMerge {
		t.Errorf("reviewed registry entry merged: reasons %+v", d.Reasons)
	}
}
