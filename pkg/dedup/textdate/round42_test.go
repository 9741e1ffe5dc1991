package textdate

import (
	"testing"
	"time"
)

// TestCourtDateIsLater: the day a lawsuit was filed or a court was seized
// is a date the breach was known by, not the breach's own date (round 42,
// a class action over LifeLabs' breach).
func TestCourtDateIsLater(t *testing.T) {
	t.Parallel()
	ref := time.Date(2019, 12, 29, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		text string
		want string // the primary span, "" for none
	}{
		{"Dans une déclaration remise le 27 décembre à la Cour supérieure de l'Ontario, les avocats reprochent à Lifelabs sa négligence.", ""},
		{"The lawsuit, filed in federal court on December 20, seeks damages.", ""},
		{"A class action was brought on December 20 against the laboratory.", ""},
		{"Am 20. Dezember reichten Patienten Klage gegen das Klinikum ein.", ""},
		{"Les pirates ont attaqué le laboratoire le 1er novembre.", "2019-11-01"},
		{"The laboratory was hacked on November 1, the complaint says.", "2019-11-01"},
	} {
		checkPrimary(t, tt.text, ref, tt.want)
	}
}
