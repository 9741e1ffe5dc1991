package textdate

import (
	"testing"
	"time"
)

// TestRound60NoticeDates: the day a notice of a breach was filed or
// mailed is a later date, not the breach's, though the notice names the
// breach; the day the breach became known stays the primary date (round
// 60, set G1: a regulator's filing a year after the breach; sentences of
// our own).
func TestRound60NoticeDates(t *testing.T) {
	t.Parallel()
	ref := time.Date(2024, 7, 10, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ text, primary string }{
		{"Harbor Medical Group recently filed a notice of data breach on July 3rd, 2024. According to the notice, Harbor Medical Group became aware of a data breach on June 18th, 2023.", "2023-06-18"},
		{"Breach notification letters were mailed on May 5, 2024. The breach occurred on March 2, 2024.", "2024-03-02"},
	} {
		spans := Find(tc.text, ref)
		if p, ok := Primary(spans); !ok || p.String() != tc.primary {
			t.Errorf("%.60q: primary %v (of %v), want %s", tc.text, p, spans, tc.primary)
		}
	}
}
