package orgname

import "testing"

// TestRound46InitialsAmpersand: initials joined by an ampersand are one
// distinctive name ("OT&P Healthcare"), not a generic name of single
// letters; "Ann & Robert" with spaces stays two words (round 46).
func TestRound46InitialsAmpersand(t *testing.T) {
	t.Parallel()
	if k := Key("OT&P Healthcare"); !Distinctive(k) || k != Key("OTP Healthcare") {
		t.Errorf("OT&P Healthcare: key %q (distinctive %v), want that of OTP Healthcare %q", k, Distinctive(k), Key("OTP Healthcare"))
	}
	if a, b := Key("Ann & Robert H. Lurie Children's Hospital"), Key("Ann and Robert H. Lurie Children's Hospital"); a != b {
		t.Errorf("an ampersand between words: %q, want %q", a, b)
	}
}

// TestRound46HealthMinistryOrder: a "health ministry" is the "ministry of
// health", a county's "health department" its "department of health"
// (round 46).
func TestRound46HealthMinistryOrder(t *testing.T) {
	t.Parallel()
	for _, tt := range [][2]string{
		{"Tonga Health Ministry", "Tonga Ministry of Health"},
		{"Ohio Health Department", "Ohio Department of Health"},
	} {
		if a, b := Key(tt[0]), Key(tt[1]); a != b {
			t.Errorf("%q (%q) and %q (%q) read as two organisations", tt[0], a, tt[1], b)
		}
	}
}
