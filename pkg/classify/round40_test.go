package classify

import (
	"strings"
	"testing"

	"github.com/cit-health/cit/pkg/cit"
)

// TestRound40Names: a Title Case headline's participle ends its subject's
// name ("Caught", "Alerting", "Reeling"), and a possessive is no part of
// a name: a place's before an organisation's own name, the "'s" after an
// abbreviation. A public body keeps the country that names it (round 40,
// from round 39's real multi-source sets).
func TestRound40Names(t *testing.T) {
	t.Parallel()
	checkVictims(t, newTest(t), []victimCase{
		{"en", "Lakeview Heart Institute Caught in Cyberattack", "Lakeview Heart Institute said hackers accessed patient files.",
			"Caught", "Lakeview Heart Institute"},
		{"en", "Harbor Island Hospital Alerting 212,000 Individuals of March 2024 Data Breach",
			"The hospital said hackers accessed its network.", "Alerting", "Harbor Island Hospital"},
		{"en", "Mercy Valley Health Reeling From Ransomware Attack", "The health system said its systems were encrypted.",
			"Reeling", "Mercy Valley Health"},
		{"en", "A massive security breach hit New Zealand's MediRoster platform.", "Care homes switched to paper.",
			"Zealand", "MediRoster"},
		{"en", "Ransomware hits Germany's Kessler Kliniken", "The hospital group said its systems were encrypted.",
			"Germany", "Kessler Kliniken"},
		{"en", "Ransomware hits Melbourne's Eastern Valley Health", "The health service said its systems were encrypted.",
			"", "Melbourne's Eastern Valley Health"},
		{"en", "Ransomware hits KHG's servers", "The clinic group said.", "'s", "KHG"},
		{"en", "Ransomware attack on Kenya's Ministry of Health", "The ministry said its systems were encrypted.",
			"", "Kenya's Ministry of Health"},
		// a German subsidiary's descriptor: "Bundesdruckerei-Tochter D-Trust" is D-Trust
		{"de", "Datenleck bei Gesundheitskarten", "Die Staatsdruckerei-Tochter S-Trust ist Opfer eines Hackerangriffs " +
			"geworden. Dabei wurden Daten von Ärzten abgegriffen.", "Tochter", "S-Trust"},
	})
}

// TestRound40Shapes: a brand written in camel case, though its words are
// health words, is a name ("MédecinPlus"); the malware a computer was
// infected with is no victim; a Title Case headline's "Members" and "At
// Risk" are no part of a name; a plural subject's "Warn" ends it (round
// 40, from round 40's sets O and P).
func TestRound40Shapes(t *testing.T) {
	t.Parallel()
	checkVictims(t, newTest(t), []victimCase{
		{"fr", "La plateforme de téléconsultation MédecinPlus a confirmé une intrusion informatique",
			"La plateforme de téléconsultation MédecinPlus a confirmé une intrusion informatique détectée le 28 novembre.",
			"", "MédecinPlus"},
		{"en", "Two computers at the state agency were infected with a Trojan horse virus",
			"Two computers at the state Office of Family Services were infected with a Trojan horse virus on July 5.",
			"Trojan", ""},
		{"en", "Valley Health Plan Members Data At Risk", "Hackers accessed files of the Valley Health Plan.",
			"Members", "Valley Health Plan"},
		{"en", "East Councils Warn of Data Breach After Attack on Medical Supplier",
			"Councils warned residents after an attack on their supplier.", "Warn", ""},
	})
}

// TestRound40NotNames: a sentence's gerund ("Paying ransom …"), a sector's
// word alone ("Healthcare cybersecurity …"), an officer's rank and name,
// and the name before "hackers" (theirs) are no victims (round 40, from
// round 40's English press).
func TestRound40NotNames(t *testing.T) {
	t.Parallel()
	checkVictims(t, newTest(t), []victimCase{
		{"en", "Tonga refuses to pay ransom after hackers seize health IT system", "Police Minister Piveni Piukala said " +
			"the hackers had demanded US$1m. \u201cPaying ransom is not advised globally, so it will not be paid,\u201d Piukala said.",
			"Paying", ""},
		{"en", "Hackers advertised records from Hanoi's Song Hong General Hospital on dark web markets",
			"Healthcare cybersecurity in Vietnam is underfunded.", "", "Hanoi's Song Hong General Hospital"},
		{"en", "Thai hospitals, companies hit by cyber attacks", "Hackers attacked computer systems, demanding payment " +
			"to restore information, police said on Thursday. \"Government hospitals and companies were hacked in the same " +
			"manner as Kaeng Khoi Hospital,\" Major General Somchai Rattanakorn said, referring to a cyber attack earlier this month.",
			"Somchai", "Kaeng Khoi Hospital"},
		{"en", "Isis hackers attack NHS websites", "Hackers posted graphic images on the websites.", "Isis", ""},
		// a law is no victim
		{"en", "Today, HHS announced a settlement under the Health Insurance Portability and Accountability Act (HIPAA) with a " +
			"medical management company", "The settlement resolves a breach report regarding a ransomware attack.", "Act", ""},
	})
}

// TestRound40CareInTitle: a title that tells of appointments cancelled
// after a hacker's intrusion puts the health side in the foreground, though
// the lead names the institute only by words outside the health lexicon
// (round 40, round 40's Portuguese press).
func TestRound40CareInTitle(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	title := "INTO sofre invasão hacker e cancela consultas e exames. Agendamentos estão mantidos"
	got := c.Classify(cit.Candidate{Lang: "pt", Title: title, Text: title + "\n\nNo domingo (28), o Instituto Nacional de " +
		"Traumatologia do Rio (INTO) sofreu um ataque cibernético que resultou em cancelamentos de consultas e exames dos " +
		"pacientes que estavam programados para a segunda-feira (29). O diretor do Instituto disse que não houve perda de " +
		"dados.\n\nO INTO afirmou que atendeu todos os pacientes fazendo anotações à mão e que agendamentos estão mantidos " +
		"para os próximos dias, e que está empenhado em resolver o problema. A Polícia Federal não se pronunciou sobre o caso."})
	if got.Verdict != cit.VerdictAccept || hasRule(got, ruleBackground) {
		t.Errorf("verdict %s (score %.3f), reasons %+v: want accept, health not in the background", got.Verdict, got.Score, got.Reasons)
	}
}

// TestRound40Subjects: a Title Case headline's "Grappling with" makes its
// subject the victim, a checklist's "Keep …" is no name, and a hospital
// "on Chicago's South Side" is the hospital, not its district (round 40,
// round 40's set O).
func TestRound40Subjects(t *testing.T) {
	t.Parallel()
	checkVictims(t, newTest(t), []victimCase{
		{"en", "Lakeside Health Grappling with Ransomware Attack on IT Systems",
			"Lakeside Health detected a ransomware attack on its IT systems.\n\nTo avoid data breaches caused by " +
				"cyberattacks, facility managers can follow this checklist:\n  • Keep passwords safe and secure\n  • Use multi-factor authentication",
			"Keep", "Lakeside Health"},
		{"en", "Another Chicago hospital reports cybersecurity problem this week",
			"CHICAGO (CBS) – Another Chicago hospital reported a cybersecurity problem this week.\n\nHoly Cross Hospital on " +
				"Chicago's South Side confirmed hackers gained access to the hospital's computer network last month.",
			"South Side", "Holy Cross Hospital"},
	})
}

// TestRound40Dash: a spaced hyphen ends a name, after a dateline or before
// a headline's tail; "Assistance Publique - Hôpitaux de …" keeps its own
// (round 40, round 40's set P).
func TestRound40Dash(t *testing.T) {
	t.Parallel()
	checkVictims(t, newTest(t), []victimCase{
		{"de", "Erpressung bei der BKK Vital - Unglaubliche Datenpanne",
			"Erpresser haben Daten von Versicherten der BKK Vital gestohlen und fordern Geld.", "Datenpanne", "BKK Vital"},
		{"nl", "Hackers stelen patiëntgegevens", "ROTTERDAM - Het Maasstad Ziekenhuis is getroffen door een cyberaanval " +
			"waarbij hackers patiëntgegevens hebben gestolen.", "ROTTERDAM", "Maasstad Ziekenhuis"},
		// a dateline's town, then the sentence's article
		{"de", "Cyberangriff auf Klinikum", "Köthen - Das Kreisklinikum Köthen ist Ziel eines Cyberangriffs geworden. " +
			"Die Untersuchung einer IT-Störung habe ergeben, dass die Ursache ein gezielter Angriff war.", "Das", "Kreisklinikum Köthen"},
	})
	c := newTest(t)
	got := c.Classify(cit.Candidate{Lang: "en", Title: "Theft of COVID-19 test data from Paris public hospitals (AP-HP)",
		Text: "On 15 September 2021, the Assistance Publique - Hôpitaux de Paris (AP-HP), the public hospital system of Paris " +
			"and the largest hospital group in Europe, announced that it had been the victim of a cyberattack in the summer of " +
			"2021 in which the personal data of about 1.4 million people who had taken a COVID-19 test were stolen."})
	if strings.HasPrefix(got.Victim, "Hôpitaux") {
		t.Errorf("victim %q: the name's first half cut off at its dash", got.Victim)
	}
}

// TestRound40CutName: an excerpt that ends in the middle of a sentence's
// name ("… the apparent cybersecurity attack at One Broo") names no
// victim by it; a letter's signature on its own last line does (round 40,
// round 38's set K).
func TestRound40CutName(t *testing.T) {
	t.Parallel()
	lead := "Harbor Health is experiencing a suspected malware attack that has left patient records inaccessible. " +
		"Harbor Health, a collaboration between three medical centers, took its computer workstations offline on " +
		"November 19. For the past several weeks, medical staff has reverted to generating patient medical records via " +
		"pen and paper. Scheduled and emergency surgeries are taking place as usual.\n\n"
	c := newTest(t)
	if got := c.Classify(cit.Candidate{Lang: "en", Title: "Harbor Hospital Serves Patients Despite Challenging Circumstances",
		Text: lead + "\u201cI am very concerned about the apparent cybersecurity attack at Harbor Hea"}); got.Victim == "Harbor Hea" {
		t.Errorf("victim %q: a name cut off by the excerpt's end", got.Victim)
	}
	checkVictims(t, c, []victimCase{
		{"de", "Mitteilung nach Art. 34 DS-GVO", "Unsere Zahnarztpraxis wurde Opfer eines Hackerangriffs mit " +
			"Ransomware. Die Praxis war einige Tage geschlossen, die Termine wurden verschoben, und die Daten der Patienten " +
			"wurden aus der Sicherung wiederhergestellt. Für Rückfragen zum Datenschutzvorfall wenden Sie sich bitte an " +
			"die Datenschutzbeauftragte.\n\nVielen Dank für Ihr Verständnis.\nIhre Lindenhof Zahnarztpraxis", "",
			"Lindenhof Zahnarztpraxis"},
	})
}

// TestRound40Trends: a title that ranks the health sector as the one that
// "most suffers" attacks (a commentary) or counts attacks on it doubled (a
// trend) reports no attack of its own (round 40, round 40's Portuguese and
// Dutch press).
func TestRound40Trends(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, cand := range []cit.Candidate{
		{Lang: "pt", Title: "Saúde é setor que mais sofre ataque cibernético", Text: "Dados de saúde podem valer 50 vezes mais " +
			"que os de um cartão de crédito, diz um especialista em cibersegurança. Hospitais e clínicas sofrem ataques de " +
			"ransomware com frequência."},
		{Lang: "nl", Title: "Zorginstellingen kregen dit jaar te maken met een verdubbeling van het aantal ransomware-aanvallen",
			Text: "Het expertisecentrum voor cyberbeveiliging in de zorg telt de aanvallen op ziekenhuizen in Europa."},
	} {
		if got := c.Classify(cand); got.Verdict == cit.VerdictAccept || !(hasRule(got, ruleTrend) || hasRule(got, ruleCommentary)) {
			t.Errorf("%q: verdict %s (score %.3f), want a trend for an analyst at most", cand.Title, got.Verdict, got.Score)
		}
	}
}

// TestRound40Greek: a Greek report of a hospital hit by hackers is read
// (round 40, round 39's set N: the Chania hospital in May 2017).
func TestRound40Greek(t *testing.T) {
	t.Parallel()
	got := newTest(t).Classify(cit.Candidate{Lang: "el", Title: "Θύμα χάκερς έπεσε και το νοσοκομείο Ρεθύμνου",
		Text: "«Θύμα» της παγκόσμιας κυβερνοεπίθεσης φαίνεται ότι έπεσε και το νοσοκομείο Ρεθύμνου. Σε συναγερμό τέθηκε " +
			"σήμερα η Υπηρεσία Πληροφορικής του νοσοκομείου."})
	if got.Verdict != cit.VerdictAccept || !strings.Contains(got.Victim, "Ρεθύμνου") {
		t.Errorf("verdict %s (score %.3f), victim %q: want an accepted attack on the Rethymno hospital", got.Verdict, got.Score, got.Victim)
	}
}

// TestRound40NotToOpen: "warned people not to open emails sent from its
// account after it was hacked" is advice against the attacker's mail, not
// a denial of the attack (round 40, round 40's English press).
func TestRound40NotToOpen(t *testing.T) {
	t.Parallel()
	got := newTest(t).Classify(cit.Candidate{Lang: "en", Title: "Warning after Lakeside hospice email hacked in cyber-attack",
		Text: "A hospice has warned people not to open emails sent from its account after it was hacked."})
	if got.Verdict != cit.VerdictAccept || hasRule(got, ruleDenied) {
		t.Errorf("verdict %s (score %.3f), reasons %+v: want accept, no denial", got.Verdict, got.Score, got.Reasons)
	}
}

// TestRound40ExpertsEngaged: cyber security experts a victim engages to
// assist are its response, not a commentary's experts (round 40, a Canadian
// family health team's notice).
func TestRound40ExpertsEngaged(t *testing.T) {
	t.Parallel()
	title := "On July 11, 2022, we first became aware that an unauthorized third-party had accessed our network and " +
		"promptly responded by taking our systems offline and launching an investigation, including engaging cyber " +
		"security experts to assist in these efforts."
	got := newTest(t).Classify(cit.Candidate{Lang: "en", Title: title, Text: title + "\nWe learned from our investigation " +
		"that the incident may have resulted in the unauthorized access of your personal health information."})
	if hasRule(got, ruleCommentary) {
		t.Errorf("reasons %+v: engaged experts read as a commentary", got.Reasons)
	}
}
