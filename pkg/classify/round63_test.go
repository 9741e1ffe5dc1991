package classify

import (
	"strings"
	"testing"

	"github.com/cit-health/cit/pkg/cit"
	"github.com/cit-health/cit/pkg/classify/text"
)

// TestRound63LowerCaseHeadline: a headline written all in lower case, as a
// page's slug is, does not make the acronym the text names its victim by a
// common word ("hse cyber attack latest" over "The HSE has shut down …"); a
// word the text itself writes in lower case still is one (round 63;
// sentences of our own).
func TestRound63LowerCaseHeadline(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	text := "The HSE has shut down all of its IT systems after a ransomware attack on Friday, disrupting hospital appointments across Ireland."
	for _, title := range []string{"hse cyber attack latest: appointments cancelled", "HSE cyber attack latest: appointments cancelled"} {
		got := c.Classify(cit.Candidate{Lang: "en", Title: title, Text: text})
		if got.Verdict != cit.VerdictAccept || got.Victim != "HSE" {
			t.Errorf("%q: %s, victim %q; want accepted, HSE", title, got.Verdict, got.Victim)
		}
	}
	if !whispering("hse cyber attack latest") || whispering("HSE cyber attack latest") || whispering("hse hack") {
		t.Error("whispering: want true for a lower-case headline of three words or more only")
	}
}

// TestRound63CompanyKindAndLeakedSample: a Portuguese description of an
// insurer's kind before its name is no part of it ("seguros de saúde
// Medibank"), while a hospital group's kind before its place stays whole;
// and the people whose data a gang posted as a sample are not the count of
// those affected (round 63; sentences of our own).
func TestRound63CompanyKindAndLeakedSample(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"seguros de saúde Medibank":         "Medibank",
		"l'assureur santé Medibank":         "Medibank",
		"groupe hospitalier de Versailles":  "groupe hospitalier de Versailles",
		"centre hospitalier Sud Francilien": "centre hospitalier Sud Francilien",
		"Medibank":                          "Medibank",
	} {
		if got := withoutCompanyKind(in); got != want {
			t.Errorf("withoutCompanyKind(%q) = %q, want %q", in, got, want)
		}
	}
	c := newTest(t)
	got := c.Classify(cit.Candidate{Lang: "pt", Title: "Seguradora australiana sofre ataque de ransomware",
		Text: "A empresa australiana de seguros de saúde Medibank sofreu um ataque de ransomware que ameaça vazar dados de 9,7 milhões de clientes."})
	if got.Victim != "Medibank" {
		t.Errorf("Portuguese insurer: victim %q, want Medibank", got.Victim)
	}
	leak := "The hacker demanded a ransom after posting 200 users' health data on the dark web. " +
		"The insurer refused to pay. The police are investigating. The gang set a deadline. Experts warned of scams. " +
		"Customers were told to watch their accounts. The regulator was informed. The shares fell. " +
		"The insurer said 9.7 million current and former customers were affected."
	n, span, ok := records(text.Tokenize(leak), leak)
	if !ok || n != 9700000 {
		t.Errorf("records = %d (%q), want 9,700,000, not the posted sample", n, span)
	}
}

// TestRound63RisksArrestsAndRelatedPages: a sector called an attractive
// target is a risk, no attack on it; a Spanish arrest is law-enforcement
// news; attacks a hospital prepared for ("d'éventuelles cyber-attaques")
// did not happen; a page's list of other articles after the story tells of
// no attack in it; and a Title Case headline's "Discovers" is no victim
// (round 63; sentences of our own).
func TestRound63RisksArrestsAndRelatedPages(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	checkRule(t, c, ruleHealthVictim, false, []reportCase{
		{"en", "Cyber security for clinics in Ghana",
			"Clinics keep patient records, which makes them an attractive target for hackers who want to steal data."},
		{"fr", "La cybersécurité des cliniques", "Les cliniques sont une cible privilégiée des pirates informatiques."},
	})
	checkRule(t, c, ruleHealthVictim, true, []reportCase{
		{"en", "Clinic hit by ransomware", "Green Valley Clinic was the target of a ransomware attack on Monday."},
	})
	checkRule(t, c, ruleLawEnforcing, true, []reportCase{
		{"es", "Detenido un joven hacker", "La Guardia Civil detuvo en Sevilla a un joven que había robado datos de una aplicación sanitaria."},
	})
	checkRule(t, c, ruleDenied, true, []reportCase{
		{"fr", "Panne informatique à l'hôpital", "Une panne a privé l'hôpital de ses logiciels. La direction avait demandé d'anticiper d'éventuelles cyber-attaques."},
	})
	story := "A drive holding patient names and test codes went missing from the hospital's laboratory. The hospital " +
		"notified patients by letter and has no reason to suspect the information was used. The drive held no Social " +
		"Security numbers, addresses or dates of birth, and staff searched the building twice. "
	if got := withoutMoreArticles(story + "More articles on health IT: Hackers breach a newswire service"); got != strings.TrimSpace(story) {
		t.Errorf("withoutMoreArticles kept %q", got[len(story)-20:])
	}
	if got := withoutMoreArticles("More articles on health IT: " + story); !strings.HasPrefix(got, "More articles") {
		t.Error("withoutMoreArticles cut a text that opens with the words")
	}
	got := c.Classify(cit.Candidate{Lang: "en", Title: "Oxygen Equipment Maker Discovers Credential Theft Incident",
		Text: "An unauthorized individual obtained an employee's credentials and used them to access the employee's email account."})
	if got.Victim == "Discovers" || strings.Contains(got.Victim, "Discovers") {
		t.Errorf("victim %q: a headline's verb", got.Victim)
	}
}

// TestRound63MinisterIsNoFullerName: the lead's "ministre de la Santé
// François Braun" is no fuller name of the title's "hôpital de Versailles"
// (round 63; sentences of our own).
func TestRound63MinisterIsNoFullerName(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	got := c.Classify(cit.Candidate{Lang: "fr", Title: "L'hôpital de Versailles visé par une cyberattaque",
		Text: "L'hôpital de Versailles est visé depuis samedi par une cyberattaque qui perturbe son activité. " +
			"Des patients ont été transférés, a expliqué le ministre de la Santé François Braun dimanche soir."})
	if strings.Contains(got.Victim, "Braun") {
		t.Errorf("victim %q: the minister's name", got.Victim)
	}
}

// TestRound63HeadlineWordsInName: a Title Case headline's verb and notice
// word are no part of the name before an attack word ("GA Provider Sends
// Notice of Healthcare Data Breach"); "Under Armour" and "St Vincent's"
// keep their first words (round 63; sentences of our own).
func TestRound63HeadlineWordsInName(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"GA Provider Sends Notice of Healthcare": "Healthcare",
		"Under Armour":                           "Under Armour",
		"St Vincent's Health Australia":          "St Vincent's Health Australia",
	} {
		toks := text.Tokenize(in)
		lo, ok := afterHeadlineWords(toks, 0, len(toks)-1)
		got := ""
		if ok {
			got = in[toks[lo].Start:]
		}
		if got != want {
			t.Errorf("afterHeadlineWords(%q) leaves %q, want %q", in, got, want)
		}
	}
	c := newTest(t)
	got := c.Classify(cit.Candidate{Lang: "en", Title: "GA Provider Sends Notice of Healthcare Data Breach to 9,800 Patients",
		Text: "Patient information was removed from the provider's network in January during a healthcare data breach."})
	if strings.Contains(got.Victim, "Sends") || strings.Contains(got.Victim, "Notice") {
		t.Errorf("victim %q: a headline's words", got.Victim)
	}
}

// TestRound63NewsroomIsNoVictim: a newsroom the text names as one ("in
// response to a VTDigger inquiry") is who reports, not the victim, when it
// "reported" the breach (round 63; sentences of our own).
func TestRound63NewsroomIsNoVictim(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	got := c.Classify(cit.Candidate{Lang: "en", Title: "16,000 health insurance customers affected by data theft",
		Text: "The personal information of 16,000 health insurance customers was stolen in a cyberattack in January, " +
			"the Attorney General's Office said in response to a CapitalDigger inquiry. " +
			"CapitalDigger reported earlier this month that the data breach of a software company compromised the data of 7,000 retired teachers."})
	if got.Victim == "CapitalDigger" {
		t.Errorf("victim %q: the newsroom", got.Victim)
	}
}

// TestRound63FailedToProtect: a lawsuit's charge that an organisation
// "failed to protect patient data in a cyberattack" tells of the attack;
// "to protect" alone after it is still a defence (round 63; sentences of
// our own).
func TestRound63FailedToProtect(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	checkRule(t, c, ruleHealthVictim, true, []reportCase{
		{"en", "Lawsuit filed over hospital data", "Pinecrest Health failed to protect patient data in a recent cyberattack that disrupted hospital systems in Ohio."},
	})
	if !failedTo(text.Tokenize("accused of failing to protect data"), 4) || failedTo(text.Tokenize("the clinic moved to protect data"), 4) {
		t.Error("failedTo: want true after 'failing to' only")
	}
}

// TestRound63TitleInitials: a title's abbreviation ("class action over
// LVHN ransomware hack") names the body's health body whose initials it
// is ("… against Lehigh Valley Health Network"), which the attack then
// concerns (round 63; sentences of our own).
func TestRound63TitleInitials(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	checkRule(t, c, ruleHealthVictim, true, []reportCase{
		{"en", "Patient files class action over SRHN ransomware hack",
			"A law firm has filed a class action suit against Silver River Health Network, alleging the hospital put money over patient privacy after photos were posted online."},
	})
	checkRule(t, c, ruleHealthVictim, false, []reportCase{
		{"en", "Patient files class action over SRHN ransomware hack",
			"A law firm has filed a class action suit against Silver Lake Health Network, alleging the hospital put money over patient privacy after photos were posted online."},
	})
}

// TestRound63TwoPossessivesInOneName: "Guy’s and St Thomas’ NHS Foundation
// Trust" is one name, also after another trust's name and "and" (round 63;
// sentences of our own).
func TestRound63TwoPossessivesInOneName(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, s := range []string{
		"Guy’s and St Thomas’ NHS Foundation Trust was hit by a cyberattack.",
		"Pathology systems at Kingsway Hospital NHS Foundation Trust and Guy's and St Thomas' NHS Foundation Trust have been hit by a ransomware attack.",
	} {
		got := c.Classify(cit.Candidate{Lang: "en", Title: "Cyber attack on London trusts", Text: s})
		if !strings.HasPrefix(got.Victim, "Guy") {
			t.Errorf("%q: victim %q, want Guy's and St Thomas' NHS Foundation Trust", s, got.Victim)
		}
	}
}
