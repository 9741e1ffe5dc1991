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
