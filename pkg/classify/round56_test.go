package classify

import (
	"strings"
	"testing"

	"github.com/cit-health/cit/pkg/cit"
)

// TestRound56DescribedShortName: a description before a short name of its
// own ("health insurer Bupa", "UK healthcare group Bupa") is no part of the
// victim's name (round 56, set W1 of round 55; sentences of our own).
func TestRound56DescribedShortName(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, text := range []string{
		"Personal details exposed. Hackers \"copied and removed\" the personal information of more than 90,000 customers from the systems of health insurer Vumo.",
		"More than 90,000 customers of UK healthcare group Vumo are being told of a ransomware attack on its network.",
	} {
		if got := c.Classify(cit.Candidate{Lang: "en", Text: text}); got.Victim != "Vumo" {
			t.Errorf("%.60q: victim %q, want Vumo", text, got.Victim)
		}
	}
	// A description with no name of its own after it keeps its town.
	got := c.Classify(cit.Candidate{Lang: "en", Text: "Hackers encrypted the servers of the Maui Health Center last week, the clinic said."})
	if got.Victim != "Maui Health Center" {
		t.Errorf("victim %q, want Maui Health Center", got.Victim)
	}
}

// TestRound56Nordic: Swedish, Norwegian, Danish and Finnish reports name a
// health body by its place and a lower-case kind, or a region or a
// municipality that runs the care; Finnish gives its words case endings
// ("tietomurrosta", "hammashoitolassa") (round 56, set X3 of round 55;
// sentences of our own).
func TestRound56Nordic(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tc := range []struct{ lang, text, victim string }{
		{"sv", "Norrvik universitetssjukhuset har drabbats av en cyberattack, meddelar regionen.", "Norrvik universitetssjukhuset"},
		{"sv", "Region Norrviks IT-leverantörer har utsatts för dataintrång. Inga patienter i länet berörs.", "Region Norrvik"},
		{"sv", "Alvby kommun drabbades av ett IT-angrepp den 6 februari som påverkade äldreomsorgen.", "Alvby kommun"},
		{"no", "Natt til lørdag ble Øvre Lunde kommune utsatt for et dataangrep som rammet helsetjenesten.", "Øvre Lunde kommune"},
		{"fi", "Kallion hyvinvointialueen mukaan Kallion hammashoitolassa on ruuhkaa kyberhyökkäyksen takia.", "Kallion hyvinvointialue"},
		{"fi", "Kyberhyökkäys on sulkenut Kallion hammashoitolassa potilastietojärjestelmän.", "Kallion hammashoitola"},
		{"fi", "Psykoterapiakeskus Mielikko kertoi tietomurrosta, jossa potilastietoja varastettiin.", "Psykoterapiakeskus Mielikko"},
	} {
		got := c.Classify(cit.Candidate{Lang: tc.lang, Text: tc.text})
		if !got.IsHealthCyberattack || got.Victim != tc.victim {
			t.Errorf("%s %.60q: health cyberattack %v, victim %q; want true, %q", tc.lang, tc.text, got.IsHealthCyberattack, got.Victim, tc.victim)
		}
	}
	// A quantifier opening a sentence names no one.
	if got := c.Classify(cit.Candidate{Lang: "sv", Text: "Flera sjukhus har drabbats av cyberattacker det senaste året."}); strings.HasPrefix(got.Victim, "Flera") {
		t.Errorf("victim %q, want none", got.Victim)
	}
}

// TestRound56Markup: a text published as HTML (a mailing list's
// attachment) is read as its text: tags and entities broke the sentences
// the patterns read (round 56, set R1; sentences of our own).
func TestRound56Markup(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	body := "A cyber attack hit part of Ruritania&#39;s health service this week.<br><br>The attack brought down the " +
		"Lakeside District Health Board&#39;s (DHB) complete IT network on Tuesday, which resulted in some appointments " +
		"being cancelled.<br>Staff are trying to restore the infected systems. Investigators are still determining whether " +
		"patient records had been lost."
	html := `<div dir="ltr"><a href="https://news.example/health-service-hit">https://news.example/health-service-hit</a>` +
		`<br><div><br></div><div>` + body + `</div></div>`
	got := c.Classify(cit.Candidate{Lang: "en", Text: html})
	if !got.IsHealthCyberattack || got.Victim != "Lakeside District Health Board" {
		t.Errorf("health cyberattack %v (score %.2f), victim %q; want true, Lakeside District Health Board", got.IsHealthCyberattack, got.Score, got.Victim)
	}
}

// TestRound56HeadlineNames: a Title Case headline's verb and preposition
// before its attack ("… Loses Patient Data In Ransomware Attack", "…
// Gets Hit by Cyberattack"), a notice's kind after its entity with no
// separator or its event before it ("Privacy Event at …"), a count before
// the organisation ("Thousands of National Health Service (NHS)
// staffers") and a form's "# of Accounts Breached" are no part of the
// victim's name (round 56, set Y1; headlines and sentences of our own).
func TestRound56HeadlineNames(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tc := range []struct{ title, text, want string }{
		{"Ashgrove Hospital Loses Patient Data In Ransomware Attack", "CyberNews Briefs\n\nAshgrove Hospital Loses Patient " +
			"Data In Ransomware Attack\n\nIn July of this year, the Ashgrove Hospital Center in Ohio suffered a ransomware attack " +
			"that resulted in the loss of certain patient data.", "Ashgrove Hospital Center"},
		{"The Ashgrove Hospital Center Notice of Data Security Incident", "Markets closed\n\nThe Ashgrove Hospital Center " +
			"Notice of Data Security Incident\n\nCOLUMBUS, Nov. 1, 2019 -- The Ashgrove Hospital Center (the \"Hospital\") is " +
			"providing notice of a recent data security incident. In late July, the Hospital became aware of unusual activity.",
			"The Ashgrove Hospital Center"},
		{"Privacy Event at Varnholt Internal Medicine, PC", "Varnholt Internal Medicine learned that an unauthorized " +
			"party encrypted its servers with ransomware.", "Varnholt Internal Medicine, PC"},
		{"", "Thousands of National Health Service (NHS) staffers in Wales have had their personal details stolen after a " +
			"hacker accessed the servers of a contractor.", "National Health Service (NHS)"},
	} {
		if got := c.Classify(cit.Candidate{Lang: "en", Title: tc.title, Text: tc.text}); got.Victim != tc.want {
			t.Errorf("%.60q: victim %q, want %q", tc.title+tc.text, got.Victim, tc.want)
		}
	}
	got := c.Classify(cit.Candidate{Lang: "en", Title: "Dr. Office Patient Information Held For Ransom after Cyber Breach Incident",
		Text: "Who: Varnholt Family Practice\n\n# of Accounts Breached: 24,000\n\nHow it happened: the office's server was " +
			"encrypted in a ransomware attack by an unknown actor."})
	if got.Victim == "Accounts" {
		t.Errorf("victim %q: a form's field", got.Victim)
	}
}

// TestRound56PhotoCaption: a stock photo's caption and keywords on the
// page's first line ("Hacker with computers in dark room. Cyber crime")
// are no sentences of the lead: the report's attack on a pharmacy company
// still counts (round 56, set R1; sentences of our own).
func TestRound56PhotoCaption(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	text := "Hacker with computers in dark room. Cyber crime\n\n" +
		"A class-action lawsuit filed against one of the largest pharmacy companies serving nursing homes alleges the " +
		"company failed to notify consumers of a data breach for more than two months.\n\n" +
		"Medirex, which serves more than 3,000 long-term care pharmacy programs, was hit by the cybercriminal group " +
		"Money Message in early March.\n\n" +
		"The suit says the 5.8 million consumers who \"had their most sensitive personal information accessed, " +
		"exfiltrated and stolen\" were not informed until May."
	got := c.Classify(cit.Candidate{Lang: "en", Text: text})
	if !got.IsHealthCyberattack || got.Victim != "Medirex" {
		t.Errorf("health cyberattack %v (score %.2f), victim %q; want true, Medirex", got.IsHealthCyberattack, got.Score, got.Victim)
	}
}

// TestRound56AttacksTopicTitle: a title that opens with attacks in the
// plural, a colon and a question's or an explanation's word is a topic's,
// not one incident's (round 56, set S1; titles of our own).
func TestRound56AttacksTopicTitle(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	body := "Die allgemeine Bedrohungslage für Krankenhäuser hat sich verschärft. Zuletzt gab es Angriffe der Hacker auf " +
		"Kliniken in Neustadt und Altdorf."
	for _, title := range []string{"Cyberangriffe: So gefährlich sind Hacker für die Kliniken",
		"Cyberangriffe: Wie Kliniken sich schützen können"} {
		if got := c.Classify(cit.Candidate{Lang: "de", Title: title, Text: body}); got.Verdict == cit.VerdictAccept {
			t.Errorf("%q: verdict %s (score %.2f), want no accept", title, got.Verdict, got.Score)
		}
	}
	// One attack named after the colon is an incident's title.
	got := c.Classify(cit.Candidate{Lang: "de", Title: "Cyberangriffe: Klinikum Neustadt nach Hackerangriff offline",
		Text: "Das Klinikum Neustadt ist nach einem Hackerangriff offline. Die Notaufnahme ist abgemeldet."})
	if got.Verdict != cit.VerdictAccept {
		t.Errorf("incident title: verdict %s (score %.2f), want accept", got.Verdict, got.Score)
	}
}

// TestRound56TitleCopyAndLowerTail: a page's copy of its headline above
// the text is no sentence of the story, so the name opening the next one
// is the subject it is about ("Hackers crack into DeKalb Healthcare's …\n\n
// DeKalb Health is the latest victim"); and a lower-case kind after an
// English name is no part of it ("Dekalb Health hospital reported") (round
// 56, set Y1; sentences of our own).
func TestRound56TitleCopyAndLowerTail(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	title := "Hackers crack into Varnholt Healthcare's computer system"
	got := c.Classify(cit.Candidate{Lang: "en", Title: title, Text: title + "\n\nVarnholt Health is the latest victim in the " +
		"fight against hackers as the Indiana healthcare facility reported its computer systems were infected with ransomware."})
	if got.Victim != "Varnholt Health" {
		t.Errorf("victim %q, want Varnholt Health", got.Victim)
	}
	got = c.Classify(cit.Candidate{Lang: "en", Text: "Varnholt Regional Health hospital reported that its computer systems are " +
		"infected with ransomware."})
	if got.Victim != "Varnholt Regional Health" {
		t.Errorf("victim %q, want Varnholt Regional Health", got.Victim)
	}
}

// TestRound56RomanceAttackOfAndAtOrganisation: "Piratage d’Itélis" names
// what the attack hit, and a sentence opening "Chez MediCheck, …" with an
// attack in it tells where it happened, though neither name holds a health
// word (round 56, set Z1; sentences of our own).
func TestRound56RomanceAttackOfAndAtOrganisation(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tc := range []struct{ lang, title, text, want string }{
		{"fr", "Piratage d’Optivue : vos données de santé optique exposées", "La plateforme, utilisée par de nombreuses " +
			"mutuelles, a été victime d’un piratage ciblé.", "Optivue"},
		{"fr", "", "Chez Medicontrol, une entreprise de contrôles médicaux, des pirates informatiques ont dérobé 50.000 " +
			"rapports de médecins.", "Medicontrol"},
		{"nl", "", "Bij Medicontrol hebben hackers 50.000 medische rapporten van patiënten gestolen met ransomware.", "Medicontrol"},
	} {
		if got := c.Classify(cit.Candidate{Lang: tc.lang, Title: tc.title, Text: tc.text}); got.Victim != tc.want {
			t.Errorf("%s %.50q: victim %q, want %q", tc.lang, tc.title+tc.text, got.Victim, tc.want)
		}
	}
	// The attacker after "de" is no victim; "chez nous" names no one.
	if got := c.Classify(cit.Candidate{Lang: "fr", Title: "Cyberattaque de LockBit : un hôpital paralysé",
		Text: "Un hôpital a été paralysé par une cyberattaque."}); got.Victim == "LockBit" {
		t.Errorf("victim %q: the attacker", got.Victim)
	}
}

// TestRound56LeadWarning: a professional body's warning of a Trojan to
// come, under a page's menu, is advice, not an attack suffered; a victim's
// own warning after its attack stays news (round 56, set S1; sentences of
// our own).
func TestRound56LeadWarning(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	text := "Praxisteam\nPatienten\nPresse\n\nMünster, 6. August 2019\n\nlogo\n\nVorsicht ist geboten ...\n\n... aus " +
		"aktuellem Anlass warnt die Kammer vor einem gefährlichen Trojaner, der als Bewerbungsschreiben getarnt ist. Wird " +
		"der Anhang der Mail geklickt, installiert sich die Schadsoftware und blockiert Ihre Praxisdaten und Patientendaten."
	if got := c.Classify(cit.Candidate{Lang: "de", Text: text}); got.Verdict == cit.VerdictAccept {
		t.Errorf("chamber's warning: verdict %s (score %.2f), want no accept", got.Verdict, got.Score)
	}
	got := c.Classify(cit.Candidate{Lang: "en", Title: "Varnholt Health warns patients of scam calls after ransomware attack",
		Text: "Varnholt Health warns patients of scam calls after a ransomware attack hit its hospitals last week."})
	if got.Verdict != cit.VerdictAccept {
		t.Errorf("victim's warning: verdict %s (score %.2f), want accept", got.Verdict, got.Score)
	}
}

// TestRound56HealthSecretariat: Mexico's states run their care through a
// health secretariat, "la Secretaría de Salud del Estado de Veracruz", a
// health body as Brazil's "Secretaria de Saúde" is (round 56, set X3 of
// round 55; a sentence of our own).
func TestRound56HealthSecretariat(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	got := c.Classify(cit.Candidate{Lang: "es", Text: "Los ciberpiratas también secuestraron la información de la Secretaría " +
		"de Salud del Estado de Oaxaca y exigieron millones de pesos por la llave de desencriptación."})
	if got.Victim != "Secretaría de Salud del Estado de Oaxaca" {
		t.Errorf("victim %q, want Secretaría de Salud del Estado de Oaxaca", got.Victim)
	}
}
