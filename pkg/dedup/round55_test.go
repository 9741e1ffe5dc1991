package dedup

import (
	"testing"

	"github.com/cit-health/cit/pkg/cit"
)

// TestRound55UndatedReportsDays: a page without a date that states an
// incident's days ("May 12 and May 18") joins that incident, though the
// organisation has another one (a breach two months on), where before it
// went to an analyst (round 55, set W1: a health system's two email
// breaches; sentences of our own).
func TestRound55UndatedReportsDays(t *testing.T) {
	t.Parallel()
	first := classified("a-1", "Cyberattack affects thousands of Lakeshore Health patients",
		"Lakeshore Health said the attacks occurred on May 12 and May 18 when three employee email accounts were compromised.",
		"2024-05-28", "Lakeshore Health", "US", cit.AttackAccountCompromise)
	next := classified("a-2", "Lakeshore Health hit with another data breach", "The latest attack occurred on July 21, when an "+
		"employee approved a fraudulent sign-in prompt and gave cybercriminals access to an email account.", "2024-09-20",
		"Lakeshore Health", "US", cit.AttackAccountCompromise)
	same := classified("a-3", "", "Lakeshore Health suffered a data breach on May 12 and May 18 when threat actors gained access "+
		"to three employee email accounts.", "", "Lakeshore Health", "US", cit.AttackAccountCompromise)
	e := NewEngine(Options{})
	d1 := e.Add(first, now)
	if d := e.Add(next, now); d.IncidentID == d1.IncidentID {
		t.Fatalf("the breach four months on joined the first: %s, reasons %+v", d.Action, d.Reasons)
	}
	if d := e.Add(same, now); d.IncidentID != d1.IncidentID || !hasRule(d, "undated_report_states_incident_day") {
		t.Errorf("the undated report of the first breach's days: %s, reasons %+v", d.Action, d.Reasons)
	}
}
