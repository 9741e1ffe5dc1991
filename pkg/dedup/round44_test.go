package dedup

import (
	"testing"

	"github.com/cit-health/cit/pkg/cit"
)

// TestBreachDatedReport: a report that no publication dates, dated by the
// breach its text states, is as near to an incident as that breach is to
// the incident's own stated breach; a month without a year in it is not
// read against the breach's date ("discovered in late March", 2020, is no
// discovery before a breach of May 2019). A report of another breach of
// the same organisation stays apart (round 44, set K2's Beaumont Health).
func TestBreachDatedReport(t *testing.T) {
	t.Parallel()
	first := classified("bh-1", "Harbor Health alerts 112,000 patients of phishing attack",
		"Harbor Health last week notified about 112,000 patients. On March 29, 2020, the health system discovered that "+
			"employee email accounts had been accessed by an unauthorized third party between May 23, 2019 and June 3, 2019.",
		"2020-04-20", "Harbor Health", "US", cit.AttackAccountCompromise)
	undated := func(id, text, breach string) cit.Classified {
		c := classified(id, "Harbor Health security breach puts information of 112,000 at risk", text, "", "Harbor Health",
			"US", cit.AttackAccountCompromise)
		c.Classification.IncidentDate = breach
		return c
	}
	same := undated("bh-2", "Harbor Health discovered in late March that employee email accounts had been accessed "+
		"May 23-June 3, 2019 by a third party, exposing data of 112,000 patients.", "2019-06-03")
	other := undated("bh-3", "Harbor Health discovered in late March that employee email accounts had been accessed "+
		"January 3-29, 2022 by a third party, exposing data of 112,000 patients.", "2022-01-29")
	e := NewEngine(Options{})
	d1 := e.Add(first, now)
	if d := e.Add(same, now); d.IncidentID != d1.IncidentID || d.Action != "merge" {
		t.Errorf("one breach kept apart: %s, reasons %+v", d.Action, d.Reasons)
	}
	e = NewEngine(Options{})
	d1 = e.Add(first, now)
	if d := e.Add(other, now); d.IncidentID == d1.IncidentID {
		t.Errorf("a breach two years later merged: reasons %+v", d.Reasons)
	}
}
