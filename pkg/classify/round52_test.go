package classify

import (
	"testing"

	"github.com/cit-health/cit/pkg/cit"
	"github.com/cit-health/cit/pkg/classify/text"
)

// TestRound52AttackEffects: what people cannot do because of an attack
// ("non riescono a fare", "no pueden") is its effect, not a denial of it; a
// story's "UPDATE (AUG. 23) --" is news, not a software update; and a
// health organisation that "reported to" a regulator "that a cyberattack"
// happened is its victim, with a dateline before its name (round 52, set
// W2: ASL Torino, University Medical Center; sentences of our own).
func TestRound52AttackEffects(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tc := range []struct{ lang, title, text string }{
		{"it", "", "Gravi disagi per i cittadini che a causa di un attacco informatico non riescono a prenotare un esame medico. " +
			"L'Azienda Sanitaria Locale di Cuneo affronta da giorni un'emergenza: è arrivata una richiesta di riscatto."},
		{"es", "", "Por culpa de un ciberataque los vecinos no pueden pedir cita en el centro de salud de Teruel desde el lunes."},
		{"en", "", "UPDATE (AUG. 23) -- Desert Springs Medical Center reported to the U.S. Department of Health and Human Services " +
			"that a cyberattack over the summer may have affected up to 300,000 people. The breach was submitted on Aug. 13."},
		{"en", "", "Desert Springs Medical Center reported to federal regulators that a cyberattack in June exposed patients' records."},
	} {
		got := c.Classify(cit.Candidate{Lang: tc.lang, Title: tc.title, Text: tc.text})
		if got.Verdict != cit.VerdictAccept {
			t.Errorf("%.60q: verdict %s (score %.3f), want accept", tc.text, got.Verdict, got.Score)
		}
		for _, r := range got.Reasons {
			if r.Rule == ruleDenied {
				t.Errorf("%.60q: read as denied (%q)", tc.text, r.Span)
			}
		}
	}
	if !newsUpdate(text.Tokenize("UPDATE (AUG. 23) -- the hospital"), 0, 0) {
		t.Error("UPDATE (AUG. 23): want a news update")
	}
	if newsUpdate(text.Tokenize("update may fix the flaw"), 0, 0) {
		t.Error("an update that may fix a flaw: want no news update")
	}
}

// TestRound52NegationAfterAttack: "non" before a verb of being able, after
// an attack named as the cause, is an effect; before another verb, or with
// the attackers as the subject, it still denies (round 52).
func TestRound52NegationAfterAttack(t *testing.T) {
	t.Parallel()
	at := func(toks []text.Token, w string) int {
		for i, tk := range toks {
			if tk.Norm == w {
				return i
			}
		}
		t.Fatalf("no %q", w)
		return -1
	}
	for _, tc := range []struct {
		s, attack, org string
		denied         bool
	}{
		{"a causa di un attacco informatico non riescono a fare visita in ospedale", "informatico", "ospedale", false},
		{"un attacco informatico non ha colpito l'ospedale", "informatico", "ospedale", true},
		{"gli hacker non riescono ad accedere all'ospedale", "hacker", "ospedale", true},
		{"por culpa de un ciberataque no pueden entrar al hospital", "ciberataque", "hospital", false},
		{"un ciberataque no afecto al hospital", "ciberataque", "hospital", true},
	} {
		toks := text.Tokenize(tc.s)
		a, h := at(toks, tc.attack), at(toks, tc.org)
		if got := negatedBetween(toks, [2]int{a, a}, [2]int{h, h}); got != tc.denied {
			t.Errorf("%q: denied %v, want %v", tc.s, got, tc.denied)
		}
	}
}

// TestRound52AttackBesideWarning: a headline that reports an attack and,
// in an "as" clause, a warning to others is the attack's report; the
// "vulnerability of small businesses" is their exposure, not a software
// flaw; a dispensary is a pharmacy, a cannabis dispensary is not (round
// 52, set X1: Friendlies Society Dispensary, Toowoomba; sentences of our
// own).
func TestRound52AttackBesideWarning(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tc := range []struct{ title, text, victim string }{
		{"Ransomware hackers strike Ipswich pharmacy as businesses warned of new tactics",
			"Hackers gained access to the systems of the pharmacy last month. The Cyber Research Centre said ransomware is on the rise.", ""},
		{"", "A pharmacy in Ipswich, Queensland, has become the latest victim of a ransomware attack, highlighting concerns about the digital vulnerability of small businesses.", ""},
		{"Patients warned after hackers hit dispensary",
			"Riverside Community Dispensary in Ipswich has been targeted in a ransomware attack, its chief executive said.", "Riverside Community Dispensary"},
	} {
		got := c.Classify(cit.Candidate{Lang: "en", Title: tc.title, Text: tc.text})
		if got.Verdict != cit.VerdictAccept {
			t.Errorf("%.60q: verdict %s (score %.3f), want accept", tc.title+tc.text, got.Verdict, got.Score)
		}
		if tc.victim != "" && got.Victim != tc.victim {
			t.Errorf("%.60q: victim %q, want %q", tc.title+tc.text, got.Victim, tc.victim)
		}
	}
	got := c.Classify(cit.Candidate{Lang: "en", Title: "Ransomware attack on cannabis dispensary chain",
		Text: "A ransomware gang encrypted the point-of-sale systems of a cannabis dispensary chain in Colorado."})
	if got.Verdict == cit.VerdictAccept {
		t.Errorf("cannabis dispensary accepted as a health organisation (score %.3f)", got.Score)
	}
	if !susceptibilityOf(text.Tokenize("the vulnerability of hospitals to attacks"), 1, 1) {
		t.Error("the vulnerability of hospitals: want an exposure")
	}
	if susceptibilityOf(text.Tokenize("a vulnerability of the VPN appliance"), 1, 1) {
		t.Error("a VPN appliance's vulnerability: want a flaw")
	}
}

// TestRound52SectorStoryNamesNoVictim: a story whose lead speaks of the
// health sector and that names no victim is held for review even when the
// model would accept it; one that names its victim, or one of an unnamed
// victim with no sector word, is not (round 52, sets W1 and W2: BSI's
// yearly count, a Spanish and an Italian trend piece; sentences of our
// own).
func TestRound52SectorStoryNamesNoVictim(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tc := range []struct{ lang, title, text string }{
		{"es", "", "El sector sanitario se ha convertido en uno de los objetivos principales de los ciberataques. " +
			"Los hospitales y clínicas cuentan con información delicada y con tecnología vulnerable; el ransomware y el phishing crecen cada año."},
		{"it", "Sanità sotto attacco: ondata di phishing e furti di dati sanitari",
			"Gli hacker puntano ai dati sanitari dei cittadini. La minaccia principale è il phishing, con email false che sembrano provenire da ospedali e aziende sanitarie."},
	} {
		got := c.Classify(cit.Candidate{Lang: tc.lang, Title: tc.title, Text: tc.text})
		if got.Verdict == cit.VerdictAccept {
			t.Errorf("%.60q: accepted (score %.3f), want at most review", tc.title+tc.text, got.Score)
		}
	}
	for _, tc := range []struct{ lang, title, text string }{
		{"es", "Roban los datos de 40.000 pacientes de una red de clínicas de fisioterapia",
			"Unos ciberdelincuentes robaron los historiales de 40.000 pacientes de una red de clínicas de fisioterapia de Sevilla."},
		{"es", "Ciberataque al Hospital de Barbastro", "El sector sanitario aragonés sufre un nuevo ciberataque: el ransomware cifró los servidores del Hospital de Barbastro."},
	} {
		got := c.Classify(cit.Candidate{Lang: tc.lang, Title: tc.title, Text: tc.text})
		if got.Verdict != cit.VerdictAccept || hasRule(got, ruleSectorNoName) {
			t.Errorf("%.60q: verdict %s (score %.3f), want accept without %s", tc.title+tc.text, got.Verdict, got.Score, ruleSectorNoName)
		}
	}
}

// TestRound52LeadCount: in a long article the lead's count of people is
// the incident's, not a larger one further down (a gang's total); a short
// registry entry keeps its largest count (round 52, set X1: Texas Retina
// Associates and BianLian; sentences of our own).
func TestRound52LeadCount(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	long := "Hill Country Retina notified 297,500 patients about a data breach. The practice found unusual activity in its network in March. " +
		"An intruder had access from October to March. Names, dates of birth and insurance details were taken. " +
		"The practice has 14 offices. It offers credit monitoring. A ransomware group later claimed the attack. " +
		"The group first appeared in 2021. Its attacks affected 1.65 million individual records. Researchers track its leak site."
	got := c.Classify(cit.Candidate{Lang: "en", Title: "", Text: long})
	if got.RecordsAffected == nil || *got.RecordsAffected != 297500 {
		t.Errorf("long article: records %v, want 297500", deref(got.RecordsAffected))
	}
	short := "Hackers accessed the records of 1,200 patients. A later review found that 4,800 patients were affected."
	got = c.Classify(cit.Candidate{Lang: "en", Title: "Hill Country Retina", Text: short})
	if got.RecordsAffected == nil || *got.RecordsAffected != 4800 {
		t.Errorf("short entry: records %v, want 4800", deref(got.RecordsAffected))
	}
}

// TestRound52PlacesAndPronouns: a German date phrase before "Opfer" may
// end in a compound ("am zweiten Septemberwochenende") and stand after a
// pronoun, which names no one; a town after "near" is a place, not the
// subject (round 52, set X2: Caritas München-Freising, an EHPAD near
// Pont-Audemer; sentences of our own).
func TestRound52PlacesAndPronouns(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	checkVictims(t, c, []victimCase{
		{"de", "Caritas informiert Spender",
			"Der Sozialverband will seine Spender informieren, nachdem er am zweiten Septemberwochenende Opfer einer Cyber-Attacke geworden ist.",
			"Septemberwochenende", ""},
		{"en", "Retirement home hit by ransomware",
			"A retirement home within a hospital group near Pont-Audemer was targeted by ransomware that encrypted ten computers.",
			"Pont-Audemer", ""},
	})
}

// TestRound52AmpersandName: a Title Case headline's "Eye & Laser" is the
// text's "Eye and Laser", so the headline's victim is confirmed by the
// text and not replaced by another organisation named further down (round
// 52, set X1: Cochise Eye and Laser; sentences of our own).
func TestRound52AmpersandName(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	got := c.Classify(cit.Candidate{Lang: "en", Title: "Mesa Verde Eye & Laser Ransomware Attack Impacts Around 90,000 People",
		Text: "A ransomware attack hit the Colorado eye care provider Mesa Verde Eye and Laser on January 13. Its scheduling system was encrypted. " +
			"Patients were seen on paper charts. The practice notified regulators. Elsewhere, Juneau Medical Center in Alaska revealed that an employee accessed records without authorization."})
	if got.Victim != "Mesa Verde Eye & Laser" {
		t.Errorf("victim %q, want %q", got.Victim, "Mesa Verde Eye & Laser")
	}
	if !writesName("the provider Mesa Verde Eye and Laser said", "Mesa Verde Eye & Laser") || writesName("Mesa Verde Eye Clinic", "Mesa Verde Eye & Laser") {
		t.Error("writesName: want & and \"and\" alike, other names apart")
	}
}

// TestRound52VirusOnComputers: a virus that affected a count of computers
// further on in its sentence is malware, though no computer word stands
// within six tokens; a virus and a count of patients is still biology
// (round 52, set W5: Mid Cheshire Hospitals NHS Foundation Trust and
// Conficker; sentences of our own).
func TestRound52VirusOnComputers(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	got := c.Classify(cit.Candidate{Lang: "en", Text: "A VIRUS swept through Vale Royal Hospitals NHS Foundation Trust last week affecting 85 computers. " +
		"The head of communications said patient information was secure and the virus had been cleared."})
	if got.Verdict != cit.VerdictAccept || got.AttackType != cit.AttackMalware {
		t.Errorf("virus on 85 computers: verdict %s (score %.3f), type %q, want accept malware", got.Verdict, got.Score, got.AttackType)
	}
	got = c.Classify(cit.Candidate{Lang: "en", Text: "A virus swept through Vale Royal Hospitals NHS Foundation Trust last week affecting 85 patients on two wards. " +
		"Visiting was restricted while staff cleaned the wards."})
	if got.Verdict == cit.VerdictAccept {
		t.Errorf("a ward's virus accepted (score %.3f)", got.Score)
	}
}

// TestRound52HedgesBecomeAndRansoms: a headline's hedge ("Potentially")
// before its attack word is no name's word; "has become the latest victim"
// names its subject as "became" does; a ransom's currency ("a 200 BTC
// ransom") is no victim (round 52, set X5: NorthCare, ExecuPharm, Medical
// Diagnostic Laboratories; sentences of our own).
func TestRound52HedgesBecomeAndRansoms(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	checkVictims(t, c, []victimCase{
		{"en", "PHI of 98,000 SouthCare Patients Potentially Compromised in Ransomware Attack",
			"The Tulsa clinic said attackers encrypted files on June 1.", "Potentially", "SouthCare"},
		{"en", "Hackers publish drug maker's internal data",
			"Rivermark has become the latest victim of data-stealing ransomware, the company said.", "", "Rivermark"},
		{"en", "Ransomware gang publishes research data of a laboratory",
			"In December a wire maker refused to pay a 200 BTC ransom and the gang published its data; now it has leaked the files of Coastal Diagnostic Laboratories.",
			"BTC", ""},
	})
}
