package dedup

import (
	"testing"

	"github.com/cit-health/cit/pkg/cit"
)

// TestRound54SpecialtyNamesNoOne: a report that names no victim and
// writes only a kind of care ("a radiology practice", "Radiologists")
// does not join the incident of another radiology group through the
// shared word; the stems of the name's own words still join (round 54,
// set Z4 of round 53; sentences of our own).
func TestRound54SpecialtyNamesNoOne(t *testing.T) {
	t.Parallel()
	first := classified("a-1", "Westfield Radiology Specialists faces lawsuit after data breach",
		"Westfield Radiology Specialists was hit by a cyberattack in which hackers stole the files of 200,000 patients.",
		"", "Westfield Radiology Specialists", "US", cit.AttackDataBreach)
	other := classified("a-2", "Proposed class action accuses Radiologists practice of lax security",
		"A proposed class action lawsuit accuses a Pennsylvania radiology practice of failing to protect patients whose data "+
			"hackers stole in a cyberattack last November.", "", "", "US", cit.AttackDataBreach)
	e := NewEngine(Options{})
	d1 := e.Add(first, now)
	if d := e.Add(other, now); d.IncidentID == d1.IncidentID || hasRule(d, "victim_named_across_reports") {
		t.Errorf("a radiology practice joined Westfield Radiology Specialists: %s, reasons %+v", d.Action, d.Reasons)
	}
	same := classified("a-3", "", "Patients of Westfield's radiology group were told hackers stole their files in a cyberattack.",
		"", "", "US", cit.AttackDataBreach)
	if d := e.Add(same, now); d.IncidentID != d1.IncidentID || !hasRule(d, "victim_named_across_reports") {
		t.Errorf("the report writing Westfield stayed apart: %s, reasons %+v", d.Action, d.Reasons)
	}
	for w, want := range map[string]bool{"radiology": true, "radiologists": true, "imaging": true, "laboratories": true,
		"westfield": false, "radford": false} {
		if specialtyWord(w) != want {
			t.Errorf("specialtyWord(%q) = %v, want %v", w, !want, want)
		}
	}
}
