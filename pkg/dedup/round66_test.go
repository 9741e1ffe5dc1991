package dedup

import (
	"testing"

	"github.com/cit-health/cit/pkg/cit"
)

// TestRound66DeclinedNames: a Polish report names its victim in the
// nominative, the next in the genitive; in a language that declines names
// both are one organisation, while in English two names that differ so
// stay two (round 66; sentences of our own).
func TestRound66DeclinedNames(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		lang       string
		wantMerged bool
	}{{"pl", true}, {"en", false}} {
		first := classified("p-1", "Atak hakerski na Wojewódzki Szpital Specjalistyczny",
			"Hakerzy zaszyfrowali serwery szpitala i zażądali okupu.", "2025-03-02", "Wojewódzki Szpital Specjalistyczny", "PL", cit.AttackRansomware)
		second := classified("p-2", "Szpital po ataku hakerskim pracuje na papierze",
			"Systemy Wojewódzkiego Szpitala Specjalistycznego nadal nie działają po ataku ransomware.", "2025-03-04",
			"Wojewódzkiego Szpitala Specjalistycznego", "PL", cit.AttackRansomware)
		first.Lang, second.Lang = tt.lang, tt.lang
		e := NewEngine(Options{})
		e.Add(first, now)
		d := e.Add(second, now)
		if merged := d.Action == ActionMerge && hasRule(d, "same_victim_key"); merged != tt.wantMerged {
			t.Errorf("%s: %s, reasons %+v; want merged by name %v", tt.lang, d.Action, d.Reasons, tt.wantMerged)
		}
	}
}

func TestStemKey(t *testing.T) {
	t.Parallel()
	if a, b := stemKey("narodowy fundusz zdrowia"), stemKey("narodowego funduszu zdrowia"); a != b {
		t.Errorf("stems %q and %q differ", a, b)
	}
	if got := stemKey("kela"); got != "kela" {
		t.Errorf("short word cut: %q", got)
	}
}
