package orgname

import "testing"

// TestDeclinedHospitalWordsAndDistrictClinics: Czech, Slovak and Polish
// decline their hospital words ("v Psychiatrické nemocnici Kosmonosy",
// "dyrektor szpitala MSWiA"), and a German district clinic is named by its
// town's adjective as well ("Kreisklinik Roth", "die Rother Klinik"):
// each pair is one organisation's name (round 36).
func TestDeclinedHospitalWordsAndDistrictClinics(t *testing.T) {
	t.Parallel()
	tests := []struct {
		a, b string
		min  float64
	}{
		{"Psychiatrické nemocnici Kosmonosy", "Psychiatrická nemocnice Kosmonosy", 0.95},
		{"szpitala MSWiA", "Szpital MSWiA", 1},
		{"Fakultní nemocnicí Ostrava", "Fakultní nemocnice Ostrava", 1},
		{"Rother Klinik", "Kreisklinik Roth", 0.85},
		{"kliniki DCG Centrum Medyczne", "Klinika DCG Centrum Medyczne", 1},
	}
	for _, tt := range tests {
		if got := Similarity(Key(tt.a), Key(tt.b)); got < tt.min {
			t.Errorf("Similarity(%q, %q) = %.3f, want at least %.2f", tt.a, tt.b, got, tt.min)
		}
	}
	if got := Similarity(Key("Kreisklinik Roth"), Key("Kreisklinik Ebersberg")); got > 0.5 {
		t.Errorf("two district clinics: similarity %.3f, want at most 0.5", got)
	}
}
