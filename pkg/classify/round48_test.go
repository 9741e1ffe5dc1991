package classify

import (
	"testing"

	"github.com/cit-health/cit/pkg/cit"
)

// TestRound48HealthCareSystem: a province's "health-care system" is a care
// provider as its "healthcare system" is, so the attack that disrupted it
// is an attack on a health organisation (round 48; sentences of our own,
// after CBC's report of Newfoundland and Labrador's 2021 attack).
func TestRound48HealthCareSystem(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	checkAccepted(t, c, []reportCase{
		{"en", "No end in sight for cyberattack disruptions in the province",
			"The premier gave an update on Friday on the cyberattack that has disrupted the province's health-care system. " +
				"Many non-urgent appointments have been cancelled."},
		{"en", "Province still offline a week after cyberattack",
			"The cyberattack that hit the provincial health care system last week has forced clinics to cancel appointments."},
	})
}

// TestRound48ScamTitle: a title announcing a scam sent in a health body's
// name, by text message or email, tells of a lure, not of an attack on the
// body; a scam that follows a break-in into the body's mailboxes does
// (round 48; sentences of our own, after set U2's warnings of Sacyl, ULS
// Cova da Beira, the AOK and Italy's health ministry).
func TestRound48ScamTitle(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	checkRule(t, c, ruleImpersonated, true, []reportCase{
		{"es", "El Servicio de Salud de Aragón alerta de una estafa a través de SMS",
			"El Servicio de Salud de Aragón ha lanzado una alerta: los estafadores envían un SMS que invita a pedir una nueva " +
				"tarjeta sanitaria. La estafa, conocida como phishing, busca recopilar datos personales."},
		{"pt", "ULS do Alto Minho alerta para burlas por SMS em nome do SNS",
			"As burlas têm como objetivo enganar os utentes para obterem dados bancários. O SNS nunca envia mensagens a " +
				"solicitar pagamentos."},
		{"it", "Truffa via email dal finto Ministero della Salute",
			"Circola una mail che promette rimborsi dal Ministero della Salute. Si tratta di phishing: non cliccate sui link."},
		{"de", "Betrugsversuche mit Phishing-Mails im Namen der Krankenkasse",
			"Kriminelle verschicken E-Mails, die angeblich von der Krankenkasse kommen. Man soll eine neue Gesundheitskarte " +
				"beantragen. Die Krankenkasse verschickt solche Nachrichten nicht."},
	})
	checkRule(t, c, ruleImpersonated, true, []reportCase{
		{"de", "Warnung: Betrügerische E-Mails und SMS im Namen der Krankenkasse",
			"Derzeit sind E-Mails und SMS im Umlauf, die angeblich von der Krankenkasse stammen. Die Kasse fordert nie per " +
				"SMS zur Eingabe von Bankdaten auf."},
		{"es", "Sanidad alerta de una oleada de llamadas fraudulentas con el objetivo de suplantar la identidad",
			"El ministerio advierte de llamadas en las que los estafadores se hacen pasar por personal sanitario para obtener " +
				"datos personales."},
	})
	checkRule(t, c, ruleImpersonated, false, []reportCase{
		{"es", "Clínica de Bello alerta por correos fraudulentos enviados desde su cuenta oficial",
			"La clínica informó que desconocidos enviaron correos a pacientes desde su cuenta de correo institucional."},
		{"nl", "Oplichters kapen mailbox van huisartsenpraktijk en sturen patiënten betaalverzoeken",
			"Oplichters hebben via een phishingmail toegang gekregen tot de mailbox van een huisartsenpraktijk in Zwolle."},
		{"it", "Truffa via email: hacker nella posta dell'Asl, pagata una fattura falsa",
			"Un hacker è entrato nella casella di posta dell'azienda sanitaria e ha inviato una fattura falsa."},
		{"en", "Clinic warns patients of scam calls after ransomware attack",
			"The clinic said patients may receive calls from scammers after a ransomware attack on its systems last month."},
	})
}

// TestRound48OwnSystemsDown: the subject of the lead, a health body after
// its country's possessive, tells of its own network shut down because of
// an attack named at the sentence's end, too far from its name for a plain
// link (round 48; sentences of our own, after set U1's report of the HSE's
// 2021 attack).
func TestRound48OwnSystemsDown(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	checkRule(t, c, ruleHealthVictim, true, []reportCase{
		{"en", "Island shuts down health service IT systems over ransomware attack",
			"Iceland's National Health Service Board said that its entire IT network has been shut down as a precaution due to " +
				"a significant ransomware attack.\nThe board did not go into details.\nMore information will follow."},
		{"en", "Regional health board takes systems offline",
			"The Lakeshore Regional Health Authority said on Monday that its computer systems had been taken offline by staff " +
				"overnight because of a ransomware attack.\nThe authority gave no details.\nClinics stay open."},
	})
}

// TestRound48KlinikenCompound: German compounds in "-kliniken" name care
// providers ("Wertachkliniken", "Kreiskliniken") as "-klinikum" ones do,
// and "Millionen betroffen" counts people, not money (round 48; sentences
// of our own, after set U3's reports of the Wertachkliniken and Anthem).
func TestRound48KlinikenCompound(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	checkAccepted(t, c, []reportCase{
		{"de", "Cyberangriff auf die IT-Systeme der Rottalkliniken",
			"Wie die Lokalzeitung berichtet, sind die IT-Systeme der Rottalkliniken in Eggenfelden und Pfarrkirchen seit " +
				"Anfang September lahmgelegt. Die Notaufnahme ist abgemeldet.\n\nDen vollständigen Artikel finden Sie hier:"},
		{"de", "Datenleck bei US-Krankenversicherung – Millionen betroffen",
			"Anthem, die zweitgrößte Krankenversicherung der USA, hat ein riesiges Datenleck zugegeben. Der Chef der " +
				"Versicherung sprach von einem sehr ausgeklügelten, externen Cyber-Angriff, bei dem Namen und Adressen " +
				"gestohlen wurden."},
	})
}

// TestRound48TitleCaseNames: in a Title Case headline, "Probes" is a verb
// that ends the name before it, a trade's noun before a name describes it
// ("Medical Device Maker Zoll"), and the "Services" of "Health and Human
// Services" is the name's (round 48; headlines of our own, after set V1's
// Vanderbilt and HHS reports).
func TestRound48TitleCaseNames(t *testing.T) {
	t.Parallel()
	checkVictims(t, newTest(t), []victimCase{
		{"en", "Riverbend Med Center Probes Cyber Incident",
			"Riverbend Medical Center said hackers reached a database.", "Probes", ""},
		{"en", "Medical Device Maker Corvale Says Data Breach Impacts Over 1 Million",
			"The company said hackers stole the data of a million people.", "", "Corvale"},
		{"en", "Cyber Attack Hits Department of Health and Human Services Amid Pandemic Response",
			"A cyber attack hit the department on Sunday night.", "", "Department of Health and Human Services"},
	})
}

// TestRound48StateOfReport: a yearly report on the state of ransomware in
// health care is no incident, though it counts hospitals hit (round 48;
// sentences of our own, after set U1's survey report).
func TestRound48StateOfReport(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	checkRule(t, c, ruleTrend, true, []reportCase{
		{"en", "The State of Ransomware in Healthcare 2024",
			"Based on a survey of 400 healthcare IT managers, the report finds that 60% of healthcare organizations were hit by " +
				"ransomware last year. Among the hospitals hit, 70% said their data was encrypted."},
	})
	checkRule(t, c, ruleTrend, false, []reportCase{
		{"en", "State of emergency declared after ransomware attack on county hospital",
			"The county declared a state of emergency after a ransomware attack took the hospital's systems offline."},
	})
}

// TestRound48HealthCareApart: "health care" written apart reads as
// "healthcare" in every lexicon phrase, and a health care company is a
// health organisation (round 48; sentences of our own, after set U4's
// report of Demant's 2019 attack).
func TestRound48HealthCareApart(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	checkAccepted(t, c, []reportCase{
		{"en", "Danish company Hørby expects losses of up to $95 million after cyber attack",
			"Hørby, a leading international hearing health care company, expects to incur losses of up to $95 million " +
				"following a ransomware attack.\nLast month, Hørby suffered a cyber attack that disrupted its operations."},
	})
	lex := lexicon()
	for _, w := range []string{"health care group", "health care software", "health care entity"} {
		if lex[w].kind != kHealthOrg {
			t.Errorf("%q: kind %d, want a health organisation as its \"healthcare\" form", w, lex[w].kind)
		}
	}
}

// TestRound48NewsUpdate: "an update on the cyber attack" is news of it, no
// software update that would make the sentence vulnerability news (round
// 48; sentences of our own, after set U4's Dr Reddy's report).
func TestRound48NewsUpdate(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	checkRule(t, c, ruleHealthVictim, true, []reportCase{
		{"en", "Drugmaker gives update on cyber attack",
			"Providing an update on the recent cyber attack, Dr Reddy's today said its plants were running again."},
	})
}

// TestRound48StolenFromInLead: data "dérobés à" a hospital, in a lead whose
// next sentence names the hacker who "a exploité une faille", is an attack
// on that hospital though the title names only a data theft (round 48;
// sentences of our own, after set U5's report of the Hôpital privé de la
// Loire).
func TestRound48StolenFromInLead(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	checkRule(t, c, ruleHealthVictim, true, []reportCase{
		{"fr", "Un vol de données médicales en France",
			"Plus de 200 000 dossiers de patients ont été dérobés à l'Hôpital privé du Forez, situé à Montbrison. Le pirate, " +
				"connu sous le pseudonyme Kaz, a exploité une faille de sécurité dans un logiciel interne.\nIl menace de " +
				"diffuser les données."},
		{"es", "Robo de datos en un hospital de Murcia",
			"Los historiales de 20.000 pacientes fueron robados al Hospital de la Vega. Un hacker explotó una " +
				"vulnerabilidad del servidor.\nLa policía investiga."},
	})
}

// TestRound48StaffReadRecordsDutch: a Dutch employee who read patient
// records without leave ("bekeek onbevoegd 95 patiëntendossiers") is an
// insider, no attacker (round 48; sentences of our own, after set U4's
// Laurentius Ziekenhuis report).
func TestRound48StaffReadRecordsDutch(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, rc := range []reportCase{
		{"nl", "Medewerker Venloos ziekenhuis bekeek onbevoegd 80 patiëntendossiers",
			"Een medewerker van het Maasziekenhuis in Venlo heeft 80 patiëntendossiers ingezien zonder dat hij hiertoe bevoegd " +
				"was, zo heeft het ziekenhuis bekendgemaakt. Het datalek werd door een andere medewerker ontdekt en " +
				"gerapporteerd. Het Maasziekenhuis heeft inmiddels melding gemaakt bij de Autoriteit Persoonsgegevens (AP).\n\n" +
				"Alle getroffen patiënten hebben inmiddels een brief ontvangen."},
	} {
		if got := c.Classify(cit.Candidate{Lang: rc.lang, Title: rc.title, Text: rc.text}); got.Verdict != cit.VerdictReject {
			t.Errorf("%q: %s (%.3f), want an insider's reading rejected", rc.title, got.Verdict, got.Score)
		}
	}
}

// TestRound48QuantifierNoName: a quantifier that opens a sentence ("Alle
// getroffen patiënten …") and a capitalised "Spam" are no victims' names
// (round 48; sentences of our own, after sets U4 and V3).
func TestRound48QuantifierNoName(t *testing.T) {
	t.Parallel()
	checkVictims(t, newTest(t), []victimCase{
		{"nl", "Medewerker Venloos ziekenhuis bekeek onbevoegd 80 patiëntendossiers",
			"Een medewerker van het Maasziekenhuis in Venlo heeft 80 patiëntendossiers ingezien zonder dat hij hiertoe " +
				"bevoegd was, zo heeft het ziekenhuis bekendgemaakt. Het datalek werd door een andere medewerker ontdekt.\n\n" +
				"Alle getroffen patiënten hebben inmiddels een brief ontvangen waarin wordt uitgelegd wat het datalek voor hen " +
				"betekent.", "Alle", ""},
	})
}

// TestRound48CountNoName: a Title Case headline's count of patients ("About
// 54,000 Patients Impacted by …") and a kind of vendor ("Third-Party
// Healthcare Software") are no victims' names (round 48; headlines of our
// own, after set V4).
func TestRound48CountNoName(t *testing.T) {
	t.Parallel()
	checkVictims(t, newTest(t), []victimCase{
		{"en", "About 54,000 Patients Impacted by Ransomware Attack at Prairie HealthCare",
			"The not-for-profit Catholic health system based in Peoria, IL, Prairie HealthCare, started sending notifications " +
				"to 53,907 patients regarding a cyberattack that was identified on April 23, 2021.", "Patients", ""},
		{"en", "Patient Data Leaked in Third-Party Healthcare Software Breach",
			"A vendor's software exposed patient forms.", "Third-Party", ""},
		{"en", "Corvia Healthcare Waited Years Before Advising 2 Million Patients Of Data Breach",
			"The home medical equipment supplier said hackers reached its systems in 2019 and 2021.", "Waited", ""},
	})
}

// TestRound48CountryThatAttempted: a country that "attempted to steal" is
// the attacker, not the victim's place (round 48, set V1's Pfizer).
func TestRound48CountryThatAttempted(t *testing.T) {
	t.Parallel()
	got := newTest(t).Classify(cit.Candidate{Lang: "en", Title: "North Korea accused of hacking Corvax for vaccine data",
		Text: "North Korea attempted to steal vaccine technology from US pharmaceutical company Corvax, according to officials."})
	if got.Country == nil || *got.Country != "US" {
		t.Errorf("country %v, want US", got.Country)
	}
}
