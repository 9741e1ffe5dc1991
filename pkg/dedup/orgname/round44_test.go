package orgname

import "testing"

// TestFrenchHospitalInitials: a centre hospitalier named by its initials
// ("CH", "CHR", "CHI") has the key of its full name (round 44).
func TestFrenchHospitalInitials(t *testing.T) {
	t.Parallel()
	for _, tt := range [][2]string{
		{"CH d'Arles", "centre hospitalier d'Arles"},
		{"CHR de Huy", "Centre hospitalier régional de Huy"},
		{"CHI de Créteil", "Centre hospitalier intercommunal de Créteil"},
	} {
		if a, b := Key(tt[0]), Key(tt[1]); a != b {
			t.Errorf("Key(%q) = %q, Key(%q) = %q, want one key", tt[0], a, tt[1], b)
		}
	}
	if Key("CH d'Arles") == Key("CHU d'Arles") {
		t.Error("a centre hospitalier and a university hospital read as one")
	}
}
