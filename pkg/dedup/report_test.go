package dedup

import (
	"slices"
	"testing"

	"github.com/cit-health/cit/pkg/cit"
)

func TestSplitOrganisations(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in   string
		want []string
	}{
		{"SynerMed, Inland Valleys IPA, Inland Empire Health Plan", []string{"SynerMed", "Inland Valleys IPA", "Inland Empire Health Plan"}},
		{"SynerMed / Inland Valleys IPA", []string{"SynerMed", "Inland Valleys IPA"}},
		{"Rhinebeck Health Center/Center for Progressive Medicine", []string{"Rhinebeck Health Center", "Center for Progressive Medicine"}},
		{"Texas Children's Hospital and Baylor College of Medicine", []string{"Texas Children's Hospital", "Baylor College of Medicine"}},
		{"Portal Healthcare Solutions, Glens Falls Hospital", []string{"Portal Healthcare Solutions", "Glens Falls Hospital"}},
		{"DeKalb Medical Center, Inc. d/b/a DeKalb Medical Hillandale", []string{"DeKalb Medical Center", "DeKalb Medical Hillandale"}},
		{"Summit Medical Group, Emory Family Practice, Fountain City Family Physicians", []string{"Summit Medical Group", "Emory Family Practice", "Fountain City Family Physicians"}},
		{"Sutter Medical Foundation, Sutter Health", []string{"Sutter Medical Foundation", "Sutter Health"}}, // round 22
		// one organisation
		{"Goodwill Industries of Greater Grand Rapids, Inc.", nil},
		{"Ochsner Medical Center, New Orleans", nil},
		{"Department of Health and Human Services", nil},
		{"Brigham and Women's Hospital", nil},
		{"Johns Hopkins Hospital and Health System", nil},
		{"Oregon Health & Science University", nil},
		{"Detroit Department of Health and Wellness Promotion", nil},
		{"Connextions c/o Anthem BCBS", nil},
		{"Acme Regional Hospital", nil},
	}
	for _, tt := range tests {
		if got := splitOrganisations(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("splitOrganisations(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSupplierNamed(t *testing.T) {
	t.Parallel()
	for text, want := range map[string]string{
		"Riverside Hospital said its billing vendor, Acme Medical Billing, was hit by ransomware.":                              "Acme Medical Billing",
		"Acme Medical Billing, a medical billing company, said hackers stole files.":                                            "Acme Medical Billing",
		"The clinic is one of dozens of Acme Medical Billing customers affected.":                                               "Acme Medical Billing",
		"The covered entity's business associate (BA), Matrix Imaging, reported a hack.":                                        "Matrix Imaging",
		"Ransomware attack on billing vendor MedBill Solutions. MedBill Solutions said…":                                        "MedBill Solutions",
		"An unauthorized user accessed the systems of American Medical Collection Agency (AMCA), a billing collections vendor.": "American Medical Collection Agency",
		"Southcoast Health said its imaging partner, Shields Health Care Group, experienced a data security incident.":          "Shields Health Care Group",
		"Baystate said Shields Health Care Group, which provides MRI services at its hospitals, suffered a cyberattack.":        "Shields Health Care Group",
		"A vendor mailed statements to the wrong addresses.":                                                                    "",
		"The hospital partnered with Acme Health to open a clinic.":                                                             "",
		"The vendor Social Security numbers were exposed.":                                                                      "",
	} {
		if got := supplierNamed(text); got != want {
			t.Errorf("supplierNamed(%q) = %q, want %q", text, got, want)
		}
	}
}

func TestPartitionKeyFollowsTheSupplier(t *testing.T) {
	t.Parallel()
	notice := classified("n-1", "Riverside Hospital notifies patients after vendor attack",
		"Riverside Hospital said its billing vendor, Acme Medical Billing, was hit by ransomware.", "2026-01-10",
		"Riverside Hospital", "US", "ransomware")
	vendor := classified("n-2", "Acme Medical Billing confirms ransomware attack", "The company said hackers encrypted its servers.",
		"2026-01-11", "Acme Medical Billing", "US", "ransomware")
	if a, b := PartitionKey(notice), PartitionKey(vendor); a != b {
		t.Errorf("a client's notice routes by %q, the vendor's report by %q; want one replica", a, b)
	}
	notice.Classification.Verdict = "review" // not an accepted health cyberattack: its own victim routes it
	if got, want := PartitionKey(notice), PartitionKey(classified("n-3", "Riverside Hospital", "", "2026-01-10",
		"Riverside Hospital", "US", "")); got != want || got == PartitionKey(vendor) {
		t.Errorf("notice in review routes by %q, want its own victim's %q", got, want)
	}
}

func TestLocalities(t *testing.T) {
	t.Parallel()
	for text, want := range map[string][]string{
		"St. Joseph's Hospital in Tampa hit by ransomware. The Florida hospital diverted ambulances.": {"town:tampa", "state:florida"},
		"Ransomware attack hits hospital in New York":                                                 {"state:new york"},
		"The attack in February disrupted care in Germany.":                                           nil,
		"A laptop was stolen in the parking lot.":                                                     nil,
		"The attack hit a health system in South Florida.":                                            {"state:florida"},
		"Women's Health Specialists of Murfreesboro, Tennessee reported a hacking incident.":          {"town:murfreesboro", "state:tennessee"},
		"Patients in Paris, France were affected.":                                                    {"town:paris"},
		"The email server of the medical center in downtown Houston was hacked.":                      {"town:houston"},
		"A Minnesota counseling center reported that an employee's email account was accessed.":       {"state:minnesota"},
		"An Ocala family practice was hit by ransomware.":                                             {"town:ocala"},
		"Prosecutors in Cologne opened a probe after the attack on a hospital in Düsseldorf.":         {"town:düsseldorf"},
		"The group runs St Vincent's Hospital in Sydney and Melbourne.":                               {several, "town:sydney"}, // a group's several sites
		"It runs hospitals in New South Wales, Victoria and Queensland.":                              {several, "town:new south"},
		"Die Notaufnahmen in Coburg und Lichtenfels sind wieder offen.":                               {several, "town:coburg"},
	} {
		if got := localities(text, false); !slices.Equal(got, want) {
			t.Errorf("localities(%q) = %q, want %q", text, got, want)
		}
	}
	if got := stateOfCode("md"); got != "maryland" {
		t.Errorf("stateOfCode(md) = %q, want maryland", got)
	}
	for _, tt := range []struct {
		a, b     []string
		conflict bool
	}{
		{[]string{"town:tampa"}, []string{"town:syracuse"}, true},
		{[]string{"state:florida"}, []string{"state:new york"}, true},
		{[]string{"town:tampa"}, []string{"state:florida"}, false}, // a town's state is not known
		{[]string{"town:tampa", "state:florida"}, []string{"town:tampa"}, false},
		{nil, []string{"town:tampa"}, false},
		{[]string{several, "town:sydney"}, []string{"town:melbourne"}, false},         // several sites rule out no other place
		{[]string{"state:district of columbia"}, []string{"state:washington"}, false}, // "in Washington" may be the capital (round 26)
		{[]string{"state:district of columbia"}, []string{"state:maryland"}, true},
	} {
		if _, got := localitiesConflict(tt.a, tt.b); got != tt.conflict {
			t.Errorf("localitiesConflict(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.conflict)
		}
	}
}

// TestLeakNewsHintsCoverTheCue: the cheap pre-test never hides a match of
// leakNewsCue.
func TestLeakNewsHintsCoverTheCue(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"Interlock ransomware gang claims Kettering Health attack",
		"Le groupe LockBit a diffusé des données de santé sur le dark web",
		"LockBit revendique l'attaque", "Die Gruppe bekennt sich zu dem Angriff", "Der Angriff: Hacker bekannten sich",
		"El grupo reivindica el ataque", "Il gruppo rivendica l'attacco", "De bende eist de aanval op",
		"Rhysida leaks patient data", "Daten wurden im Darknet veröffentlicht", "I dati sono stati pubblicati online",
		"La banda pubblica i dati dei pazienti", "Gang dumped files from the hospital", "data was posted on a forum",
	} {
		if !leakNewsCue.MatchString(s) {
			t.Errorf("leakNewsCue misses %q", s)
			continue
		}
		if !isLeakNews(s) {
			t.Errorf("isLeakNews(%q) = false, the cue matches", s)
		}
	}
	if isLeakNews("Kettering Health restores its electronic health records") {
		t.Error("a restoration story read as leak news")
	}
}

// TestNoBusinessAssociateIsNoSupplier: the HHS collector's "Business
// associate present: No." names no supplier; "Yes" and a text's business
// associate do.
func TestNoBusinessAssociateIsNoSupplier(t *testing.T) {
	t.Parallel()
	for text, want := range map[string]bool{
		"Eskenazi Health reported a hacking/IT incident. Location of breached information: Email. Business associate present: No.": false,
		"The clinic reported a hacking/IT incident. Business associate present: Yes.":                                              true,
		"The covered entity's business associate, a billing firm, was hacked.":                                                     true,
	} {
		r := newReport(cit.Classified{Candidate: cit.Candidate{ID: "x", Title: "Clinic", Text: text, Published: "2024-01-02"}}, now, nil)
		if r.supplier != want {
			t.Errorf("%q: supplier cue %v, want %v", text, r.supplier, want)
		}
	}
}
