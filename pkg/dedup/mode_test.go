package dedup

import "testing"

func TestModesOf(t *testing.T) {
	t.Parallel()
	tests := []struct {
		text string
		want modeSet
	}{
		{"A laptop was stolen from an employee's car.", modeTheft},
		// identity theft services are offered after any breach; "cyber attackers" spelt in two words
		{"Cyber attackers accessed the network; the CE offered identity theft recovery services.", modeHacking},
		{"Hackers accessed the server and installed malware.", modeHacking},
		{"A ransomware attack encrypted the hospital's files.", modeRansomware | modeHacking},
		{"Letters were mailed to the wrong addresses.", modeDisclosure},
		{"Records were found in a dumpster behind the clinic.", modeDisposal},
		// PRC's word for an insider
		{"One of the dishonest employees worked at the hospital from 2008 to 2010.", modeInsider},
		// a notice's reassurance names no mode
		{"There is no evidence that the information was misused.", 0},
		// round 67: a settlement's damages and its hyphenated services, data taken by thieves of data
		{"Class members may claim lost time, documented out-of-pocket losses and identity-theft protection.", 0},
		{"The settlement follows a data security incident and an increased risk of identity theft.", 0},
		{"Over 27,000 people are affected by data theft; the data thieves published the files.", 0},
		{"Class members who received notice at a California mailing address may recover any loss they suffered.", 0},
	}
	for _, tt := range tests {
		if got := modesOf(tt.text); got != tt.want {
			t.Errorf("modesOf(%q) = %s, want %s", tt.text, got, tt.want)
		}
	}
}
