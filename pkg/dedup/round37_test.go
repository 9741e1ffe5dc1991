package dedup

import (
	"slices"
	"testing"
)

// TestRegionAndTown: a province and a town are two levels of one place, not
// two places: "in Lindsay, Ont." and "in Ontario, Canada" do not conflict,
// while two provinces do (round 37, from set I's Ross Memorial Hospital).
func TestRegionAndTown(t *testing.T) {
	t.Parallel()
	town := localities("A Code Grey was issued at Ross Memorial Hospital in Lindsay after a suspected cyber incident.", false)
	province := localities("Ross Memorial Hospital in Ontario, Canada has been hit by a suspected ransomware attack.", false)
	if !slices.Equal(province, []string{"region:ontario"}) {
		t.Errorf("localities in Ontario = %q, want region:ontario", province)
	}
	if v, differ := localitiesConflict(town, province); differ {
		t.Errorf("a town and a province conflict (%s), want no conflict: %q vs %q", v, town, province)
	}
	other := localities("The health authority in Manitoba was hacked.", false)
	if _, differ := localitiesConflict(province, other); !differ {
		t.Errorf("two provinces do not conflict: %q vs %q", province, other)
	}
}

// TestCyberIncidentIsHacking: "a suspected cybersecurity incident" is an
// intrusion, so a report that also tells of a "loss of utilities" is not a
// theft alone (round 37).
func TestCyberIncidentIsHacking(t *testing.T) {
	t.Parallel()
	for _, text := range []string{"following a suspected cybersecurity incident", "a cyber incident disrupted systems",
		"after a cyber-security incident"} {
		if m := modesOf(text); !m.hacked() {
			t.Errorf("modesOf(%q) = %s, want hacking", text, m)
		}
	}
}

// TestUndatedReportOneIncidentPerPlace: an undated report joins the only
// incident of its victim's name in its own country; an incident of the
// name placed in another country is no rival (round 37).
func TestUndatedReportOneIncidentPerPlace(t *testing.T) {
	t.Parallel()
	attack := classified("gn-1", "Lakeridge Memorial Hospital declares Code Grey after cyberattack",
		"Lakeridge Memorial Hospital declared a Code Grey after a suspected ransomware attack.", "2023-02-08",
		"Lakeridge Memorial Hospital", "CA", "ransomware")
	misplaced := classified("db-1", "Suspected Ransomware Attack Disables Systems At Lakeridge Memorial Hospital",
		"A suspected ransomware attack has hit Lakeridge Memorial Hospital.", "", "Lakeridge Memorial Hospital", "US", "ransomware")
	undated := classified("kl-1", "Lakeridge Memorial Hospital still recovering from ransomware attack",
		"Lakeridge Memorial Hospital continues to recover from the ransomware attack.", "", "Lakeridge Memorial Hospital", "CA", "ransomware")
	e := NewEngine(Options{})
	first := e.Add(attack, now)
	e.Add(misplaced, now)
	if d := e.Add(undated, now); d.Action != ActionMerge || d.IncidentID != first.IncidentID ||
		!hasRule(d, "undated_report_of_only_incident_of_its_name") {
		t.Errorf("undated report, one incident of the name in its country: %s, want merge; reasons %+v", d.Action, d.Reasons)
	}
}
