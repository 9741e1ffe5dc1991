package orgname

import "testing"

// TestDrugMakersAndPharmacies: a drug maker's short form and its legal
// name are one key ("Sun Pharma", "Sun Pharmaceutical Industries"), and a
// pharmacy chain named with its kind in another language is the chain
// ("pharmacies London Drugs"), while two drug makers stay apart (round 43).
func TestDrugMakersAndPharmacies(t *testing.T) {
	t.Parallel()
	for _, tt := range [][2]string{
		{"Sun Pharma", "Sun Pharmaceutical Industries"},
		{"Sun pharmaceuticals", "Sun Pharmaceutical Industries Ltd."},
	} {
		if a, b := Key(tt[0]), Key(tt[1]); a != b {
			t.Errorf("Key(%q) = %q, Key(%q) = %q, want one key", tt[0], a, tt[1], b)
		}
	}
	if !SameButType(Key("pharmacies London Drugs"), Key("London Drugs")) {
		t.Errorf("%q and %q: not the same name but its kind", Key("pharmacies London Drugs"), Key("London Drugs"))
	}
	if Key("Sun Pharma") == Key("Sun Life") || SameButType(Key("Sun Pharma"), Key("Lupin Pharma")) {
		t.Error("two drug makers read as one")
	}
}
