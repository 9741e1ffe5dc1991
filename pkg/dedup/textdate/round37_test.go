package textdate

import (
	"testing"
	"time"
)

// TestDateWeeksAhead: a date without a year that falls weeks after the
// page's date is a deadline, or the page's date is rounded to its month:
// it is dropped, not put in the year before; further ahead it is last
// year's (round 37).
func TestDateWeeksAhead(t *testing.T) {
	t.Parallel()
	june := time.Date(2023, 6, 1, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		text string
		ref  time.Time
		want string // the primary span, "" for none
	}{
		{"Les Hospices ont été victimes d'un vol de données. Datant du 16 juin dernier, les données dérobées concernent le personnel.", june, "2023-06-16"}, // the page's month (round 39)
		{"Patients must reset their passwords by July 10.", june, ""},
		{"The clinic was hit by ransomware on June 3.", june, "2023-06-03"},
		{"The clinic was hit by ransomware on May 20.", june, "2023-05-20"},
		{"The clinic was hit by ransomware in December.", time.Date(2024, 1, 10, 0, 0, 0, 0, time.UTC), "2023-12"},
		{"The clinic was hit by ransomware on September 14.", june, "2022-09-14"},
	} {
		checkPrimary(t, tt.text, tt.ref, tt.want)
	}
}

// checkPrimary checks the primary span Find reads in text on a page of ref;
// want "" for none.
func checkPrimary(t *testing.T, text string, ref time.Time, want string) {
	t.Helper()
	p, ok := Primary(Find(text, ref))
	got := ""
	if ok {
		got = p.String()
	}
	if got != want {
		t.Errorf("%q (page of %s): primary %q, want %q", text, ref.Format(time.DateOnly), got, want)
	}
}
