package textdate

import (
	"testing"
	"time"
)

// TestMonthDatedPage: a page dated the first of a month may be dated by its
// month only; a day later in that month is this month's, not dropped as a
// deadline weeks ahead (round 39).
func TestMonthDatedPage(t *testing.T) {
	t.Parallel()
	dec1 := time.Date(2025, 12, 1, 0, 0, 0, 0, time.UTC)
	dec2 := time.Date(2025, 12, 2, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		text string
		ref  time.Time
		want string // the primary span, "" for none
	}{
		{"The system shut down its internet and MyChart access Dec. 23 in response to a potential hacking attempt.", dec1, "2025-12-23"},
		{"The clinic was hit by ransomware on December 23, 2025.", dec1, "2025-12-23"},
		{"Patients must reset their passwords by December 10.", time.Date(2025, 11, 1, 0, 0, 0, 0, time.UTC), ""},
		{"The system shut down its internet and MyChart access Dec. 23 in response to a potential hacking attempt.", dec2, ""},
		{"The clinic was hit by ransomware on November 28.", dec1, "2025-11-28"},
	} {
		p, ok := Primary(Find(tt.text, tt.ref))
		got := ""
		if ok {
			got = p.String()
		}
		if got != tt.want {
			t.Errorf("%q (page of %s): primary %q, want %q", tt.text, tt.ref.Format(time.DateOnly), got, tt.want)
		}
	}
}
