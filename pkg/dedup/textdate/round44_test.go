package textdate

import (
	"testing"
	"time"
)

// TestCaptionDate: the date a photo's caption gives, with its credit, is
// when the photo was taken, not a date of the breach (round 44).
func TestCaptionDate(t *testing.T) {
	t.Parallel()
	ref := time.Date(2020, 7, 28, 0, 0, 0, 0, time.UTC)
	text := "Harbor Health announced a data security incident.\n\nExterior of Harbor hospital in Royal Oak, Michigan on " +
		"March 31, 2020. (Photo: Jane Doe, The News)\n\nThe accounts were accessed between January 3, 2020 and January 29, 2020."
	spans := Find(text, ref)
	if len(spans) != 1 || spans[0].From.Month() != time.January || spans[0].To.Day() != 29 {
		t.Errorf("spans %+v, want only January 3-29, 2020", spans)
	}
}
