package geo

import (
	"testing"

	"github.com/cit-health/cit/pkg/classify/text"
)

func TestBestCountry(t *testing.T) {
	t.Parallel()
	g := New()
	tests := []struct {
		title, body string
		want        string // "" for none
	}{
		{"Ransomware attack on hospital in Düsseldorf", "", "DE"},
		{"Ransomware hits Duesseldorf University Hospital", "", "DE"},                                                // an umlaut written "ue"
		{"Hospital group hit by ransomware", "The Lyon Firm is investigating the attack on the hospital group.", ""}, // a law firm's name (round 63)
		{"Hospital group hit by ransomware", "The attack on the hospital group in Lyon disrupted care.", "FR"},
		{"Cyberattack slows UK HealthCare", "The University of Kentucky (UK) fought off an attack that slowed UK HealthCare in Lexington.", "US"}, // UK defined as the university (round 63)
		{"NHS trust hit", "The United Kingdom (UK) health service said the UK trust was hit.", "GB"},
		{"Pathology provider hit", "The pathology firm Synnovis Ltd (UK) said the UK hospitals it serves were hit.", "GB"}, // a firm's country, no definition
		{"Five hospitals hit by cyberattack", "Windsor Regional Hospital and Chatham-Kent Health Alliance were hit.", ""},  // Kent inside Chatham-Kent
		{"LVHN hit by ransomware", "The network was attacked by a ransomware gang associated with Russia.", ""},            // the gang's ties
		{"Suspect in Finnish psychotherapy hack arrested in France", "", "FI"},                                             // where the suspect was arrested
		{"Cyberattaque : l'hôpital de Cannes paralysé", "", "FR"},
		{"Hackers hit Texas health system", "The attack disrupted care in Houston and Dallas.", "US"},
		{"Irish health service hit by Conti ransomware", "", "IE"},
		{"NHS trust in Manchester reports data breach", "", "GB"},
		{"Russian hackers target hospitals in Ukraine", "", "UA"}, // demonym of the attacker is ignored
		{"Chinese state-sponsored group breached Bayer", "", ""},  // no victim country stated
		{"Attacco hacker all'ospedale di Verona", "", "IT"},
		{"Ciberataque al Hospital Clínic de Barcelona", "", "ES"},
		{"Cyberaanval op ziekenhuis in Groningen", "", "NL"},
		{"Hospital em Portugal alvo de ataque", "", "PT"},
		{"New South Wales health agency confirms breach", "", "AU"},
		{"New Mexico clinic notifies patients", "", "US"},
		{"Halifax Health", "A laptop was stolen from an employee's vehicle in Orange County.", "US"},          // a US county
		{"Kent County Council reports breach", "", "GB"},                                                      // Kent; a council is no US county
		{"Hospital in County Durham hit by ransomware", "", ""},                                               // the county word first: British usage
		{"Smith Family Practice", "The covered entity reported that a server holding ePHI was hacked.", "US"}, // HIPAA's terms
		{"Ransomware attack on Indonesian health ministry's COVID app", "", "ID"},                             // demonyms beyond Europe
		{"Hackers leak data of Costa Rican social security fund", "", "CR"},                                   // a two-word demonym
		{"Bangladesh Cyber Army hack Indian webpages", "", "IN"},                                              // a country that names the hacker team
		{"China-linked hackers breach Thai hospital", "", "TH"},                                               // "China-linked": the attacker
		{"China-nexus group exploited email gateways of a Thai hospital", "", "TH"},
		{"Hackers deface Ukrainian government websites", "", "UA"},                      // the government's websites were the target
		{"Anonymous Sudan vs. Israel", "", "IL"},                                        // a title names the attacker before "vs."
		{"Anonymous vs. Mongolian National Police", "", "MN"},                           // a demonym opening a name
		{"México: hackers filtran datos de pacientes de un hospital privado", "", "MX"}, // a country before a colon is no team's name
		{"Attacco DDoS contro i siti di aziende sanitarie lombarde", "", "IT"},          // a region's adjective in lower case
		{"Pro-Russian hackers hit French government services", "", "FR"},                // the government's services were the target
		{"State actor stole contact details of all Dutch police officers", "", "NL"},    // so were the officers
		{"Ransomware attack on Hellenic Post", "", "GR"},
		{"Sunrise Family Medicine", "A laptop was stolen from the CE's office.", "US"},     // the OCR's "the CE"
		{"Community Health Systems", "Hackers in China gained access to its network.", ""}, // the attackers' country
		{"BlackCat ransomware attack on Munster Technological University", "", "IE"},       // the Irish province, not Münster
		{"Santa Casa de Franca sofre ataque hacker", "", ""},                               // the Brazilian town, not França
		{"Hospital da França sofre ataque hacker", "", "FR"},
		{"Conti attack on the Ministry of Labour and Social Security", "", ""},                                           // another country's social security
		{"Magento patches flaws", "New versions of the Magento Community Edition (CE) have been released.", ""},          // not a covered entity
		{"City of Charlottesville", "Two laptops were stolen from a building at Tonsler Park in Charlottesville.", "US"}, // a smaller US city
		{"Clinic in Grand Rapids notifies patients of phishing attack", "", "US"},
		{"Hospital in Toledo hit by ransomware", "", ""},                                                                     // Ohio or Spain: not guessed
		{"Aldaco's Mexican Cuisine", "Hackers installed malware on the restaurant's card terminals.", ""},                    // a kitchen, not a country
		{"Chili's", "Malware stole card data at the chain's restaurants.", ""},                                               // a chain, not Chile
		{"Central New England HealthAlliance", "", "US"},                                                                     // New England is not England
		{"Beth Israel Deaconess Medical Center", "", "US"},                                                                   // a hospital name, not Israel
		{"San Juan Capistrano Unified School District (CA)", "", "US"},                                                       // the stated state outweighs a city's name
		{"Sandhills Regional Medical Center", "Sandhills Regional Medical Center (Hamlet, NC) was hit by ransomware.", "US"}, // a bracketed town and state
		{"Defacement of Jordan's Ministry of Health website", "", "JO"},                                                      // an ambiguous name's possessive before a ministry
		{"Hackers leak data of Chad's health ministry", "", "TD"},
		{"Georgia's Department of Public Health notifies patients", "", "US"},                  // the US state's department, not the country
		{"Dr. Vogel", "The practice of Dr. Vogel (John Vogel, MD) was hit by ransomware.", ""}, // a doctor's degree, no state
		{"St. John's Mercy Medical Group", "", ""},                                             // a saint's hospital, not Antigua's capital
		{"Ransomware hits hospital in Tamil Nadu", "", "IN"},                                   // regions beyond Europe and North America
		{"Ataque hacker a hospital de Minas Gerais", "", "BR"},
		{"Valley Pediatrics (AZ)", "A server was hacked.", "US"},                                // a state's postal code in brackets
		{"the us and them", "", ""},                                                             // lower-case "us" is not the country
		{"PhilHealth refuses ransom", "PhilHealth refused to pay the US$300,000 demanded.", ""}, // a currency's letters, not a place
		{"Turkey recipes for the holidays", "", "TR"},                                           // known limitation: a capitalised country name always counts
		// a town placed in a US state, read across title and body
		{"Gritman Medical Center", "The hospital in Moscow, Idaho, said hackers accessed a server.", "US"},
		{"Paris Regional Medical Center", "The hospital in Paris, Texas, notified patients.", "US"},
		{"Dukes Memorial Hospital", "The hospital in Peru, Indiana, was hit by ransomware.", "US"},
		// where attackers or servers were is not the victim's country
		{"Community Health Systems", "The hackers, believed to be based in China, stole data of patients in Tennessee.", "US"},
		{"Lakeview Behavioral Health", "The website, hosted on a server in Canada, was defaced.", ""},
		{"Ransomware attack on Dr. Reddy's Laboratories", "The Hyderabad-based drugmaker was attacked.", "IN"},
		{"Group Health Cooperative", "Seattle-based Group Health Cooperative said hackers accessed a server.", "US"},     // "Group" opens a name here, no attacker's
		{"Canton-Potsdam Hospital hit by ransomware", "The hospital in upstate New York diverted ambulances.", "US"},     // a town inside a compound name
		{"Nikkei Slack breach", "The Japanese media group Nikkei said attackers logged into its Slack workspace.", "JP"}, // an industry's group, no attacker's
		{"Hospital breached", "A Shanghai-based group of hackers breached the hospital.", ""},
		{"GRU defaces thousands of Georgian websites", "The attack defaced websites in Georgia.", "GE"},
		{"Hospital de Clínicas de Porto Alegre hit by malware", "", "BR"},
		{"Ransomware attack on Pemex", "The attack hit the Mexican state oil company Pemex.", "MX"},
	}
	for _, tt := range tests {
		ms := WithoutDefined(g.Find(text.Tokenize(tt.title), tt.title, true), tt.body)
		ms = append(ms, g.Find(text.Tokenize(tt.body), tt.body, false)...)
		m, ok := Best(Reconcile(ms))
		got := ""
		if ok {
			got = m.Code
		}
		if got != tt.want {
			t.Errorf("Best(%q, %q) = %q (%+v), want %q", tt.title, tt.body, got, m, tt.want)
		}
	}
}

func TestFromURL(t *testing.T) {
	t.Parallel()
	tests := []struct{ url, want string }{
		{"https://www.aphp.fr/actualite/x", "FR"},
		{"https://www.nhs.uk/news", "GB"},
		{"https://www.heise.de/news/Cyberangriff.html", "DE"},
		{"https://www.bleepingcomputer.com/news/x", ""},
		{"https://techcrunch.io/x", ""},
		{"not a url", ""},
		{"", ""},
	}
	for _, tt := range tests {
		got, _ := FromURL(tt.url)
		if got != tt.want {
			t.Errorf("FromURL(%q) = %q, want %q", tt.url, got, tt.want)
		}
	}
}

func TestValid(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{"fr": "FR", "UK": "GB", " us ": "US", "XX": "", "USA": ""} {
		got, _ := Valid(in)
		if got != want {
			t.Errorf("Valid(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCounties(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		s    string
		want int
	}{
		{"police in Orange County said", 1},
		{"Cork County Council said", 0},
		{"in County Durham", 0},
		{"the county health department", 0},
	} {
		if got := counties(text.Tokenize(tt.s), tt.s, false); len(got) != tt.want {
			t.Errorf("counties(%q) = %v, want %d mentions", tt.s, got, tt.want)
		}
	}
}

// TestCountryNamedProvince: a region named after a country is no country.
func TestCountryNamedProvince(t *testing.T) {
	g := New()
	for _, src := range []string{"The Belgian hospital group in Luxembourg province was attacked.",
		"Vivalia exploite des hôpitaux et maisons de repos dans la province de Luxembourg."} {
		for _, m := range g.Find(text.Tokenize(src), src, false) {
			if m.Code == "LU" {
				t.Errorf("%q: %+v, want no Luxembourg", src, m)
			}
		}
	}
	src := "A hospital in Luxembourg was attacked."
	found := false
	for _, m := range g.Find(text.Tokenize(src), src, false) {
		found = found || m.Code == "LU"
	}
	if !found {
		t.Errorf("%q: no Luxembourg", src)
	}
}

// TestAttackerCountries: a country named as the attacker is not where the
// victim is.
func TestAttackerCountries(t *testing.T) {
	g := New()
	for _, src := range []string{
		"The office of the congressman was hacked by China.",
		"Hackers from China infiltrated the computer systems of the university.",
		"China accused of attack on the defence secretary's email.",
		"A Chinese attack on CNN took the site down.",
		"The intrusion was attributed to Iran.",
		"The hospital says the attack was likely carried out by a group from Russia.",
	} {
		for _, m := range g.Find(text.Tokenize(src), src, false) {
			if m.Code == "CN" || m.Code == "IR" || m.Code == "RU" {
				t.Errorf("%q: %+v, want no attacker country", src, m)
			}
		}
	}
	for src, want := range map[string]string{
		"Pakistani hackers deface several Indian government pages.":             "IN",
		"Pakistani hackers deface the website of the Indian National Congress.": "IN",
	} {
		got := false
		for _, m := range g.Find(text.Tokenize(src), src, false) {
			got = got || m.Code == want
		}
		if !got {
			t.Errorf("%q: no %s", src, want)
		}
	}
	src := "Hospitals in China were hit by ransomware."
	found := false
	for _, m := range g.Find(text.Tokenize(src), src, false) {
		found = found || m.Code == "CN"
	}
	if !found {
		t.Errorf("%q: no China", src)
	}
}

// TestUSInstitutions: federal institutions place the victim in the US.
func TestUSInstitutions(t *testing.T) {
	g := New()
	for _, src := range []string{"Pentagon systems were penetrated in a sophisticated attack.",
		"The State Department is recovering from large-scale computer break-ins.",
		"Names, addresses and driver's license numbers were exposed."} {
		found := false
		for _, m := range g.Find(text.Tokenize(src), src, false) {
			found = found || m.Code == "US"
		}
		if !found {
			t.Errorf("%q: no US", src)
		}
	}
}

func TestCurrency(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct{ in, want string }{
		{"They used the data to forge around $75,000 worth of checks.", "US"},
		{"The trust was fined £2 million.", "GB"},
		{"Losses of A$1.2 million were reported.", "AU"},
		{"The bank lost C$ 40,000.", "CA"},
		{"A fraud of ₹5 crore was uncovered.", "IN"},
		{"The gang demanded a ransom of $5 million in bitcoin.", ""}, // ransoms are asked in dollars everywhere
		{"The clinic paid €10,000 to restore its systems.", ""},      // the euro names no single country
		{"No amount was stated.", ""},
	} {
		got, _, _ := Currency(tt.in)
		if got != tt.want {
			t.Errorf("Currency(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestAmericanDate(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		in   string
		want string
	}{
		{"The December 28 theft of a computer may have exposed health information.", "December 28"},
		{"Hackers accessed the server on or after March 8, 2013.", "March 8"},
		{"Workers first noticed on Sept. 24 that the computer was missing.", "Sept. 24"},
		{"On 12/30/2011, three computers were stolen.", "12/30/2011"},
		{"On 28 December 2021 the hospital was hit by ransomware.", ""}, // the day first: not American
		{"It began on March 3 and ended on 5 April.", ""},               // both orders: no sign either way
		{"The breach was discovered in May 2019.", ""},                  // no day
		{"On 3/4/2012 a laptop was stolen.", ""},                        // either order
		{"The clinic may 2 times a year audit its records.", ""},        // "may" is no month
		{"The outage lasted from 10:00 to 12:30.", ""},
	} {
		got, _ := AmericanDate(text.Tokenize(tt.in), tt.in)
		if got != tt.want {
			t.Errorf("AmericanDate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestAvowedAttackers: only an attacker's place said outright is avowed;
// words that a target shares, a reply "to" a country and a pair of
// feuding groups are not.
func TestAvowedAttackers(t *testing.T) {
	t.Parallel()
	g := New()
	for _, tt := range []struct {
		src    string
		code   string
		avowed bool
	}{
		{"Iranian ransomware group Pay2Key claims to have hacked Israel Aerospace Industries.", "IR", true},
		{"The website was hacked by Russian hackers.", "RU", true},
		{"The office of the congressman was hacked by China.", "CN", true},
		{"Bangladesh Cyber Army hacked Indian webpages.", "BD", true},
		{"The US Cyber Safety Review Board criticised Microsoft.", "US", false},
		{"The attacks were a response to Italy's support for Ukraine.", "IT", false},
		{"A tit-for-tat between Moroccan and Algerian hacker groups.", "DZ", false},
		{"Chinese government officials denied any role.", "CN", false},
	} {
		_, attackers := g.FindAll(text.Tokenize(tt.src), tt.src, false)
		got := false
		for _, m := range attackers {
			if m.Code == tt.code && m.Avowed {
				got = true
			}
		}
		if got != tt.avowed {
			t.Errorf("%q: %s avowed attacker = %v, want %v (attackers %+v)", tt.src, tt.code, got, tt.avowed, attackers)
		}
	}
}

// TestSpokenLanguage: a language a service is offered in places no victim
// (round 56, set Y1: "Assistance is available in both English and
// Spanish"); a people before its country's organisations still does.
func TestSpokenLanguage(t *testing.T) {
	t.Parallel()
	g := New()
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Assistance is available in both English and Spanish and at no charge to patients.", false},
		{"The notice was published in English.", false},
		{"Call centre staff are Spanish-speaking.", false},
		{"Ransomware attacks on Dutch hospitals rose last year.", true},
		{"A ransomware attack hit several hospitals in Dutch Limburg.", true},
		{"The English hospital said the attack hit its servers.", true},
	} {
		toks := text.Tokenize(tc.text)
		got := len(g.Find(toks, tc.text, false)) > 0
		if got != tc.want {
			t.Errorf("%q: place found %v, want %v", tc.text, got, tc.want)
		}
	}
}
