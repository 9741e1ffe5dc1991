package classify

import (
	"testing"

	"github.com/cit-health/cit/pkg/cit"
)

// TestRound50NameHygiene: a Title Case headline's auxiliary or preposition
// ends no name ("Cyberattack May Have Compromised", "to Pay $480K Over
// Phishing Attack"); a sentence's conjunction or preposition opens none
// ("Hoewel de NHS dus zegt", "Für das Spital in Dax"); "Criminal" before
// "cyber thieves" is who attacks; the attack word before a headline's
// colon, and a law or a filing after a name, are not the name's
// ("CareFirst Cyberattack:", "Advantage Dental HIPAA breach", "West Pharma
// SEC 8-K"); "4 Million-Record Data Breach" tells the size, not the
// victim (round 50; after sets W2, W3, W6, X1, X4 and X5 of round 49).
func TestRound50NameHygiene(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	checkVictims(t, c, []victimCase{
		{"en", "Harvard Pilgrim: “Copied And Taken” Data May Include Socials, Medical Histories",
			"Cyberattack May Have Compromised Personal Data\n\nA cyberattack on one of the state’s largest health insurance " +
				"providers may have compromised personal data. Harvard Pilgrim Health Care said hackers copied and took data.",
			"May Have", ""},
		{"en", "Louisiana Medical Group to Pay $480K Over Phishing Attack",
			"The group agreed to pay $480,000 to settle potential violations after a phishing attack exposed patient data.",
			"Over", "Louisiana Medical Group"},
		{"en", "Pediatric PHI Breach Inflicts Lasting Harm",
			"Criminal cyber thieves value minors’ PHI much higher than adults’. Hackers breached a pediatric clinic.",
			"Criminal", ""},
		{"nl", "Britse nationale gezondheidsdienst aangevallen met ransomware",
			"Een ransomwaregroep heeft systemen versleuteld. Hoewel de NHS dus zegt dat er weinig storingen waren, melden " +
				"getuigen dat dokters moeilijke beslissingen moesten nemen.", "Hoewel", ""},
		{"de", "Hacker legen Spital lahm",
			"Die Systeme sind verschlüsselt. Für das Spital in Dax ist trotzdem klar: «Wir zahlen nichts», sagt der Direktor.",
			"Für", ""},
		{"en", "CareFirst Cyberattack: 1.1 Million Members Affected By Health Insurer Data Breach",
			"The health insurer said hackers accessed member data.", "Cyberattack", "CareFirst"},
		{"en", "Advantage Dental HIPAA breach exposes more than 150K patient records",
			"Advantage Dental of Redmond, OR, has announced that hackers have successfully infiltrated its computer systems.",
			"HIPAA", "Advantage Dental"},
		{"en", "Independent Living Systems Sued Over 4 Million-Record Data Breach",
			"A lawsuit has been filed over the data breach at the healthcare administration provider.", "Record", ""},
		{"en", "Independent Living Systems Sued Over 4 Million-Record Data Breach",
			"A lawsuit has been filed over the data breach.", "Sued", ""},
		{"en", "West Pharma SEC 8-K on ransomware halt",
			"West Pharmaceutical Services filed a material-event 8-K with the SEC disclosing a ransomware incident.",
			"SEC", ""},
	})
}

// TestRound50PlaceKindAndFirmWord: a place, a health body's kind and a
// firm's word name an organisation ("Oregon Anesthesiology Group"); a
// headline's "Informs" ends the name before it; HelloKitty is a gang, not
// a victim (round 50; after set X1's reports of the Oregon Anesthesiology
// Group's 2021 ransomware attack). A place and a kind alone still name no
// one ("New Jersey hospital").
func TestRound50PlaceKindAndFirmWord(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	checkVictims(t, c, []victimCase{
		{"en", "Oregon Anesthesiology Group hit by cyberattack", "The group's systems were encrypted on July 11.", "",
			"Oregon Anesthesiology Group"},
		{"en", "Oregon Medical Group Informs 750,000 Patients About Leak, Suspected HelloKitty Ransomware Attack",
			"The FBI seized an account belonging to HelloKitty, a Ukrainian hacking group, which contained patient files.",
			"Informs", ""},
		{"en", "Clinic notifies patients", "The FBI seized an account belonging to HelloKitty, a Ukrainian hacking group, " +
			"which contained patient files of the clinic.", "HelloKitty", ""},
		{"en", "New Jersey hospital hit by ransomware", "Systems were encrypted on Sunday.", "New Jersey", ""},
	})
	got := c.Classify(cit.Candidate{Lang: "en", Title: "Clinic notifies patients",
		Text: "The FBI seized an account belonging to HelloKitty, a Ukrainian hacking group, which held the clinic's patient files."})
	if got.ThreatActor != "HelloKitty" {
		t.Errorf("threat actor %q, want HelloKitty", got.ThreatActor)
	}
}

// TestRound50NamedBreach: a headline's breach named after its organisation
// names the victim, whatever was lost or taken ("HealthEquity Breach Hits
// 4.3 Million Customers", "Cloudflare Breach Had Potential To Be Much
// Worse"); a Title Case "Data" before the breach is not the name's word
// ("Ernest Health Data Breach"), nor a member of staff a victim ("Privacy
// Manager Breach Lahey Clinic"), nor a day ("Breach on Valentine's Day");
// a breach's abbreviated name is spelt out from the text ("PJ&A") and a
// name goes on over "of the" ("Department of the Treasury") (round 50;
// after set X5 of round 49 and set X1).
func TestRound50NamedBreach(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	checkVictims(t, c, []victimCase{
		{"en", "HealthEquity Breach Hits 4.3 Million Customers",
			"US firm HealthEquity has revealed that a data breach earlier this year led to the compromise of personal information.",
			"", "HealthEquity"},
		{"en", "Ernest Health Data Breach Turns Into Class Action Lawsuit",
			"Ernest Health faces a class action lawsuit over a ransomware attack that exposed patient data.", "Data", "Ernest Health"},
		{"en", "Privacy Manager Breach Lahey Clinic", "A privacy manager of the clinic viewed records without a need.", "Manager", ""},
		{"en", "Patients among millions hit in transcription vendor PJ&A breach",
			"Patients are receiving letters telling them their information was exposed in a cyberattack on Perry Johnson & " +
				"Associates, a medical transcription company.", "", "Perry Johnson & Associates (PJ&A)"},
		{"en", "Silk Typhoon breach of the US Department of the Treasury", "Hackers accessed workstations through a vendor.",
			"", "US Department of the Treasury"},
		{"en", "Dating App Coffee Meets Bagel Confirms Breach on Valentine's Day",
			"The dating app said hackers accessed names and emails of its users.", "Valentine", ""},
	})
}

// TestRound50HeadlineSubject: the name that opens a headline before what it
// did after an attack, written again in the text's first sentences, is the
// victim, whatever its words ("Consulting Radiologists agrees to $2.2M
// settlement after data breach"); so is the name a tracker's page titles
// its victim ("Cyber Incident Victim: US Fertility"); the state the press
// writes in brackets inside a name is not the name's ("Rangely (Colo.)
// District Hospital"); a researcher's or an attacker's verb
// names no victim ("Acme Security discovers …") (round 50; after sets X1 and X4
// of round 49).
func TestRound50HeadlineSubject(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	checkVictims(t, c, []victimCase{
		{"en", "Consulting Radiologists agrees to $2.2M settlement after data breach",
			"Consulting Radiologists Ltd., a physician-owned radiology practice in Minnesota, has reached a settlement over a 2024 " +
				"ransomware attack.", "", "Consulting Radiologists"},
		{"en", "Lake Region Healthcare responds to cyberhack",
			"Lake Region Healthcare notified the public it is investigating a ransomware attack.", "", "Lake Region Healthcare"},
		{"en", "Colorado hospital loses access to records in ransomware attack",
			"Rangely (Colo.) District Hospital on June 8 began notifying patients of a ransomware attack.", "",
			"Rangely District Hospital"},
		{"en", "Cyber Incident Victim: US Fertility", "A ransomware attack compromised the largest US fertility network.", "",
			"US Fertility"},
		{"en", "Acme Security discovers ransomware gang targeting hospitals",
			"Acme Security researchers found that a ransomware gang is targeting hospitals.", "Acme", ""},
	})
}

// TestRound50KindsOfACountryAndOfficers: plural kinds, or a kind of a
// country, name no organisation ("hospitais dos Estados Unidos",
// "clínicas dos EUA"), while a kind and its town still does ("l'hôpital de
// Dax"); an officer's title and name after a name are not the name's ("HSE
// CEO Paul Reid") (round 50; after sets W4 and W5).
func TestRound50KindsOfACountryAndOfficers(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	checkVictims(t, c, []victimCase{
		{"pt", "Hackers chineses roubam dados de 4,5 milhões de pacientes dos EUA",
			"Hackers chineses invadiram os sistemas de 206 hospitais dos Estados Unidos e roubaram dados de pacientes.",
			"Estados Unidos", ""},
		{"fr", "L'hôpital de Dax paralysé par une cyberattaque", "L'hôpital de Dax a été victime d'une cyberattaque.", "",
			"hôpital de Dax"},
		{"en", "HSE shuts down IT system after cyber attack",
			"HSE CEO Paul Reid said the ransomware attack on the health service was significant.", "Reid", ""},
	})
}
