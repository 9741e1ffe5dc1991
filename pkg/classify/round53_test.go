package classify

import (
	"slices"
	"strings"
	"testing"

	"github.com/cit-health/cit/pkg/cit"
)

// TestRound53Victims: a size of data before "of" is no name's word ("734
// GB of PhilHealth data leaked"), and a coordinator named before a
// statement is a person's role, no victim (round 53, set Y2; sentences of
// our own).
func TestRound53Victims(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tc := range []struct{ title, text, want, not string }{
		{"Regulator says 734 GB of MedFund data leaked",
			"The privacy commission urged caution after 734 GB of data from the Medfund health insurer leaked. A ransomware group claimed the attack.",
			"MedFund", "GB"},
		{"", "A private health insurer in Queensland has been hit by a ransomware attack. National Cyber Security Coordinator " +
			"Jane Doyle said in a statement she had been advised of a large-scale ransomware breach incident on Wednesday.",
			"", "Coordinator"},
	} {
		got := c.Classify(cit.Candidate{Lang: "en", Title: tc.title, Text: tc.text})
		if strings.Contains(got.Victim, tc.not) || (tc.want != "" && got.Victim != tc.want) {
			t.Errorf("%.50q: victim %q, want %q", tc.title+tc.text, got.Victim, tc.want)
		}
	}
	if !dataSize("gb") || dataSize("gp") {
		t.Error("dataSize: want GB a size, GP none")
	}
}

// TestRound53NotAttacks: a nurse who "inappropriately accessed" patients'
// records "outside of her role" is an insider, not accepted; and plural
// health organisations that record "a growth" of incidents are the sector,
// no victim of an attack (round 53, sets Y1 and Y2; sentences of our own).
func TestRound53NotAttacks(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	got := c.Classify(cit.Candidate{Lang: "en", Title: "Nurse prosecuted for inappropriately accessing patient records",
		Text: "A former nurse at Westbrook Hospital NHS Trust has been prosecuted for accessing patients’ medical records without authorisation. " +
			"Jane Roe who had been a staff nurse on the hospital’s Rehabilitation Ward since October 2011 had accessed patients’ medical " +
			"records outside of her role. The Court heard that Ms Roe had inappropriately accessed the records of five patients, 17 times."})
	if got.Verdict == cit.VerdictAccept {
		t.Errorf("insider: accepted (score %.3f), want review or reject", got.Score)
	}
	for _, s := range []string{
		"Só em 2024, hospitais, clínicas e laboratórios registraram um crescimento acelerado de incidentes envolvendo ransomware.",
		"En 2024, los hospitales registraron un crecimiento de los incidentes de ransomware.",
	} {
		got := c.Classify(cit.Candidate{Lang: "pt", Text: s})
		for _, r := range got.Reasons {
			if r.Rule == ruleHealthVictim {
				t.Errorf("%.60q: the sector read as a victim (%q)", s, r.Span)
			}
		}
	}
	got = c.Classify(cit.Candidate{Lang: "es", Text: "En 2024, el hospital de Teruel registró un ataque de ransomware."})
	if !slices.ContainsFunc(got.Reasons, func(r cit.Reason) bool { return r.Rule == ruleHealthVictim }) {
		t.Errorf("one hospital's attack: no victim rule, reasons %+v", got.Reasons)
	}
}

// TestRound53AttackBeforeWhy: a headline that tells of one organisation's
// attack before its colon is no commentary for the "Why" after it (round
// 53, set Y1: NHLS).
func TestRound53AttackBeforeWhy(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tc := range []struct {
		title      string
		commentary bool
	}{
		{"Ransomware attack at Westbrook Clinic: Why cybercrimes are increasing", false},
		{"Why cybercrimes are increasing", true},
		{"Healthcare: Why cybercrimes are increasing", true},
	} {
		got := c.Classify(cit.Candidate{Lang: "en", Title: tc.title,
			Text: "The latest cybersecurity breach has hit the IT systems of Westbrook Clinic, delaying laboratory tests."})
		found := false
		for _, r := range got.Reasons {
			found = found || r.Rule == ruleCommentary
		}
		if found != tc.commentary {
			t.Errorf("%q: commentary %v, want %v", tc.title, found, tc.commentary)
		}
	}
}

// TestRound53SizeSubheadingAndNames: a group "with more than 750 primary
// care physicians" tells its size, not a count of people affected (but a
// database "with about 700,000 guest records" does count); a subheading's
// "The Incident Involves Ransomware" names no victim; Germany's
// "Medizinischer Dienst" is a health body; and "Auch" opens a sentence,
// no name (round 53, sets Z1 and Z2; sentences of our own).
func TestRound53SizeSubheadingAndNames(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	got := c.Classify(cit.Candidate{Lang: "en", Text: "Westbrook Medical Group is experiencing a systemwide network outage after a " +
		"cyberattack. The medical group is the largest independent medical group in the state, with more than 750 primary care " +
		"physicians across 100 locations."})
	if got.RecordsAffected != nil {
		t.Errorf("the group's size read as people affected: %d", *got.RecordsAffected)
	}
	got = c.Classify(cit.Candidate{Lang: "en", Text: "Hackers stole a vendor's database with about 700,000 patient records of Westbrook Clinic."})
	if got.RecordsAffected == nil || *got.RecordsAffected != 700000 {
		t.Errorf("a database's records: got %v, want 700000", got.RecordsAffected)
	}
	got = c.Classify(cit.Candidate{Lang: "en", Title: "Surgical Practice Notifying 437,400 Patients of Data Theft",
		Text: "The Incident Involves Ransomware Encryption and Follows Familiar TrendsA large, Seattle-based surgical group is " +
			"notifying nearly 437,400 individuals. Westbrook Surgeons reported the hacking incident to regulators."})
	if strings.Contains(got.Victim, "Incident") {
		t.Errorf("subheading read as the victim: %q", got.Victim)
	}
	got = c.Classify(cit.Candidate{Lang: "de", Title: "Medizinischer Dienst Sachsen nach Cyberangriff wieder online",
		Text: "Der Medizinische Dienst in Sachsen ist nach einem Hackerangriff wieder erreichbar."})
	if got.Victim != "Medizinischer Dienst Sachsen" {
		t.Errorf("Medizinischer Dienst: victim %q", got.Victim)
	}
	got = c.Classify(cit.Candidate{Lang: "de", Text: "Die Stadtwerke wurden angegriffen. Auch Krankenhäuser werden immer häufiger Opfer von Cyberangriffen."})
	if strings.HasPrefix(got.Victim, "Auch") {
		t.Errorf("a sentence's adverb read as a name: %q", got.Victim)
	}
}

// TestRound53OwnerAndInvolving: "Einrichtungen der Westbrook Holding" are
// the holding's facilities, and "a data breach involving Westbrook Family
// Health" names its victim (round 53, sets Z1 and Z2; sentences of our
// own).
func TestRound53OwnerAndInvolving(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tc := range []struct{ lang, text, want string }{
		{"de", "Bei dem Hackerangriff auf Einrichtungen der Westbrook Holding im September handelte es sich um einen " +
			"Erpressungsversuch. Betroffen war unter anderem das Klinikum Karlsbad.", "Westbrook Holding"},
		{"en", "The settlement stems from a data breach involving Westbrook Family Health, and eligible individuals must submit " +
			"their claims by January 5, 2026.", "Westbrook Family Health"},
	} {
		if got := c.Classify(cit.Candidate{Lang: tc.lang, Text: tc.text}); got.Victim != tc.want {
			t.Errorf("%.50q: victim %q, want %q", tc.text, got.Victim, tc.want)
		}
	}
}

// TestRound53ComputerAttackAndLateVictim: "the object of a computer
// attack" is a cyberattack on its subject, and another hospital's attack
// told far down ("The Hospital Clínic de Barcelona suffered a ransomware
// attack") does not take the victim's place, its kind's word aside; the
// French sector "les plus nombreuses victimes" is no victim (round 53, set
// Y1; sentences of our own).
func TestRound53ComputerAttackAndLateVictim(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	got := c.Classify(cit.Candidate{Lang: "en", Text: "The Westbrook University Hospital Center in Brussels has been the object of a " +
		"computer attack at dawn this Saturday. The director spoke. Staff coped. Care went on. Nothing was lost. " +
		"The Hospital Clínic de Barcelona suffered a ransomware-type cyberattack on Sunday, March 5."})
	if got.Verdict != cit.VerdictAccept || strings.TrimPrefix(got.Victim, "The ") != "Westbrook University Hospital Center" {
		t.Errorf("verdict %s, victim %q; want accept, Westbrook University Hospital Center", got.Verdict, got.Victim)
	}
	got = c.Classify(cit.Candidate{Lang: "fr", Text: "En 2022, les établissements de santé ont été les troisièmes plus nombreuses " +
		"victimes des attaques aux rançongiciels."})
	for _, r := range got.Reasons {
		if r.Rule == ruleHealthVictim {
			t.Errorf("the sector read as a victim (%q)", r.Span)
		}
	}
}

// TestRound53LaunchedAndGuides: "Ransomware attack launched on X" is no
// plan's launch, and "Dr. Rob Freelance, the health clinic's CEO" is a
// person, no health organisation; "The victim, X, has …" names its victim; and a
// page that says "This article provides a step-by-step checklist" is a
// guide, not news of an attack (round 53, sets Y5 and Y6; sentences of our
// own).
func TestRound53LaunchedAndGuides(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	got := c.Classify(cit.Candidate{Lang: "en", Title: "Ransomware attack launched on Westbrook Family Healthcare Center",
		Text: "The chief financial officer of Westbrook Family Healthcare Center turned on her computer and saw a ransomware message. " +
			"15 of the clinic's servers were affected. “We didn’t find any evidence that anyone’s personal information was accessed,” " +
			"said Dr. Rob Freelance, the health clinic's CEO."})
	if got.Verdict != cit.VerdictAccept || strings.Contains(got.Victim, "Freelance") {
		t.Errorf("launched on: verdict %s, victim %q", got.Verdict, got.Victim)
	}
	for _, r := range got.Reasons {
		if r.Rule == ruleCommentary {
			t.Errorf("launched on: read as a plan (%q)", r.Span)
		}
	}
	got = c.Classify(cit.Candidate{Lang: "en", Title: "Hive ransomware impacts California non-profit",
		Text: "Ransomware authors are once again targeting health services, holding important files to ransom. On this occasion, " +
			"the victims are a non-profit organisation in California.\n\nWhen Hive ransomware strikes\n\nThe victim, Westbrook " +
			"HealthPlan of California, has apparently been struggling since at least March 24 with this outbreak of Hive ransomware."})
	if !slices.ContainsFunc(got.Reasons, func(r cit.Reason) bool { return r.Rule == ruleHealthVictim }) {
		t.Errorf("the victim named after \"The victim,\": no victim rule, reasons %+v", got.Reasons)
	}
	got = c.Classify(cit.Candidate{Lang: "en", Text: "Introduction\n\nAn employee email compromise in a specialty medical practice " +
		"threatens protected health information (PHI). Medical office managers must respond in a way that protects patients.\n" +
		"This article provides a step-by-step, compliance-focused checklist designed for medical office managers."})
	if got.Verdict == cit.VerdictAccept {
		t.Errorf("a guide accepted (score %.3f)", got.Score)
	}
}

// TestRound53ObjectOfAttack: "X was the object (target, victim) of a
// computer attack" names X, its auxiliaries and article aside (round 53,
// set Z5: Salud Total EPS; sentences of our own).
func TestRound53ObjectOfAttack(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, s := range []string{
		"Salud Plena EPS was the object of an external computer attack on Monday, the company said.",
		"Salud Plena EPS has been the target of a cyberattack.",
		"Salud Plena EPS was the victim of a ransomware attack last week.",
	} {
		if got := c.Classify(cit.Candidate{Lang: "en", Text: s}); got.Victim != "Salud Plena EPS" {
			t.Errorf("%q: victim %q, want Salud Plena EPS", s, got.Victim)
		}
	}
}

// TestRound53StateAsideInSubject: "Artesia (N.M.) General Hospital has
// notified …" names the town's hospital, not "General Hospital" (round 53,
// set Z6; a sentence of our own).
func TestRound53StateAsideInSubject(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	got := c.Classify(cit.Candidate{Lang: "en", Text: "Westbury (N.M.) General Hospital has notified 13,905 patients of a recent " +
		"security incident that may have exposed patient information."})
	if got.Victim != "Westbury General Hospital" {
		t.Errorf("victim %q, want Westbury General Hospital", got.Victim)
	}
}

// TestRound53RefusedBlackmail: "l'azienda sanitaria non si è 'piegata' al
// ricatto" refuses the blackmail; it denies no attack (round 53, set Y5:
// Ausl di Modena; a sentence of our own).
func TestRound53RefusedBlackmail(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	got := c.Classify(cit.Candidate{Lang: "it", Text: "Modena, 14 dicembre 2023 – Avevano dato 18 ore per pagare il riscatto. " +
		"L'azienda sanitaria non si è 'piegata' al ricatto e i cyber criminali hanno pubblicato sul dark web i dati " +
		"copiati in seguito all'attacco informatico dello scorso 28 novembre."})
	for _, r := range got.Reasons {
		if r.Rule == ruleDenied {
			t.Errorf("read as denied (%q)", r.Span)
		}
	}
	if !yieldVerb("piegata") || yieldVerb("colpita") {
		t.Error("yieldVerb: want piegata, not colpita")
	}
}

// TestRound53GenericNames: a Title Case headline's hedge ("Allegedly")
// is no part of its subject, a town before "Health Center" stays in the
// name, and a subheading's "Health Center's Operations Affected" names no
// one when the text names the center after it (round 53, set Z5: Mālama I
// Ke Ola Health Center; sentences of our own).
func TestRound53GenericNames(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	got := c.Classify(cit.Candidate{Lang: "en", Title: "Maui Health Center Allegedly Attacked by Russian Hackers",
		Text: "A health center in Maui that serves around 12,000 patients faced a major disruption after an alleged cyber attack."})
	if got.Victim != "Maui Health Center" {
		t.Errorf("headline: victim %q, want Maui Health Center", got.Victim)
	}
	got = c.Classify(cit.Candidate{Lang: "en", Text: "A health center that serves around 12,000 patients faced a major disruption " +
		"after a cyber attack.\nHealth Center's Operations Affected\nLast month, the Kalani Ola Health Center in Wailuku was " +
		"shut down for more than two weeks due to this cyber attack."})
	if got.Victim != "Kalani Ola Health Center" {
		t.Errorf("subheading: victim %q, want Kalani Ola Health Center", got.Victim)
	}
}

// TestRound53OneWordPossessive: a one-word name's possessive of four
// letters is dropped as a longer one's is ("Apex’s systems", round 53, set
// X5 of round 52).
func TestRound53OneWordPossessive(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for name, want := range map[string]string{"Apex’s": "Apex", "Bitmarck’s": "Bitmarck", "St. Mary’s": "St. Mary’s"} {
		if got := c.withoutPossessive(name); got != want {
			t.Errorf("withoutPossessive(%q) = %q, want %q", name, got, want)
		}
	}
}

// TestRound53NoNameWords: a subheading's "About GandCrab", a headline's
// "Another Healthcare Provider", and a sentence's "Nonetheless," name no
// victim (round 53, set X3 of round 52; sentences of our own).
func TestRound53NoNameWords(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tc := range []struct{ title, text string }{
		{"", "Westbrook Management Services notified all its clients of the attack.\n\nAbout GandCrab\n\nThis particular form of " +
			"ransomware reportedly targets Windows systems."},
		{"Another Healthcare Provider Hit by a GandCrab Ransomware Attack", "Another Healthcare Provider Hit by a GandCrab " +
			"Ransomware Attack. The attack encrypted files at a clinic last month."},
		{"", "The billing firm was hit by ransomware. Nonetheless, a healthcare provider said no patient records were compromised."},
	} {
		got := c.Classify(cit.Candidate{Lang: "en", Title: tc.title, Text: tc.text})
		switch got.Victim {
		case "About", "Another Healthcare Provider", "Healthcare Provider", "Nonetheless":
			t.Errorf("%.50q: victim %q", tc.title+tc.text, got.Victim)
		}
	}
}

// TestRound53RolesAndCodes: a name ending in a person's role ("Clinical
// Coordinator") and a state's postal code ("NC") are no victims, and "Work
// email accounts" opens no name; Ireland's "Health Service Executive" stays
// one (round 53, sets Y2, Y5, Z5, Z6; sentences of our own).
func TestRound53RolesAndCodes(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tc := range []struct{ text, not string }{
		{"A ransomware attack has crippled an estimated 400 dental practices.\n\n\"We have no access to the patient charts,\" " +
			"Jane Roe, the Clinical Coordinator at Westbrook Dentistry in McFarland, Wisconsin, told CNN.", "Coordinator"},
		{"Ransomware attack on NC pathology lab exposes data of over 235K patients. 2 min read", "NC"},
		{"Work email accounts belonging to about 100 workers of the health service were exploited in phishing attacks.", "Work"},
	} {
		if got := c.Classify(cit.Candidate{Lang: "en", Text: tc.text}); strings.Contains(got.Victim, tc.not) {
			t.Errorf("%.50q: victim %q", tc.text, got.Victim)
		}
	}
	got := c.Classify(cit.Candidate{Lang: "en", Text: "Ireland's Health Service Executive shut down its IT systems after a ransomware attack."})
	if !strings.Contains(got.Victim, "Health Service Executive") {
		t.Errorf("HSE: victim %q", got.Victim)
	}
}

// TestRound53SecurityPress: "ZDNet reports that …" is the press telling
// of another's attack, no victim (round 53, set Y1; a sentence of our own).
func TestRound53SecurityPress(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	got := c.Classify(cit.Candidate{Lang: "en", Text: "The ministry would have to contact the hackers to restore the data the group " +
		"had stolen, copied, and deleted from its networks.\nZDNet reports that Lapsus$ Group targeted the ConecteSUS app " +
		"Brazilians can use to view their clinical history, per a statement from Brazil's Ministry of Health."})
	if got.Victim == "ZDNet" {
		t.Errorf("the outlet read as the victim")
	}
}

// TestRound53DatelineDashAndColleagues: a dateline's town before an em dash
// opens the sentence ("ELKHART — Goshen Health is addressing a security
// incident"), and "two Goshen Colleagues’ email accounts" are the people
// of Goshen, no organisation "Goshen Colleagues" (round 53, set Z5;
// sentences of our own).
func TestRound53DatelineDashAndColleagues(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	got := c.Classify(cit.Candidate{Lang: "en", Text: "ELKHART — Westfield Health is addressing a security incident that " +
		"involved the personal information of some of its patients, the health care network has announced."})
	if got.Victim != "Westfield Health" {
		t.Errorf("dateline: victim %q, want Westfield Health", got.Victim)
	}
	got = c.Classify(cit.Candidate{Lang: "en", Text: "The health system notified individuals who may have been impacted.\nAn " +
		"unauthorized third party may have potentially accessed two Westfield Colleagues’ email accounts in August 2018."})
	if strings.Contains(got.Victim, "Colleagues") {
		t.Errorf("colleagues: victim %q", got.Victim)
	}
}

// TestRound53QuantifierOpener: "Some", "Several", "Many" before a name
// are no part of it ("Some BJC HealthCare patients", round 53, set X6 of
// round 52; a sentence of our own).
func TestRound53QuantifierOpener(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	got := c.Classify(cit.Candidate{Lang: "en", Text: "Some Westfield HealthCare patients were notified that their data was " +
		"exposed after a phishing attack on employee email accounts."})
	if strings.HasPrefix(got.Victim, "Some") {
		t.Errorf("victim %q", got.Victim)
	}
}
