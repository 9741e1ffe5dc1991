package textdate

import (
	"testing"
	"time"
)

// TestRound63LettersGoingOut: the day notification letters began going out
// is a later date, though "began" tells of an attack's start elsewhere, and
// so is the day an investigation concluded (round 63, set G1; sentences of
// our own).
func TestRound63LettersGoingOut(t *testing.T) {
	t.Parallel()
	ref := time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC)
	text := "Unauthorised access to the clinic's systems began on 17 July 2024. Notification letters began going out on 20 June 2025."
	if p, ok := Primary(Find(text, ref)); !ok || p.String() != "2024-07-17" {
		t.Errorf("primary %v (of %v), want 2024-07-17", p, Find(text, ref))
	}
	for _, s := range []string{
		"Notification letters began going out on 20 June 2025.",
		"A forensic investigation concluded on 5 May 2025 that files were accessed.",
	} {
		if p, ok := Primary(Find(s, ref)); ok {
			t.Errorf("%q: a later day read as the attack's: %v", s, p)
		}
	}
}
