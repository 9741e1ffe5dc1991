package orgname

import "testing"

// TestRound54ForeignKindOpeningName: another language's kind word that
// opens a name of otherwise generic English words is that name's proper
// word ("Salud Family Health"); with another proper word it still reads
// as the kind ("Salud Total") (round 54, set U1).
func TestRound54ForeignKindOpeningName(t *testing.T) {
	t.Parallel()
	for name, want := range map[string]string{
		"Salud Family Health": "salud family health",
		"Salud Total":         "health total",
		"Santé Clinic":        "sante clinic",
		"Servicio de Salud":   "servicio health",
		"Hospital Clinic":     "hospital clinic",
	} {
		if got := Key(name); got != want {
			t.Errorf("Key(%q) = %q, want %q", name, got, want)
		}
	}
}

// TestRound54Ministry: a ministry reads as one in the languages read
// ("Ministerio de Salud", "Argentine Health Ministry") (round 54, set U2).
func TestRound54Ministry(t *testing.T) {
	t.Parallel()
	for name, want := range map[string]string{
		"Ministerio de Salud":       "ministry health",
		"Argentine Health Ministry": "argentine ministry health",
		"Ministère de la Santé":     "ministry health",
		"Ministerie van VWS":        "ministry vws",
	} {
		if got := Key(name); got != want {
			t.Errorf("Key(%q) = %q, want %q", name, got, want)
		}
	}
}
