package dedup

import (
	"testing"

	"github.com/cit-health/cit/pkg/cit"
)

// TestRound56ReviewedPressKindWords: a press report the classifier sent
// to review names its victim with a kind word more ("Lakeshore Urology
// Group") than the accepted report of the same day ("Lakeshore Urology"):
// the names are the same but for the kind word, as between two accepted
// reports, not merely alike (round 56, set Y1; sentences of our own). A
// registry entry sent to review keeps the stricter reading.
func TestRound56ReviewedPressKindWords(t *testing.T) {
	t.Parallel()
	first := classified("a-1", "Hospital hackers leak 156GB", "Miscreants have taken 156GB of medical files from the "+
		"Lakeshore Urology practice in the US and leaked them online.", "2016-08-03", "Lakeshore Urology", "US", cit.AttackDataBreach)
	reviewed := classified("a-2", "", "A hacker posted more than half a million documents, including patient information, "+
		"from the Lakeshore Urology Group.", "2016-08-03", "Lakeshore Urology Group", "US", cit.AttackUnknown)
	reviewed.Classification.Verdict, reviewed.Classification.Score = cit.VerdictReview, 0.45
	e := NewEngine(Options{})
	e.Add(first, now)
	if d := e.Add(reviewed, now); !hasRule(d, "same_name_but_type_words") {
		t.Errorf("reviewed press report: %s, reasons %+v", d.Action, d.Reasons)
	}
	registry := reviewed
	registry.Candidate.ID = "a-3"
	registry.Candidate.Fields = map[string]string{cit.FieldBreachType: "Hacking/IT Incident"}
	e = NewEngine(Options{})
	e.Add(first, now)
	if d := e.Add(registry, now); hasRule(d, "same_name_but_type_words") {
		t.Errorf("reviewed registry entry read as the same name: %s, reasons %+v", d.Action, d.Reasons)
	}
}
