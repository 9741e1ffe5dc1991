package textdate

import (
	"testing"
	"time"
)

// TestRound53LaterDates: a page's date with a clock time and its seconds
// after a dash ("05.01.2026 - 02:51:11") is the page's, and a settlement's
// deadline for claims ("Die Frist … läuft am 5. Januar 2026 ab", "must
// submit their claims by January 5, 2026") is a later date, not the
// breach's; the attack's month stays a date of the breach (round 53, set
// Z1: Omni Family Health; sentences of our own).
func TestRound53LaterDates(t *testing.T) {
	t.Parallel()
	ref := time.Date(2026, 1, 5, 0, 0, 0, 0, time.UTC)
	for _, text := range []string{
		"Westbrook Health: Frist läuft heute ab\n\n05.01.2026 - 02:51:11\n\nFür fast 470.000 Menschen endet heute die Chance auf Entschädigung.",
		"Der Vergleich geht auf einen Cyberangriff zurück. Die Frist zur Einreichung von Ansprüchen läuft heute, am 5. Januar 2026, ab.",
		"The settlement stems from a data breach, and eligible individuals must submit their claims by January 5, 2026 to be considered.",
	} {
		spans := Find(text, ref)
		if len(spans) != 1 || !spans[0].Later {
			t.Errorf("%.50q: spans %+v, want one later date", text, spans)
		}
	}
	spans := Find("Der Vergleich geht auf einen folgenschweren Cyberangriff im Februar 2024 zurück.", ref)
	if len(spans) != 1 || spans[0].Later {
		t.Errorf("the attack's month: spans %+v, want one date of the breach", spans)
	}
}
