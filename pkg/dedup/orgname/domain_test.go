package orgname

import "testing"

func TestDomainNames(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"changehealthcare.com":    "changehealthcare",
		"www.lurie-childrens.org": "lurie childrens",
		"uhs.nhs.uk":              "uhs",
		"clinic.com.au":           "clinic",
		"hospitalsanjose.es":      "hospitalsanjose",
		"St.Mary":                 "saint mary", // no domain: a name with a dot
		"U.S. Oncology":           "us oncology",
		"Change Healthcare, Inc.": "change healthcare",
	} {
		if got := Key(in); got != want {
			t.Errorf("Key(%q) = %q, want %q", in, got, want)
		}
	}
}
