package dedup

import "testing"

// TestLargeCountRevised: counts in the millions that differ by a half, as
// an investigation revises them, do not set two reports of an incident
// apart; small counts that differ so still do (round 38, from set K's
// Harvard Pilgrim Health Care).
func TestLargeCountRevised(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		first, second int64
		rule          string
	}{
		{2_550_922, 1_100_000, "large_count_revised"},
		{2_860_795, 1_100_000, "large_count_revised"},
		{2_550, 1_100, "records_differ"},
		{9_000_000, 1_100_000, "records_differ"},
	} {
		first := classified("hp-1", "Northfield Pilgrim Health Care ransomware attack hits members",
			"Northfield Pilgrim Health Care said a ransomware attack exposed data of its members.", "2023-06-05",
			"Northfield Pilgrim Health Care", "US", "ransomware")
		second := classified("hp-2", "Health insurer victim of ransomware",
			"Northfield Pilgrim Health Care was the victim of a ransomware attack that exposed members' data.", "",
			"Northfield Pilgrim Health Care", "US", "ransomware")
		a, b := tt.first, tt.second
		first.Classification.RecordsAffected, second.Classification.RecordsAffected = &a, &b
		e := NewEngine(Options{})
		e.Add(first, now)
		if d := e.Add(second, now); !hasRule(d, tt.rule) {
			t.Errorf("counts %d then %d: reasons %+v, want %s", a, b, d.Reasons, tt.rule)
		}
	}
}

// TestFollowUpOfLaterIncident: a report that dates its own incident in a
// later year is no follow-up of the attack whose year it recalls (round
// 38, from set K's Singing River Health System).
func TestFollowUpOfLaterIncident(t *testing.T) {
	t.Parallel()
	first := classified("sr-1", "Gulf Coast Health System hit by ransomware attack",
		"Gulf Coast Health System said a ransomware attack took its computer systems offline.", "2023-08-21",
		"Gulf Coast Health System", "US", "ransomware")
	recap := classified("sr-2", "Gulf Coast Health System settles lawsuit",
		"Gulf Coast Health System settled a class action over the 2023 ransomware attack that exposed patients' data.",
		"2024-05-01", "Gulf Coast Health System", "US", "ransomware")
	later := classified("sr-3", "Gulf Coast Health System takes systems offline",
		"Gulf Coast Health System shut down its internet and MyChart access Dec. 23 after detecting a cybersecurity "+
			"incident in its early stages. The health system was the victim of a ransomware attack in 2023.",
		"2025-12-29", "Gulf Coast Health System", "US", "unknown")
	later.Classification.IncidentDate = "2025-12-23" // as the classifier reads "Dec. 23" on a page of December 2025
	e := NewEngine(Options{})
	d1 := e.Add(first, now)
	if d := e.Add(recap, now); !hasRule(d, "follow_up_names_attack_year") || d.IncidentID != d1.IncidentID {
		t.Errorf("a settlement naming the attack's year: %s, reasons %+v, want a follow-up", d.Action, d.Reasons)
	}
	if d := e.Add(later, now); hasRule(d, "follow_up_names_attack_year") || d.IncidentID == d1.IncidentID {
		t.Errorf("a later incident recalling the first: %s into %s, reasons %+v, want apart", d.Action, d.IncidentID, d.Reasons)
	}
}
