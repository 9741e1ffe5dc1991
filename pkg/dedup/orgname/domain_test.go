package orgname

import "testing"

func TestDomainNames(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"changehealthcare.com":                "changehealthcare",
		"www.lurie-childrens.org":             "lurie childrens",
		"uhs.nhs.uk":                          "uhs",
		"clinic.com.au":                       "clinic",
		"hospitalsanjose.es":                  "hospitalsanjose",
		"aulss6.veneto.it":                    "aulss6", // a region's second level
		"https://www.redcliffbehavioral.com/": "redcliffbehavioral",
		"St.Mary":                             "saint mary", // no domain: a name with a dot
		"U.S. Oncology":                       "us oncology",
		"Change Healthcare, Inc.":             "change healthcare",
	} {
		if got := Key(in); got != want {
			t.Errorf("Key(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSameButType(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"ziekenhuis Bravis", "Bravis", true},
		{"Klinikum Esslingen", "Esslingen", true},
		{"CaroMont Health", "CaroMont Medical Group", true},
		{"Lincoln Community Health Center", "North Lincoln Community Health Center Clinic", false},
		{"Mercy Hospital", "Mercy Hospital", false},            // the same key: not this rule's case
		{"Memorial Hospital", "Memorial Health System", false}, // nothing distinctive
		{"Grupo Fleury", "Fleury", true},                       // type words of other languages
		{"Laboratório Fleury", "Fleury", true},                 // a laboratory's kind word
		{"Azienda Ulss 6 Euganea", "Ulss 6 Euganea", true},
		{"Waccamaw Radiology Associates, P.A.", "Waccamaw Radiology", true}, // "Associates" a registry adds
		{"Heartland Renal Care", "Heartland Renal Associates", false},       // in place of another kind word: two practices
		{"Family Medicine Associates", "Family Medicine", false},            // nothing distinctive
	} {
		if got := SameButType(Key(tt.a), Key(tt.b)); got != tt.want {
			t.Errorf("SameButType(%q, %q) = %v, want %v", Key(tt.a), Key(tt.b), got, tt.want)
		}
	}
}
