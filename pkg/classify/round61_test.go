package classify

import (
	"testing"

	"github.com/cit-health/cit/pkg/cit"
)

// TestRound61GermanicPerfectObject: a German or Dutch perfect names its
// object between the auxiliary and the closing participle, over an article
// and a nationality's adjective; a lower-case kind after the name belongs
// to it (round 61; sentences of our own).
func TestRound61GermanicPerfectObject(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tc := range []struct{ lang, title, text, victim, country string }{
		{"de", "Computerwurm legt Krankenhaus lahm",
			"Ein Computerwurm hat das Westfriesgasthuis in Hoorn lahmgelegt. Die Klinik musste Patienten abweisen.", "Westfriesgasthuis", "NL"},
		{"nl", "Virus legt ziekenhuis plat",
			"Een computervirus heeft het Westfriesgasthuis in Hoorn platgelegd. Patiënten werden doorgestuurd.", "Westfriesgasthuis", "NL"},
		{"de", "Wurm legt Krankenhaus lahm",
			"Ein Computerwurm hat das niederländische Westfriesgasthuis in Hoorn lahmgelegt. Das Krankenhaus musste Patienten abweisen. " +
				"In Österreich hatte derselbe Wurm bereits im Januar mehrere Spitäler getroffen.", "Westfriesgasthuis", "NL"},
		{"nl", "Hackers vallen ziekenhuis in Rotterdam aan",
			"Hackers hebben het Ikazia ziekenhuis in Rotterdam aangevallen. Patiëntgegevens zijn gestolen.", "Ikazia ziekenhuis", "NL"},
	} {
		got := c.Classify(cit.Candidate{Lang: tc.lang, Title: tc.title, Text: tc.text})
		if got.Verdict != cit.VerdictAccept || got.Victim != tc.victim || countryOf(got) != tc.country {
			t.Errorf("%s %.60q: verdict %s, victim %q, country %q; want accept, %q, %q", tc.lang, tc.text, got.Verdict, got.Victim, countryOf(got), tc.victim, tc.country)
		}
	}
	// a participle that strikes no one names no victim: "hat … gemeldet"
	got := c.Classify(cit.Candidate{Lang: "de", Title: "Cyberangriff gemeldet",
		Text: "Ein Cyberangriff hat das Gesundheitsamt am Montag der Polizei gemeldet. Betroffen war eine Arztpraxis in Kiel."})
	if got.Victim == "Gesundheitsamt" {
		t.Errorf("victim %q from a participle that strikes no one", got.Victim)
	}
}

// TestRound61Victims: a newspaper that reported the attack is no victim;
// a notice's title may put a verb between its sender and its kind; a
// regulator's breach reporting tool and a subheading's stolen information
// name no victim; a place and a kind's words name none either (round 61,
// sets G1 and E1; sentences of our own).
func TestRound61Victims(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tc := range []struct{ title, text, victim string }{
		{"HARBOR GENERAL HOSPITAL PROVIDES NOTICE OF DATA PRIVACY EVENT",
			"Harbor General Hospital is providing notice of an event that may affect the privacy of some patient information.", "HARBOR GENERAL HOSPITAL"},
		{"8 more dental practices added to breach tally",
			"The Department of Health and Human Services breach reporting tool shows at least 8 more dental practices have been added to the data security incident that hit Lakeside Dental Management. " +
				"Lakeside Dental Management was hit by ransomware in July.", "Lakeside Dental Management"},
	} {
		if got := c.Classify(cit.Candidate{Lang: "en", Title: tc.title, Text: tc.text}); got.Victim != tc.victim {
			t.Errorf("%.60q: victim %q, want %q", tc.title, got.Victim, tc.victim)
		}
	}
	for _, tc := range []struct{ title, text, not string }{
		{"Riverside Health partially restores services after suspected ransomware attack",
			"The not-for-profit organization, which runs six hospitals in the region, was hit with ransomware, the Toledo Chronicle reported on Wednesday, citing two anonymous sources. " +
				"The Toledo Chronicle reported the hackers offered a bulk decryption discount.", "Toledo Chronicle"},
		{"Dutch screening data hack hits 600,000 women",
			"The laboratory said data of 600,000 women had been compromised.\n\nSensitive Medical Information Compromised\n\nCompromised files included personal information.", "Sensitive Medical Information"},
		{"Oregon Healthcare Provider Suffers Employee Email Data Breach",
			"Many patients may receive a letter in the upcoming weeks: the center has had a significant patient data breach.", "Oregon Healthcare Provider"},
	} {
		if got := c.Classify(cit.Candidate{Lang: "en", Title: tc.title, Text: tc.text}); got.Victim == tc.not {
			t.Errorf("%.60q: victim %q", tc.title, got.Victim)
		}
	}
}

// TestRound61LeakDayIsNoIncidentDate: the day attackers published what
// they stole is not the incident's (round 61, set G1; sentence of our own).
func TestRound61LeakDayIsNoIncidentDate(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	got := c.Classify(cit.Candidate{Lang: "en", Title: "Health board writes to patients after cyberattack",
		Text: "In February this year, the health board was the victim of a targeted attack by cybercriminals. When their demands weren't met, they published the stolen files onto the internet on May 6, 2024."})
	if got.IncidentDate == "2024-05-06" {
		t.Errorf("incident date %s: the leak's day", got.IncidentDate)
	}
}

// TestRound61InsurersAndTrends: a "medical insurer" in the Romance
// languages is a health insurer; "more attacks" in a title is a trend, told
// by a lead that recalls one attack (round 61, set F1; sentences of our
// own).
func TestRound61InsurersAndTrends(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tc := range []struct{ lang, title, text string }{
		{"es", "Robo de datos en aseguradora médica", "La aseguradora Sanitas confirmó que ciberdelincuentes accedieron a datos de sus clientes tras un ataque de ransomware."},
		{"fr", "Fuite de données chez un assureur santé", "Un assureur santé a informé ses adhérents qu'un pirate informatique avait dérobé des données personnelles lors d'une cyberattaque."},
	} {
		if got := c.Classify(cit.Candidate{Lang: tc.lang, Title: tc.title, Text: tc.text}); got.Verdict != cit.VerdictAccept {
			t.Errorf("%s %.50q: verdict %s (score %.3f), want accept", tc.lang, tc.title, got.Verdict, got.Score)
		}
	}
	for _, tc := range []struct{ lang, title, text string }{
		{"de", "Kritische Infrastruktur im Visier: Deutlich mehr Cyberangriffe in Sachsen",
			"Was passiert, wenn Behörden einen Cyberangriff nicht mehr verhindern können? Die Patienten der Elbtalkliniken mussten die Folgen einer solchen Attacke im vergangenen Mai erfahren. Hacker hatten die IT-Systeme des Krankenhauses blockiert."},
		{"en", "Far more ransomware attacks on clinics this year, agency says",
			"Ransomware gangs hit more clinics this year than in any year before, the national cyber agency said. In March, hackers encrypted the systems of Hillcrest Clinic."},
	} {
		if got := c.Classify(cit.Candidate{Lang: tc.lang, Title: tc.title, Text: tc.text}); got.Verdict == cit.VerdictAccept {
			t.Errorf("%s %.50q: accepted (score %.3f)", tc.lang, tc.title, got.Score)
		}
	}
}

// TestRound61LawsuitDefendant: the defendant of a title's lawsuit over a
// breach is the victim when the text names it too; an organisation that
// sues is no defendant, and a title's words the text does not repeat name
// no one (round 61, set G1; sentences of our own).
func TestRound61LawsuitDefendant(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	body := "Patients of anesthesia practices affiliated with Lullaby Inc. have filed class action lawsuits accusing the medical management company of negligence in a data breach. The Eastchester Anesthesia Associates P.C. was among the affected practices."
	for _, title := range []string{"Patients sue Lullaby for data breach of 300,000 accounts", "Lullaby sued over data breach",
		"Class action filed against Lullaby over data breach"} {
		if got := c.Classify(cit.Candidate{Lang: "en", Title: title, Text: body}); got.Victim != "Lullaby" {
			t.Errorf("%q: victim %q, want Lullaby", title, got.Victim)
		}
	}
	got := c.Classify(cit.Candidate{Lang: "en", Title: "Coral Health sues Telegram over chatbots leaking customers' data",
		Text: "Coral Health, an Indian health insurer, has sued Telegram after a hacker used chatbots on the app to leak its customers' data."})
	if got.Victim == "Telegram" {
		t.Errorf("victim %q: the defendant of the insurer's own suit", got.Victim)
	}
}

// TestRound61WormsAndRoles: an internet worm is malware and a Title Case
// headline's "Infects" no word of a name; a sentence's opening "At" is no
// part of the name after it; a person described as a health body's press
// officer is no health body (round 61, set E3; sentences of our own).
func TestRound61WormsAndRoles(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	got := c.Classify(cit.Candidate{Lang: "en", Title: "Internet Worm Infects Hospitals",
		Text: "Last week Riverside HealthCare System was hit by an internet worm that also infected computers world wide."})
	if got.Verdict != cit.VerdictAccept || got.AttackType != cit.AttackMalware || got.Victim != "Riverside HealthCare System" {
		t.Errorf("worm: verdict %s, type %q, victim %q; want accept, malware, Riverside HealthCare System", got.Verdict, got.AttackType, got.Victim)
	}
	got = c.Classify(cit.Candidate{Lang: "en", Title: "Internet worm creates chaos at hospitals",
		Text: "The Sasser worm infected several Swedish hospitals yesterday. \u201cThe equipment is mainly used in cases of head injuries,\u201d said Per Holm, the hospital\u2019s press officer.\n\n" +
			"At Kalmar hospital, staff became aware that the worm could be a threat."})
	if got.Victim == "Per Holm" || got.Victim == "At Kalmar" {
		t.Errorf("victim %q", got.Victim)
	}
}
