package dedup

import (
	"testing"

	"github.com/cit-health/cit/pkg/cit"
)

// TestRound64FollowUpWithSameCount: a lawsuit months after a breach's first
// report, naming the same organisation and the very count of people the
// first report gave, is that breach's follow-up; with another count it is
// not taken for one (round 64; sentences of our own).
func TestRound64FollowUpWithSameCount(t *testing.T) {
	t.Parallel()
	withCount := func(c cit.Classified, n int64) cit.Classified {
		c.Classification.RecordsAffected = &n
		return c
	}
	first := withCount(classified("v-1", "Lensmart notifies 52,317 customers of data breach",
		"Lensmart, an optical retail chain, said hackers stole the data of 52,317 customers, including their prescriptions.",
		"2025-01-10", "Lensmart", "US", cit.AttackDataBreach), 52317)
	lawsuit := withCount(classified("v-2", "Lensmart faces lawsuit over data breach",
		"A class action says Lensmart failed to protect the data of 52,317 customers that hackers stole.",
		"2025-05-02", "Lensmart", "US", cit.AttackDataBreach), 52317)
	other := withCount(classified("v-3", "Lensmart faces lawsuit over data breach",
		"A class action says Lensmart failed to protect the data of 8,400 customers that hackers stole.",
		"2025-05-02", "Lensmart", "US", cit.AttackDataBreach), 8400)
	e := NewEngine(Options{})
	e.Add(first, now)
	if d := e.Add(lawsuit, now); d.Action != ActionMerge || !hasRule(d, "follow_up_with_same_count") {
		t.Errorf("lawsuit with the same count: %s, reasons %+v", d.Action, d.Reasons)
	}
	e = NewEngine(Options{})
	e.Add(first, now)
	if d := e.Add(other, now); d.Action == ActionMerge || hasRule(d, "follow_up_with_same_count") {
		t.Errorf("lawsuit with another count merged: reasons %+v", d.Reasons)
	}
	if sameCount(500, []int64{500}) || sameCount(120, []int64{120}) || !sameCount(52317, []int64{9, 52317}) {
		t.Error("sameCount: want only a count of 1,000 or more that is no placeholder")
	}
}
