package textdate

import (
	"testing"
	"time"
)

// TestPreviousAttacksDates: the dates of earlier attacks an investigation
// uncovered are not the reported attack's (round 43, Tū Ora Compass
// Health's "previous attacks dating from 2016 to March 2019").
func TestPreviousAttacksDates(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		text string
		want string // the primary span, "" for none
	}{
		{"The website was hacked in August, but investigations also uncovered previous attacks dating from 2016 to March 2019.", ""},
		{"L'enquête a mis au jour des attaques antérieures, entre 2016 et mars 2019.", ""},
		{"The website was hacked in August 2019, and investigations also uncovered earlier intrusions dating from March 2019.", "2019-08"},
		{"The website was hacked in March 2019, the health firm said.", "2019-03"},
	} {
		checkPrimary(t, tt.text, time.Time{}, tt.want)
	}
}
