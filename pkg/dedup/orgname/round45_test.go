package orgname

import "testing"

// TestRound45SameButTypeWords: an Italian local health agency's short and
// long forms, a drug maker with or without its kind, and a German place
// adjective before a hospital's kind name one organisation (round 45).
func TestRound45SameButTypeWords(t *testing.T) {
	t.Parallel()
	for _, tt := range [][2]string{
		{"Ausl di Modena", "Azienda Usl di Modena"},
		{"farmaceutica Zambon", "Zambon"},
		{"das Pharmaunternehmen Octapharma", "Octapharma"},
		{"Ingolstädter Klinikum", "Klinikum Ingolstadt"},
		{"Zofinger Spital", "Spital Zofingen"},
		{"LabCorp Diagnostics", "LabCorp"},
	} {
		a, b := Key(tt[0]), Key(tt[1])
		if a != b && !SameButType(a, b) {
			t.Errorf("%q (%q) and %q (%q) read as two organisations", tt[0], a, tt[1], b)
		}
	}
	for _, tt := range [][2]string{
		{"Klinikum Ingolstadt", "Klinikum Ingol"},
		{"Spital Zofingen", "Spital Aarau"},
	} {
		if a, b := Key(tt[0]), Key(tt[1]); a == b || SameButType(a, b) {
			t.Errorf("%q (%q) and %q (%q) read as one organisation", tt[0], a, tt[1], b)
		}
	}
}

// TestRound45ResearchHospitalStatus: Italy's IRCCS status is a type word:
// "IRCCS Ospedale San Raffaele" and "Ospedale San Raffaele" are one
// hospital (round 45).
func TestRound45ResearchHospitalStatus(t *testing.T) {
	t.Parallel()
	if a, b := Key("IRCCS Ospedale San Raffaele"), Key("Ospedale San Raffaele"); a != b && !SameButType(a, b) {
		t.Errorf("%q and %q read as two organisations", a, b)
	}
}
