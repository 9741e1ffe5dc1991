package classify

import (
	"slices"
	"strings"
	"testing"

	"github.com/cit-health/cit/pkg/cit"
	"github.com/cit-health/cit/pkg/classify/text"
)

// TestRound54RelativeClauseDenial: a denial after a relative clause that
// describes the attack word still denies it ("Ein Cyberangriff, der oft …
// vermutet wird, konnte ausgeschlossen werden"), and a rumour lists its
// attack after a comma ("Gerüchte um einen Systemausfall, einen
// Hackerangriff") (round 54, set Y3 of round 53; sentences of our own).
func TestRound54RelativeClauseDenial(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tc := range []struct{ lang, text string }{
		{"de", "Am Montag legte ein IT-Ausfall die Kliniken der Gesundheitsholding Nordtal lahm. Das Problem war ein internes technisches " +
			"Problem. Ein Cyberangriff, der oft in solchen Situationen vermutet wird, konnte ausgeschlossen werden."},
		{"de", "Am Mittwoch erreichten Gerüchte um einen Systemausfall, einen Hackerangriff und abgesagte Operationen am Klinikum Nordtal " +
			"die Redaktion. Es gab lediglich ein IT-Problem, das behoben wurde. Auch der angebliche Hackerangriff konnte nicht bestätigt werden."},
	} {
		got := c.Classify(cit.Candidate{Lang: tc.lang, Text: tc.text})
		if got.Verdict == cit.VerdictAccept || !hasRule(got, ruleDenied) {
			t.Errorf("%.60q: %s (score %.3f), want the attack denied", tc.text, got.Verdict, got.Score)
		}
	}
	// The clause must close: "A cyberattack, which hit the hospital on
	// Monday and was not ..." runs on; no denial is read across it.
	toks := text.Tokenize("A cyberattack, which staff suspected at first, was not the cause")
	if !negatedAfter(toks, 1) {
		t.Error("negatedAfter: the denial after the relative clause not read")
	}
	toks = text.Tokenize("A cyberattack, which encrypted the servers of the hospital and its two clinics on Monday night and then " +
		"spread to the laboratories, was not the first")
	if negatedAfter(toks, 1) {
		t.Error("negatedAfter: a relative clause of more than 15 words read as closed")
	}
}

// TestRound54HyphenatedTown: a known organisation's name inside a town's
// hyphenated name is the town's ("Fleury-les-Aubrais" is no Grupo Fleury),
// and the tokenizer marks a word a hyphen joins (round 54, set Y4 of
// round 53; a sentence of our own).
func TestRound54HyphenatedTown(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	got := c.Classify(cit.Candidate{Lang: "en", Text: "The town hall of Fleury-les-Aubrais is facing a crisis following a ransomware attack that " +
		"began on Monday. Hackers locked computers and servers of all city services."})
	if got.Verdict == cit.VerdictAccept || deref(got.Country) == "BR" || got.Victim == "Fleury" {
		t.Errorf("town hall: %s, victim %q, country %q; want no health victim", got.Verdict, got.Victim, deref(got.Country))
	}
	got = c.Classify(cit.Candidate{Lang: "pt", Title: "Hackers roubam dados de pacientes do laboratório Fleury",
		Text: "O grupo Fleury confirmou um ataque de ransomware. O grupo exige resgate para não divulgar as informações."})
	if got.Verdict != cit.VerdictAccept || deref(got.Country) != "BR" {
		t.Errorf("Grupo Fleury: %s, country %q; want accepted in BR", got.Verdict, deref(got.Country))
	}
	toks := text.Tokenize("Fleury-les-Aubrais e-mail Fleury les")
	if !toks[1].Hyphen || !toks[2].Hyphen || toks[3].Hyphen || toks[4].Hyphen || toks[5].Hyphen {
		t.Errorf("Hyphen marks: %+v", toks)
	}
}

// TestRound54PhysicalBreakInsAndInfectedStick: pharmacies' records lost
// in "break-ins" are a physical theft, and an "infected USB stick" in
// another language is the attack's carrier, no lost device (round 54,
// sets Y3 and Y4 of round 53; sentences of our own).
func TestRound54PhysicalBreakInsAndInfectedStick(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	got := c.Classify(cit.Candidate{Lang: "en", Title: "Pharmacy chains notify patients after store break-ins",
		Text: "Three retail pharmacy chains began notifying patients of potential data breaches that occurred during break-ins at their " +
			"stores. Intruders stole prescriptions ready for pickup, labeled with patient names and medication information."})
	if !hasReason(got, "lexicon:non_cyber_breach", "break-ins") {
		t.Errorf("break-ins: reasons %v, want a physical loss", got.Reasons)
	}
	for _, tc := range []struct{ lang, text string }{
		{"de", "Ein verseuchter USB-Stick soll schuld an dem Ausfall der Computer im Klinikum sein."},
		{"fr", "Une clé USB infectée serait à l'origine de la panne informatique de l'hôpital."},
		{"en", "A USB drive that was infected with malware took down the hospital's computers."},
	} {
		toks := text.Tokenize(tc.text)
		hits := infectedDevices(toks, c.terms.Find(toks))
		for _, h := range hits {
			if h.Value.kind == kLoss && toks[h.First].Norm == "usb" {
				t.Errorf("%.50q: the infected stick read as a lost device", tc.text)
			}
		}
	}
}

// TestRound54SubjectNames: "Patients of" opens no name ("21,000 Patients
// of Minnesota DHS Notified"), a facility that "Falls Victim" ends its name
// before the verb (not "Idaho Falls"), and scammers are attackers, no
// victim (round 54, set Z4 of round 53; sentences of our own).
func TestRound54SubjectNames(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	checkTitledVictims(t, c, []titledVictim{
		{"21,000 Patients of Northland DHS Notified That Their PHI Has Been Compromised",
			"Letters have been mailed to patients after a phishing attack compromised two email accounts.", "Northland DHS", "Patients"},
		{"", "Minnesota Mental Health Facility Falls Victim to Ransomware Attack. Associates in Psychiatry and Psychology, " +
			"located in Rochester, discovered its files had been locked with ransomware on March 31.", "", "Falls"},
		{"", "Scammers compromised two state email accounts over the summer, giving them access to the medical information " +
			"of about 21,000 patients of the Department of Human Services.", "", "Scammers"},
		{"", "Idaho Falls Community Hospital was hit by a ransomware attack on Monday and diverted ambulances.",
			"Idaho Falls Community Hospital", ""},
	})
}

// TestRound54TrackerLine: a tracker's page without a title opens with
// "Cyber Incident Victim: X Date: … Location: …"; the name ends where the
// next field starts (round 54, set Z4 of round 53; a page of our own).
func TestRound54TrackerLine(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	got := c.Classify(cit.Candidate{Lang: "en", Text: "Cyber Incident Victim: Lakeside Review Institute Date: Nov 2021 Location: United States " +
		"Summary The Lakeside Review Institute experienced a ransomware attack involving unauthorized access to systems containing " +
		"protected health information of its clients' patients."})
	if !strings.HasPrefix(got.Victim, "Lakeside Review Institute") || strings.Contains(got.Victim, "Date") {
		t.Errorf("tracker line: victim %q, want Lakeside Review Institute", got.Victim)
	}
	if m := trackerLine.FindStringSubmatch("Victim: Mercy Hospital\nThe rest"); m == nil || m[1] != "Mercy Hospital" {
		t.Errorf("trackerLine on a line of its own: %q", m)
	}
}

// hasReason reports whether a classification has a reason of rule whose
// span is span.
func hasReason(cl cit.Classification, rule, span string) bool {
	for _, r := range cl.Reasons {
		if r.Rule == rule && r.Span == span {
			return true
		}
	}
	return false
}

// TestRound54NoticeTitles: a law firm's "Data Breach Alert: X" and a
// notice titled "X - NOTICE OF DATA SECURITY EVENT" name X; a notice's
// words alone ("NOTICE OF") and a title opening "Patients of …" name no
// one (round 54, set U1; titles of our own).
func TestRound54NoticeTitles(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	body := "On September 5, 2022, the clinic became aware of suspicious activity in certain computer systems and launched an " +
		"investigation. An unauthorized party accessed the affected systems and may have taken patient information."
	checkTitledVictims(t, c, []titledVictim{
		{"Data Breach Alert: Ridgeway Family Health", body, "Ridgeway Family Health", ""},
		{"Ridgeway - NOTICE OF DATA SECURITY EVENT", body, "Ridgeway", ""},
		{"", "NOTICE OF DATA SECURITY EVENT\n" + body, "", "NOTICE"},
		{"Patients of Lakeland University Center for Health Sciences Informed of PHI Breach",
			"Hackers installed malware on a server of the Lakeland University Center for Health Sciences and accessed the PHI of 279,865 patients.",
			"", "Patients"},
	})
}

// TestRound54AttackersAndThings: the Lorenz "extortion group" is the
// attacker; "CCDA Servers Experience Malware Attack" names CCDA;
// "Social Security numbers", "18000 Urology Patients" and "Healthcare
// Organizations" name no victim (round 54, set U1; sentences of our own).
func TestRound54AttackersAndThings(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	checkTitledVictims(t, c, []titledVictim{
		{"", "The Lorenz extortion group has declared a breach of Cogdell Memorial Hospital, publishing stolen data.", "", "Lorenz"},
		{"CCDA Servers Experience Malware Attack", "In August the Catholic Charities of the Diocese of Albany (CCDA) found malware " +
			"installed on one of its servers, which held patients' information.", "", "Experience"},
		{"", "Hackers may have stolen patients' names, health insurance ID and Social Security numbers from the clinic's server.",
			"", "Social Security"},
		{"Ransomware attack on Milwaukee’s 18000 Urology Patients", "A ransomware attack encrypted the servers of a Milwaukee urology practice.",
			"", "Patients"},
		{"Ransomware and Phishing Hit Healthcare Organizations", "May Eye Care Center reported a ransomware attack this week.",
			"", "Organizations"},
	})
	got := c.Classify(cit.Candidate{Lang: "en", Text: "The Lorenz group claimed the attack on the hospital and leaked 400GB of data."})
	if got.ThreatActor != "Lorenz" {
		t.Errorf("threat actor %q, want Lorenz", got.ThreatActor)
	}
}

// TestRound54TownHospitalLastResort: a town and a capitalised kind inside
// a sentence ("returned to Brockton Hospital after …") name the town's
// hospital when nothing else does; a parent the text describes comes
// first, and a Title Case headline's "Seattle Hospital" stays a
// description (round 54, set U1; sentences of our own).
func TestRound54TownHospitalLastResort(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	got := c.Classify(cit.Candidate{Lang: "en", Text: "Ambulances returned to Brockton Hospital after its operator lifted the Code Black status. " +
		"The hospital experienced a cybersecurity incident on April 6 that forced it to divert ambulances."})
	if got.Victim != "Brockton Hospital" || !hasRule(got, "text:town_hospital") {
		t.Errorf("town's hospital: victim %q, want Brockton Hospital", got.Victim)
	}
	got = c.Classify(cit.Candidate{Lang: "en", Title: "Rhysida extortion of Prospect Medical (August 2023)",
		Text: "On 3 August 2023, Prospect Medical Holdings, a California-based company operating 16 hospitals, took its systems offline " +
			"after a data security incident. Emergency departments at Waterbury Hospital diverted ambulances."})
	if got.Victim != "Prospect Medical Holdings" {
		t.Errorf("parent: victim %q, want Prospect Medical Holdings", got.Victim)
	}
	got = c.Classify(cit.Candidate{Lang: "en", Title: "Hacker Botnet Hit Seattle Hospital, Prosecutors Say",
		Text: "A man's network of hijacked computers infected more than 150 machines at Northwest Hospital and Medical Center in Seattle."})
	if got.Victim != "Northwest Hospital and Medical Center" {
		t.Errorf("headline's description: victim %q, want Northwest Hospital and Medical Center", got.Victim)
	}
}

// TestRound54VirusOnWorkstations: a "vírus" found on a ministry's
// workstations or in its "sistema de informática" is malware, no disease;
// Brazil's health regulator Anvisa is a health organisation; a statement's
// capitalised verb ends no name ("O Ministério da Saúde Informa que …")
// (round 54, set U2; sentences of our own).
func TestRound54VirusOnWorkstations(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	got := c.Classify(cit.Candidate{Lang: "pt", Text: "O Ministério da Saúde identificou a existência de vírus em algumas estações de " +
		"trabalho na manhã desta quinta-feira e, por motivos de segurança, bloqueou o acesso à internet para evitar a propagação do vírus."})
	if got.AttackType != cit.AttackMalware || !hasReason(got, "lexicon:cyberattack", "vírus") {
		t.Errorf("virus on workstations: type %q, reasons %v; want malware", got.AttackType, got.Reasons)
	}
	got = c.Classify(cit.Candidate{Lang: "pt", Title: "Site da Anvisa é atacado por hackers",
		Text: "Um dos sites da agência sofreu um ataque cibernético na tarde desta quarta-feira. Os invasores colocaram uma bandeira e uma mensagem."})
	if got.Victim != "Anvisa" || got.Sector != "public_health" {
		t.Errorf("Anvisa: victim %q, sector %q; want Anvisa, public health", got.Victim, got.Sector)
	}
	got = c.Classify(cit.Candidate{Lang: "pt", Text: "Os sistemas estão fora do ar após uma tentativa de acesso indevido por hackers. " +
		"\"O Ministério da Saúde Informa que o Programa Conecte SUS se encontra em manutenção corretiva\", diz a nota."})
	if strings.Contains(got.Victim, "Informa") {
		t.Errorf("statement's verb in victim %q", got.Victim)
	}
}

// TestRound54GroupRecordAndStateAbbreviation: a count told of the group's
// other attack ("responsible for a ransomware attack of … which affected
// more than 600,000 patients") is not the report's; "the attack" still
// is; the press's "Vt." names no victim (round 54, set Z3 of round 53;
// sentences of our own).
func TestRound54GroupRecordAndStateAbbreviation(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	got := c.Classify(cit.Candidate{Lang: "en", Text: "Hackers hit Delta Valley Medical Center with ransomware last week. The Hive group " +
		"is believed to be responsible for a ransomware attack of Ohio's Memorial Health System in August, which affected more than 600,000 patients."})
	if got.RecordsAffected != nil {
		t.Errorf("another attack's count: records %v, want none", *got.RecordsAffected)
	}
	got = c.Classify(cit.Candidate{Lang: "en", Text: "The Hive group is believed to be responsible for the ransomware attack on Delta Valley " +
		"Medical Center, which affected more than 60,000 patients."})
	if got.RecordsAffected == nil || *got.RecordsAffected != 60000 {
		t.Errorf("the report's own count: records %v, want 60000", deref(got.RecordsAffected))
	}
	got = c.Classify(cit.Candidate{Lang: "en", Text: "Police say North Korean hackers were behind a 2021 cyberattack on Delta Valley " +
		"Medical Center in which the personal information of about 831,000 people was leaked."})
	if got.RecordsAffected == nil || *got.RecordsAffected != 831000 {
		t.Errorf("the attack a group was behind: records %v, want 831000", deref(got.RecordsAffected))
	}
	got = c.Classify(cit.Candidate{Lang: "en", Title: "Security breach at Vt. health center may have exposed patient data",
		Text: "Hackers accessed the network of a health center in northern Vermont and may have taken patient files."})
	if got.Victim == "Vt" {
		t.Errorf("state abbreviation as victim %q", got.Victim)
	}
}

// TestRound54StaffAndYearTotals: "a medical group of 25 physicians" tells
// the group's size and "1,862 data breaches affected more than 189
// million people" a year's total, neither the report's count (round 54,
// set T1; sentences of our own).
func TestRound54StaffAndYearTotals(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tc := range []struct {
		text string
		want int64
	}{
		{"Pine Clinic said hackers accessed the files of 7,500 patients. Last year, 1,862 data breaches affected more than " +
			"189 million people.", 7500},
		{"Hackers stole the data of 4,000 members of the group, a network of 300 physicians.", 4000},
	} {
		got := c.Classify(cit.Candidate{Lang: "en", Text: tc.text})
		if got.RecordsAffected == nil || *got.RecordsAffected != tc.want {
			t.Errorf("%.50q: records %v, want %d", tc.text, deref(got.RecordsAffected), tc.want)
		}
	}
	for s, want := range map[string]bool{
		"Pine Clinic, a multispecialty medical group of 25 physicians headquartered in Fultondale": true,
		"the data of 25 physicians was stolen":                                                     false,
		"a group of 25 physicians affected by the breach":                                          false,
	} {
		toks := text.Tokenize(s)
		i := slices.IndexFunc(toks, func(t text.Token) bool { return t.Norm == "25" })
		if got := sizeOf(toks, i); got != want {
			t.Errorf("sizeOf(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestRound54PeopleAreNoVictims: "Patient Care" and an organisation's
// "Client and Staff" in a Title Case headline name no victim; "Joint
// Chiefs of Staff" and "… Health Physicians" still do (round 54, set T1;
// headlines of our own).
func TestRound54PeopleAreNoVictims(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	checkTitledVictims(t, c, []titledVictim{
		{"Patient Care Disrupted by Cyberattack on BHG Opioid Treatment Centers",
			"A ransomware attack disrupted patient care at opioid treatment centers across the country on Monday.", "", "Patient Care"},
		{"", "Files containing clinical information may have been stolen.\n# Incident Report: UTHC Client and Staff Data Compromise\n" +
			"The health centre experienced a cyberattack in November.", "", "Staff"},
		{"Guacamaya hacktivists leaked documents of Chile's Joint Chiefs of Staff",
			"The group published 400,000 emails stolen from the Joint Chiefs of Staff.", "Joint Chiefs of Staff", ""},
	})
}

// titledVictim is an English report and the victim it must name (want,
// when set) or must not name a part of (not, when set).
type titledVictim struct{ title, text, want, not string }

func checkTitledVictims(t *testing.T, c *Classifier, cases []titledVictim) {
	t.Helper()
	vc := make([]victimCase, 0, len(cases))
	for _, tc := range cases {
		vc = append(vc, victimCase{lang: "en", title: tc.title, text: tc.text, notVictim: tc.not, victim: tc.want})
	}
	checkVictims(t, c, vc)
}
