package dedup

import (
	"testing"

	"github.com/cit-health/cit/pkg/cit"
)

// TestRound68Initials: a health system's three initials, written alone in
// one headline ("LMH notifies …") and with its kind in the next report
// ("LMH HealthCare"), find each other either way round: the incident is a
// candidate, weighed by the rest of the evidence (a stated day joined the
// two in set G15), where before no lookup found it (round 68; sentences of
// our own).
func TestRound68Initials(t *testing.T) {
	t.Parallel()
	for _, order := range [][2]string{{"LMH", "LMH HealthCare"}, {"LMH HealthCare", "LMH"}} {
		e := NewEngine(Options{})
		e.Add(classified("a", order[0]+" notifies patients of payment portal breach",
			"On November 19, 2024, "+order[0]+" learned that hackers had planted malware on its online payment portal.",
			"2024-12-10", order[0], "US", cit.AttackDataBreach), now)
		d := e.Add(classified("b", "Card numbers exposed in "+order[1]+" breach",
			"Hackers uploaded malware to the payment portal of "+order[1]+", which discovered the breach on November 19, 2024.",
			"2024-12-12", order[1], "US", cit.AttackDataBreach), now)
		if d.Action == ActionNew || len(d.Candidates) == 0 || d.Candidates[0].Victim != order[0] {
			t.Errorf("%q then %q: %s, candidates %+v; want the first report's incident found and weighed", order[0], order[1], d.Action, d.Candidates)
		}
	}
	if got := acronymStem("lmh healthcare"); got != "lmh" {
		t.Errorf(`acronymStem("lmh healthcare") = %q, want "lmh"`, got)
	}
	for _, k := range []string{"lmh", "lakemont healthcare", "ab healthcare"} {
		if got := acronymStem(k); got != "" {
			t.Errorf("acronymStem(%q) = %q, want none", k, got)
		}
	}
}
