package textdate

import (
	"testing"
	"time"
)

// TestRound62RestorationIsLater: the day systems were restored or
// reactivated after the attack is a later date, not the attack's (round
// 62, set G1; sentences of our own).
func TestRound62RestorationIsLater(t *testing.T) {
	t.Parallel()
	ref := time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ text, primary string }{
		{"Pinewood Children's Hospital announced the restoration of its patient-facing systems online on May 20, 2024, after a cyberattack on January 31.", "2024-01-31"},
		{"The clinic reactivated its patient portal on April 2, 2024. The ransomware attack began on February 12, 2024.", "2024-02-12"},
	} {
		spans := Find(tc.text, ref)
		if p, ok := Primary(spans); !ok || p.String() != tc.primary {
			t.Errorf("%.60q: primary %v (of %v), want %s", tc.text, p, spans, tc.primary)
		}
	}
	spans := Find("The hospital said its systems were back online on March 3, 2024.", ref)
	if p, ok := Primary(spans); ok {
		t.Errorf("the restoration's day read as the attack's: %v", p)
	}
}
