package textdate

import (
	"testing"
	"time"
)

// TestRound61LaterDates: a press release's dateline, the wire's name after
// its date, and the day attackers published what they stole are later
// dates, not the breach's (round 61, set G1; sentences of our own).
func TestRound61LaterDates(t *testing.T) {
	t.Parallel()
	ref := time.Date(2024, 12, 10, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ text, primary string }{
		{"BOSTON, Mass., Dec. 08, 2023 (GLOBE NEWSWIRE) -- FOR IMMEDIATE RELEASE\n\nUnauthorized access to certain network storage devices occurred between May 7, 2023 and May 9, 2023.", "2023-05-07/2023-05-09"},
		{"AUSTIN, Texas, March 3, 2024 /PRNewswire/ -- Hill Country Clinic was hit by a ransomware attack on January 14, 2024.", "2024-01-14"},
		{"The criminals accessed the board's network on March 15, 2024. When their demands weren't met, they published the stolen files onto the internet on May 6, 2024.", "2024-03-15"},
	} {
		spans := Find(tc.text, ref)
		if p, ok := Primary(spans); !ok || p.String() != tc.primary {
			t.Errorf("%.60q: primary %v (of %v), want %s", tc.text, p, spans, tc.primary)
		}
	}
	spans := Find("When their demands weren't met, they published the stolen files onto the internet on May 6, 2024.", ref)
	if p, ok := Primary(spans); ok {
		t.Errorf("the leak's day read as the breach's: %v", p)
	}
}
