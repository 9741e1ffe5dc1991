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
