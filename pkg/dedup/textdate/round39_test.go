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
		checkPrimary(t, tt.text, tt.ref, tt.want)
	}
}

// TestDatelineWithUpdate: a publication line that goes on with the page's
// update is the page's date, not the breach's (round 39, set M's Norton
// Healthcare).
func TestDatelineWithUpdate(t *testing.T) {
	t.Parallel()
	text := "By Quenton Robertson\nPublished: Dec. 8, 2023 at 9:16 PM EST|Updated: 49 minutes ago\n" +
		"LOUISVILLE, Ky. (WAVE) - Norton Healthcare was the victim of a cybersecurity incident on May 9 that was later " +
		"determined to be a ransomware attack."
	p, ok := Primary(Find(text, time.Date(2023, 12, 1, 0, 0, 0, 0, time.UTC)))
	if !ok || p.String() != "2023-05-09" {
		t.Errorf("primary %v (%v), want 2023-05-09", p, ok)
	}
}

// TestLabelledISODate: a scraped page's labelled ISO date opening the text
// after its title is the page's date ("Title. date 2023-12-09 …"), but a
// date of the breach written so in a sentence is not (round 39).
func TestLabelledISODate(t *testing.T) {
	t.Parallel()
	ref := time.Date(2023, 12, 1, 0, 0, 0, 0, time.UTC)
	text := "Norton Healthcare responds to ransomware attack.  date 2023-12-09 Contact Troubleshooters\n" +
		"Norton Healthcare was the victim of a cybersecurity incident on May 9."
	if p, ok := Primary(Find(text, ref)); !ok || p.String() != "2023-05-09" {
		t.Errorf("primary %v (%v), want 2023-05-09", p, ok)
	}
	if p, ok := Primary(Find("The clinic gave the breach date 2023-11-20 in its notice.", ref)); !ok || p.String() != "2023-11-20" {
		t.Errorf("a breach date in a sentence: primary %v (%v), want 2023-11-20", p, ok)
	}
}
