package classify

import (
	"testing"

	"github.com/cit-health/cit/pkg/cit"
)

// TestRound62CamelCaseHealthNames: a health body's one-word name in camel
// case ("MetroHealth", "MedStar") is a health organisation the attack
// sentence names, though no care word stands beside it; "Care" and a
// trailing "Med" name IT firms and summits, and an insurer's name before
// "ID" is an identifier a scam asks for (round 62; sentences of our own).
func TestRound62CamelCaseHealthNames(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	checkRule(t, c, ruleHealthVictim, true, []reportCase{
		{"en", "MetroHealth discloses data security incident",
			"MetroHealth System said an unauthorized person gained access to several employee email accounts between March and May. " +
				"The accounts held names, dates of birth and Social Security numbers of about 1,500 individuals."},
		{"en", "MedStar confirms ransomware attack",
			"MedStar said a ransomware attack forced it to shut down its network on Monday."},
	})
	for _, tc := range []reportCase{
		{"en", "MetroHealth discloses data security incident",
			"MetroHealth System said an unauthorized person gained access to several employee email accounts between March and May. " +
				"The accounts held names, dates of birth and Social Security numbers of about 1,500 individuals."},
	} {
		got := c.Classify(cit.Candidate{Lang: tc.lang, Title: tc.title, Text: tc.text})
		if !got.IsHealthCyberattack || got.Victim != "MetroHealth System" && got.Victim != "MetroHealth" {
			t.Errorf("%q: %s (%.3f), victim %q; want accepted, MetroHealth", tc.title, got.Verdict, got.Score, got.Victim)
		}
	}
	checkRule(t, c, ruleHealthVictim, false, []reportCase{
		{"en", "NetCare IT Solutions hacked", "Hackers broke into NetCare IT Solutions and stole customer passwords."},
		{"en", "Doctors meet at CyberMed Summit",
			"At the CyberMed Summit, doctors trained to treat patients harmed by hacked medical devices."},
		{"en", "MetroHealth warns of fake texts",
			"Scammers sent text messages asking for MetroHealth ID numbers and bank details in a phishing campaign."},
	})
}

// TestRound62NamedVictimQuestion: a title that asks whether a named
// organisation was attacked, over a lead that names it and tells of the
// attack, reports that attack; a question about readiness or one the lead
// does not answer stays commentary, and the question's auxiliary is no
// word of the victim's name (round 62; sentences of our own).
func TestRound62NamedVictimQuestion(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tc := range []struct{ title, text, victim string }{
		{"Was Riverside Family Clinic hit by ransomware?",
			"Riverside Family Clinic in Ohio has been listed on the leak site of the Qilin ransomware group, which claims to have stolen " +
				"200 GB of patient files. The clinic did not respond to a request for comment.", "Riverside Family Clinic"},
		{"Did hackers steal patient data from Harbor Health?",
			"Harbor Health of Maine told patients on Monday that an unauthorized party copied files from its network in a ransomware attack " +
				"last month.", "Harbor Health"},
	} {
		got := c.Classify(cit.Candidate{Lang: "en", Title: tc.title, Text: tc.text})
		if !got.IsHealthCyberattack || got.Victim != tc.victim {
			t.Errorf("%q: %s (%.3f), victim %q; want accepted, %q", tc.title, got.Verdict, got.Score, got.Victim, tc.victim)
		}
	}
	checkRule(t, c, ruleCommentary, true, []reportCase{
		{"en", "Is your hospital ready for a ransomware attack?",
			"Hospitals across the country face a rising tide of ransomware. Experts say preparation is key."},
		{"en", "Was Harbor Health ready for ransomware?",
			"Experts say hospitals should rehearse their response. Backups matter most."},
	})
}

// TestRound62SectorWarnings: a warning addressed to the sector's
// organisations is advice, whoever gives it; a victim's warning to its
// patients after its attack is still the attack's news (round 62;
// sentences of our own).
func TestRound62SectorWarnings(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	checkRule(t, c, ruleAdvice, true, []reportCase{
		{"en", "AHA warns hospitals of payroll diversion scheme",
			"The American Hospital Association warned members that cybercriminals are impersonating employees in calls to hospital IT " +
				"help desks to redirect payroll deposits."},
		{"en", "Health-ISAC warns providers about new phishing kit",
			"Health-ISAC said attackers are sending emails that mimic electronic health record vendors."},
	})
	checkAccepted(t, c, []reportCase{
		{"en", "Kettering Health warns patients of scam calls after ransomware attack",
			"Kettering Health said scammers are calling patients after the ransomware attack that shut down its systems."},
	})
}

// TestRound62DrugMakers: a drug developer named "Therapeutics" or
// described as a medicine company is a health organisation (round 62;
// sentences of our own).
func TestRound62DrugMakers(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	checkAccepted(t, c, []reportCase{
		{"en", "Larkspur Therapeutics hit by business email compromise",
			"Larkspur Therapeutics, a Brisbane, California-based genomic medicine company, said attackers gained access to the mailbox of a " +
				"senior executive and sent fraudulent invoices."},
	})
}

// TestRound62DoubtedFindings: a notice that has not confirmed any misuse
// tells of no loss, and access that is only asked about or possible is no
// intrusion; a misuse found and an access made stay what they were (round
// 62, set E1; sentences of our own).
func TestRound62DoubtedFindings(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	loss := func(body string) bool {
		return bodyHas(c, body, func(v term) bool { return v.kind == kLoss && !v.weak })
	}
	if loss("Pinewood Hospital found malware on a server. It hasn't yet confirmed any patient information has been misused.") {
		t.Error(`"hasn't yet confirmed any … misused" counted as a loss`)
	}
	if !loss("Two employees misused patient information.") {
		t.Error(`"employees misused" not counted as a loss`)
	}
	intrusion := func(body string) bool {
		return bodyHas(c, body, func(v term) bool { return v.kind == kCyber && !v.weak })
	}
	for _, body := range []string{
		"A researcher found the database open to anyone. It is unclear whether it was accessed by unauthorized parties.",
		"The website was not protected, and the information could have been accessed by unauthorized third parties.",
	} {
		if intrusion(body) {
			t.Errorf("%q: read as an intrusion", body)
		}
	}
	if !intrusion("The records were accessed by an unauthorized third party who got into the billing server.") {
		t.Error("an access made by an outsider is no longer an intrusion")
	}
	checkAccepted(t, c, []reportCase{
		{"en", "Hospital notifies patients of malware attack on imaging server",
			"A New Mexico hospital is alerting patients of a security breach it traced to a server of its radiology department.\n\n" +
				"Pinewood General Hospital said it discovered malware on a digital imaging server used to store patient information. " +
				"The hospital said 500 medical records were involved, but it hasn't yet confirmed any patient information has been misused."},
	})
}

// TestRound62VictimWords: an adjective opening a sentence on an attack
// ("Previous data breach …") is no victim, and a filing's item after a
// name is no part of it (round 62, set G1; sentences of our own).
func TestRound62VictimWords(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tc := range []struct{ title, text, victim string }{
		{"Pinewood Children’s Hospital network outages enter 4th day",
			"Pinewood Children's Hospital is experiencing outages due to an unconfirmed cyberattack, causing appointment cancellations. " +
				"Previous data breach in Spring 2023 affected 2000 patients.", "Pinewood Children’s Hospital"},
		{"Larkspur Pharmaceutical Services SEC 8-K Item 1.05 — data exfiltrated, systems encrypted",
			"Larkspur Pharmaceutical Services filed a Form 8-K disclosing a ransomware incident.", "Larkspur Pharmaceutical Services"},
	} {
		if got := c.Classify(cit.Candidate{Lang: "en", Title: tc.title, Text: tc.text}); got.Victim != tc.victim {
			t.Errorf("%.60q: victim %q, want %q", tc.title, got.Victim, tc.victim)
		}
	}
}

// TestRound62LowerCaseNamesAndRelativeClauses: a Romance name that goes on
// in lower case up to the abbreviation its initials spell is one name; an
// attack "qui a visé", "that hit" names its object; a subsidiary's parent
// is the organisation named; a possessive before the systems hit is the
// owner's (round 62, set E3; sentences of our own).
func TestRound62LowerCaseNamesAndRelativeClauses(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tc := range []struct{ lang, title, text, victim string }{
		{"fr", "Cyberattaque contre un institut de recherche",
			"Une attaque informatique a visé l’Institut national de la santé et de la recherche médicale (Inserm).",
			"Institut national de la santé et de la recherche médicale"},
		{"fr", "Enquête après une cyberattaque",
			"Une enquête a été ouverte jeudi après une attaque informatique qui a visé une filiale de l’Institut national de la santé et de la recherche médicale (Inserm), a-t-on appris.",
			"Institut national de la santé et de la recherche médicale"},
		{"en", "Police inquiry after cyberattack",
			"Police opened an inquiry after a cyberattack that hit Larkspur Clinic on Monday.", "Larkspur Clinic"},
		{"en", "Larkspur DHB outage confirmed as ransomware",
			"The cyber attack that crippled Larkspur District Health Board's computer systems was a ransomware attack, the minister has confirmed.",
			"Larkspur District Health Board"},
	} {
		if got := c.Classify(cit.Candidate{Lang: tc.lang, Title: tc.title, Text: tc.text}); got.Victim != tc.victim {
			t.Errorf("%s %.60q: victim %q, want %q", tc.lang, tc.text, got.Victim, tc.victim)
		}
	}
	// lower-case words whose initials spell no bracketed abbreviation
	// describe the name: no part of it
	got := c.Classify(cit.Candidate{Lang: "fr", Title: "Cyberattaque",
		Text: "Une attaque informatique a visé l’Institut Pasteur national de recherche (CNRS)."})
	if got.Victim != "Institut Pasteur" {
		t.Errorf("victim %q, want %q", got.Victim, "Institut Pasteur")
	}
}

// TestRound62KnownGroupBeforeItsHospital: a known group named before one
// of its own hospitals (the same first word) is the victim, not the
// hospital a later sentence names (round 62, set G1; sentences of our
// own).
func TestRound62KnownGroupBeforeItsHospital(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	got := c.Classify(cit.Candidate{Lang: "en", Title: "Ransomware shutdown hits the two-week mark",
		Text: "As Scripps Health reaches the two-week mark in its ongoing ransomware outage, its website still shows a notice. " +
			"Trauma cases were diverted from Scripps Memorial Hospital La Jolla."})
	if got.Victim != "Scripps Health" {
		t.Errorf("victim %q, want Scripps Health", got.Victim)
	}
}

// TestRound62ResearcherExposure: an unprotected database a researcher
// found, with nobody known to have entered it, goes to an analyst; one the
// lead says hackers emptied is an attack (round 62, set E1; sentences of
// our own).
func TestRound62ResearcherExposure(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	checkRule(t, c, ruleExposure, true, []reportCase{
		{"en", "Eye care firm exposes 4 million records",
			"Larkspur Vision, a Canadian medical technology company, has exposed over 4 million records of patients. " +
				"A cybersecurity researcher discovered the unprotected database containing sensitive patient information. " +
				"It remains unclear whether it was accessed by unauthorized parties."},
	})
	checkRule(t, c, ruleExposure, false, []reportCase{
		{"en", "Clinic's database stolen",
			"A security researcher found an unprotected database of Larkspur Clinic. Hackers had already stolen the files and demanded a ransom."},
	})
	got := c.Classify(cit.Candidate{Lang: "en", Title: "Eye care firm exposes 4 million records",
		Text: "Larkspur Vision, a Canadian medical technology company, has exposed over 4 million records of patients. " +
			"A cybersecurity researcher discovered the unprotected database containing sensitive patient information."})
	if got.Verdict == cit.VerdictAccept {
		t.Errorf("a researcher's exposure accepted (%.3f)", got.Score)
	}
}

// TestRound62BodyKnownByInitials: a health body the lexicon knows by its
// initials is a name on its own ("The HSE has warned …"); initials before
// a system's words are the system's ("the EDUS electronic health record")
// (round 62, set G1; sentences of our own).
func TestRound62BodyKnownByInitials(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	got := c.Classify(cit.Candidate{Lang: "en", Title: "Cancellations this week",
		Text: "The HSE has warned that people should expect cancellations after the cyber attack."})
	if got.Victim != "HSE" {
		t.Errorf("victim %q, want HSE", got.Victim)
	}
	got = c.Classify(cit.Candidate{Lang: "en", Title: "Ransomware hits the health fund",
		Text: "The Larkspur Social Security Fund (LSSF), the agency that runs the country's public health service, was hit by a ransomware attack. " +
			"Its president said the EDUS electronic health record was not compromised."})
	if got.Victim == "EDUS" {
		t.Errorf("victim %q: a system's initials", got.Victim)
	}
}

// TestRound62MistakeTitle: a title that blames a mistake for an exposure,
// with no attack in it nor beyond someone's access in the lead, is no
// cyberattack; a mistake that let ransomware in is one (round 62, set E1;
// sentences of our own).
func TestRound62MistakeTitle(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	checkRule(t, c, ruleNonCyber, true, []reportCase{
		{"en", "Larkspur Children's Hospital notifies parents after physician error exposes health information",
			"The hospital's information security department recently discovered an unauthorized website that contained certain patient " +
				"information. A physician had collected it to build a teaching resource, believing the site was password protected; " +
				"the information could have been accessed by unauthorized third parties."},
	})
	checkAccepted(t, c, []reportCase{
		{"en", "Human error let ransomware into hospital network",
			"An employee's error let ransomware encrypt the servers of Larkspur Hospital on Monday."},
	})
}

// TestRound62NewsroomUpdate: a newsroom's promise to update its article is
// no software update (round 62, set E1; sentences of our own).
func TestRound62NewsroomUpdate(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	vuln := func(body string) bool { return bodyHas(c, body, func(v term) bool { return v.kind == kVuln }) }
	if vuln("Larkspur Clinic did not reply; we will update this article if it does.") {
		t.Error(`"will update this article" read as vulnerability news`)
	}
	if !vuln("The vendor released an update that fixes the flaw.") {
		t.Error("a vendor's update no longer read as vulnerability news")
	}
}
