package dedup

import (
	"testing"

	"github.com/cit-health/cit/pkg/cit"
)

// TestRound48UndatedReportOfKnownByMonth: an incident known from a late
// report (a settlement a year on) that dates the attack only as
// "discovered in November 2024" is the incident of an undated report whose
// attack "occurred in November 2024": its date of discovery is one of the
// incident's dates (round 48, set V2's Memorial Hospital and Manor;
// sentences of our own).
func TestRound48UndatedReportOfKnownByMonth(t *testing.T) {
	t.Parallel()
	settled := classified("mh-1", "Bayside Memorial Hospital reaches settlement after ransomware breach",
		"Bayside Memorial Hospital has agreed to settle a class action filed after a ransomware attack discovered in "+
			"November 2024. Patient notifications were issued in early 2025.", "2025-12-30", "Bayside Memorial Hospital", "US",
		cit.AttackRansomware)
	undated := classified("mh-2", "Georgia hospital: 120,000 affected in data breach",
		"Bayside Memorial Hospital has informed about 120,000 people that their information was compromised in a "+
			"ransomware attack that occurred in November 2024.", "", "Bayside Memorial Hospital", "US", cit.AttackRansomware)
	e := NewEngine(Options{})
	d1 := e.Add(settled, now)
	if d := e.Add(undated, now); d.IncidentID != d1.IncidentID {
		t.Errorf("an undated report of the month the incident's breach was discovered kept apart: %s, reasons %+v", d.Action, d.Reasons)
	}
}
