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

// TestRound54OwnNameIsNoPlace: "a Long Island plastic surgery group"
// places Long Island Plastic Surgical Group no more than its name does; a
// report of its office "in Garden City" conflicts with none (round 54, set
// U1; sentences of our own).
func TestRound54OwnNameIsNoPlace(t *testing.T) {
	t.Parallel()
	first := classified("a-1", "Over 161,000 impacted by plastic surgery group's data breach",
		"Long Island Plastic Surgical Group, a practice in Garden City, said hackers stole the files of 161,707 patients.",
		"", "Long Island Plastic Surgical Group", "US", cit.AttackRansomware)
	later := classified("a-2", "LI plastic surgery practice faced data breach",
		"Long Island Plastic Surgical Group, a Long Island plastic surgery practice, was hit by a ransomware attack in January that exposed "+
			"the data of 161,707 patients.", "", "Long Island Plastic Surgical Group", "US", cit.AttackRansomware)
	e := NewEngine(Options{})
	d1 := e.Add(first, now)
	if d := e.Add(later, now); d.IncidentID != d1.IncidentID || hasRule(d, "locality_differs") {
		t.Errorf("the group's own name read as its town: %s, reasons %+v", d.Action, d.Reasons)
	}
	if !ownNamesPlace([]string{"long island plastic surgical group"}, "town:long island") ||
		ownNamesPlace([]string{"long island plastic surgical group"}, "town:garden city") ||
		ownNamesPlace([]string{"long island"}, "town:long island") || ownNamesPlace([]string{"texas health"}, "state:texas") {
		t.Error("ownNamesPlace: want only a town inside a longer own name")
	}
}

// TestRound54TitleWordsAreNoPlaces: a Title Case headline's "in Data
// Breaches at …" and a name's first words "in Salud Family Health case"
// place no victim (round 54, set U1).
func TestRound54TitleWordsAreNoPlaces(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"Patient Data Exposed in Data Breaches at Salud Family Health",
		"Judge grants approval on settlement in Salud Family Health case",
	} {
		if got := localities(s, false); len(got) > 0 {
			t.Errorf("%q: localities %v, want none", s, got)
		}
	}
	if got := localities("A cyberattack hit a hospital in Garden City on Monday.", false); len(got) != 1 || got[0] != "town:garden city" {
		t.Errorf("a town after in: %v", got)
	}
}

// TestRound54SizeIsNoRecordCount: a text's count of the people an
// organisation serves each year is its size, and a count after a count of
// breaches a year's total: neither is the breach's (round 54, set Z3 of
// round 53, set T1).
func TestRound54SizeIsNoRecordCount(t *testing.T) {
	t.Parallel()
	for text, want := range map[string]int64{
		"Kansas City Hospice was hit by ransomware. It serves 5,700 people annually.":                                   0,
		"The clinic treats more than 120,000 patients each year; the hack exposed 4,000 patients.":                      4000,
		"The breach affected 12,000 patients and 300 employees.":                                                        12000,
		"Norwood Clinic notified 2,281 patients. Last year, 1,862 data breaches affected more than 189 million people.": 2281,
	} {
		if got := recordsFromText(text); got != want {
			t.Errorf("%q: records %d, want %d", text, got, want)
		}
	}
}
