package classify

import (
	"strings"
	"testing"

	"github.com/cit-health/cit/pkg/cit"
)

// TestRound60Accepted: a breach that "raises concerns" raises no money; an
// attack that "risks data of" patients is one attack, not commentary on
// risks; a care group, a health services firm and a disability services
// charity are health organisations (round 60, set E1; sentences of our
// own).
func TestRound60Accepted(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tc := range []struct{ title, text, victim string }{
		{"Data Breach at IVF Provider Fernleigh Raises Concerns Over Patient Security",
			"Fernleigh, one of the largest IVF providers in the country, has confirmed unauthorised access to its systems in a cyber incident.", "Fernleigh"},
		{"Phishing attack risks data of 12,000 patients of Ohio facility",
			"Riverbend Memorial Hospital in Ohio is notifying patients that their health information may have been compromised by a phishing attack.", ""},
		{"Private health services firm hit by ransomware gang",
			"A private health and social care provider, the Brookfield Care Group, has reportedly suffered a cyberattack at the hands of a ransomware gang.", ""},
		{"", "Hackers have accessed data held by a disability services charity in Ireland as part of a cyberattack, the charity said.", ""},
	} {
		got := c.Classify(cit.Candidate{Lang: "en", Title: tc.title, Text: tc.text})
		if got.Verdict != cit.VerdictAccept || (tc.victim != "" && got.Victim != tc.victim) {
			t.Errorf("%.60q %.40q: verdict %s (score %.3f), victim %q; want accept, %q", tc.title, tc.text, got.Verdict, got.Score, got.Victim, tc.victim)
		}
	}
}

// TestRound60NotAccepted: risks to data told as nouns stay commentary;
// many speakers that "warn" of attacks on hospitals, and a typical
// healthcare organisation's tally of attempts, tell of no attack (round
// 60, sets E1 and F1; sentences of our own).
func TestRound60NotAccepted(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tc := range []struct{ lang, title, text string }{
		{"en", "Cyberattack risks for hospitals grow, experts say", "Hospitals face rising ransomware risks to patient data, a report found."},
		{"de", "", "Die WHO und rund 40 Länder warnen vor vermehrten Cyberangriffen gegen Krankenhäuser mit Erpressungssoftware. So genannte Ransomware wird von Kriminellen verwendet, um Geld zu erpressen."},
		{"en", "", "A typical healthcare organisation sees about 20,000 intrusion attempts every day, according to a vendor's quarterly threat report."},
	} {
		if got := c.Classify(cit.Candidate{Lang: tc.lang, Title: tc.title, Text: tc.text}); got.Verdict == cit.VerdictAccept {
			t.Errorf("%s %.50q %.50q: accepted (score %.3f)", tc.lang, tc.title, tc.text, got.Score)
		}
	}
}

// TestRound60Victims: a medical specialist group is a care provider; "Mr"
// before a name is a person's title, not a victim's; a Dutch "gasthuis"
// ends a hospital's compound name, in the German press too (round 60, sets
// G1 and H1; sentences of our own).
func TestRound60Victims(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tc := range []struct{ title, text, victim string }{
		{"Data protection watchdog investigates medical group cyber breach",
			"The island's data protection watchdog is opening an investigation into a cyber breach at the island's Medical Specialist Group. The healthcare organisation was alerted to the incident in December 2021.", "Medical Specialist Group"},
		{"Police investigate 'cyber incident' at island medical group",
			"A medical group on the island has confirmed it experienced a \"cyber incident\" which affected their email system in December 2021. It resulted in a number of patients receiving emails claiming to be from the group.\n\n" +
				"Ann Pallot, chief executive of the group, confirmed a police investigation is underway.\n\n" +
				"Investigation continues Mr Pallot said the group's emails were \"immediately re-secured\" and she takes cyber security very seriously.", ""},
	} {
		if got := c.Classify(cit.Candidate{Lang: "en", Title: tc.title, Text: tc.text}); got.Victim != tc.victim {
			t.Errorf("%.60q: victim %q, want %q", tc.title, got.Victim, tc.victim)
		}
	}
	text := "Ein Virusbefall auf den Servern des Noordgasthuis im niederländischen Alkmaar hat am Mittwoch die EDV-Systeme des Krankenhauses zum Erliegen gebracht. Geplante Operationen wurden ausgesetzt."
	if got := c.Classify(cit.Candidate{Lang: "de", Text: text}); got.Victim != "Noordgasthuis" {
		t.Errorf("victim %q, want Noordgasthuis (verdict %s)", got.Victim, got.Verdict)
	}
}

// TestRound60NamesAndTitleAbbreviations: an institute of medical sciences
// is a health organisation; the abbreviation a title writes for the name
// the text gives joins it as "Name (ABBR)", unless the name holds it
// already; a linking adverb opening a sentence names no one (round 60, set
// E1; sentences of our own).
func TestRound60NamesAndTitleAbbreviations(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tc := range []struct{ title, text, victim string }{
		{"Cyber attack on Indian hospital highlights security risk",
			"NEW DELHI (AP) — The city's main hospital returned to normal Wednesday after a cyberattack paralyzed its operations for nearly two weeks. " +
				"It is unclear who carried out the Nov. 23 attack on the Rajasthan Institute of Medical Sciences.", "Rajasthan Institute of Medical Sciences"},
		{"RIMS servers down for a sixth day; ransomware suspected",
			"JAIPUR — Servers at the Rajasthan Institute of Medical Sciences remained down for a sixth straight day on Sunday after a suspected ransomware attack.",
			"Rajasthan Institute of Medical Sciences (RIMS)"},
		{"LAB Air Lines hit by ransomware", "LAB Air Lines said a ransomware attack disrupted its booking systems.", "LAB Air Lines"},
		{"Toronto hospital hit by ransomware",
			"It was recently found out that a Toronto hospital has been hit by ransomware.\n\n" +
				"The hospital's IT network was shut down, including the patient health records system. Hence, the hospital stated that no confidential information was released.", ""},
	} {
		if got := c.Classify(cit.Candidate{Lang: "en", Title: tc.title, Text: tc.text}); got.Victim != tc.victim {
			t.Errorf("%.60q: victim %q, want %q", tc.title, got.Victim, tc.victim)
		}
	}
}

// TestRound60DrugMakersAndAustrianHospitals: a maker of medicines or of
// injectable antibiotics is a health organisation in French; Austria's
// "Krankenanstalten" are hospitals; a "Computerwurm" and a
// "Computervirenattacke" are malware (round 60,
// set H1; sentences of our own).
func TestRound60DrugMakersAndAustrianHospitals(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tc := range []struct{ lang, title, text string }{
		{"fr", "Korvapharm frappé par un ransomware",
			"Les opérateurs du ransomware Nefilim ont révélé avoir pris pour cible le spécialiste en antibiotique injectable Korvapharm. Des fichiers d'audits auraient été volés."},
		{"de", "", "Ein Computerwurm hat die Rechner der Steirischen Landeskrankenanstalten lahmgelegt. Rund 3.000 PC waren betroffen."},
		{"de", "", "Nach einer Computervirenattacke ist am Montag die Routine in den Steirischen Landeskrankenhäusern wiederhergestellt worden. Rund 3.000 PC waren betroffen."},
	} {
		if got := c.Classify(cit.Candidate{Lang: tc.lang, Title: tc.title, Text: tc.text}); got.Sector == "" || got.Verdict != cit.VerdictAccept {
			t.Errorf("%s %.60q: sector %q, verdict %s (score %.3f); want a health sector, accept", tc.lang, tc.text, got.Sector, got.Verdict, got.Score)
		}
	}
}

// TestRound60HeadlineAdverb: an adverb before a Title Case headline's verb
// is no part of the name before it (round 60, set G1; a sentence of our
// own).
func TestRound60HeadlineAdverb(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	got := c.Classify(cit.Candidate{Lang: "en", Title: "Lakeview Pediatrics Permanently Loses EHR Data",
		Text: "A pediatric practice in Ohio has lost nearly all the data entered into its electronic health record system due to a cyber-attack."})
	if got.Victim != "Lakeview Pediatrics" {
		t.Errorf("victim %q, want Lakeview Pediatrics", got.Victim)
	}
}

// TestRound60CareHomesAndPartners: a continuing care organisation and a
// retirement home are care providers; the bodies a victim is "working
// with" help it, even in a list; a page's tags run together name no one; a
// name written in lower case only inside a web address is
// still a name (round 60, set G1's Northwood; sentences of our own).
func TestRound60CareHomesAndPartners(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tc := range []struct{ title, text, victim string }{
		{"Police investigating after Halifax-based continuing care organization hit by 'sophisticated' computer virus",
			"A Halifax-based continuing care organization says police are investigating after its computer system was hit by a virus.", ""},
		{"", "An investigation is underway after a Dartmouth retirement home's computer network was hit by a sophisticated virus.", ""},
	} {
		got := c.Classify(cit.Candidate{Lang: "en", Title: tc.title, Text: tc.text})
		if got.Verdict != cit.VerdictAccept || (tc.victim != "" && got.Victim != tc.victim) {
			t.Errorf("%.50q %.50q: verdict %s (score %.3f), victim %q; want accept, %q", tc.title, tc.text, got.Verdict, got.Score, got.Victim, tc.victim)
		}
	}
	text := "Elmwood says its network was affected by a \"sophisticated virus\" last Saturday.\n\n" +
		"She said in the meantime, Elmwood is working with the Nova Scotia Health Authority and the Department of Health to make sure its clients are served.\n\n" +
		"https://www.cbc.ca/news/canada/nova-scotia/elmwood-virus"
	if got := c.Classify(cit.Candidate{Lang: "en", Text: text}); got.Victim != "Elmwood" {
		t.Errorf("victim %q, want Elmwood", got.Victim)
	}
	text = "A Halifax retirement home's computer network was affected by a sophisticated virus, Elmwood said.\n\n" +
		"\u201cWe are working closely with a number of our partners including the Harbour Health Authority, the Department of Health and Wellness and cyber security experts,\u201d the chief executive says.\n\n" +
		"\u00a9 2019 Global News\nHarbour Health AuthorityVirusCyberattackelmwoodAlyson EsteyJanet Simmthe Department of Health and Wellness\n"
	if got := c.Classify(cit.Candidate{Lang: "en", Text: text}); strings.Contains(got.Victim, "Department of Health") || strings.Contains(got.Victim, "Virus") {
		t.Errorf("victim %q: a partner or a page's tags", got.Victim)
	}
	text = "Elmwood said its systems were hit by a virus on Saturday.\n\nElmwood is working with the Harbour Health Authority to keep its clients served."
	if got := c.Classify(cit.Candidate{Lang: "en", Text: text}); got.Victim == "Harbour Health Authority" {
		t.Errorf("victim %q: a partner", got.Victim)
	}
}

// TestRound60SystemOwner: the owner of a system named with "'s" before
// it, and the system's kind, is the subject of the attack verb, and of
// "affected" when a system was (round 60, set G1's Northwood; sentences of
// our own).
func TestRound60SystemOwner(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, title := range []string{"Elmwood's computer network hit by ransomware", "Elmwood's systems hit by ransomware",
		"Investigation underway after Elmwood's network was hit by ransomware",
		"Investigation underway after Elmwood's computer network affected by virus"} {
		if got := c.Classify(cit.Candidate{Lang: "en", Title: title, Text: "An investigation is underway."}); got.Victim != "Elmwood" {
			t.Errorf("%q: victim %q, want Elmwood", title, got.Victim)
		}
	}
}
