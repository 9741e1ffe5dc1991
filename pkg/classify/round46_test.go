package classify

import (
	"testing"

	"github.com/cit-health/cit/pkg/cit"
)

// TestRound46AttackHeadBeforeQuestion: a title whose head, before its
// colon, tells of an attack on one health organisation is news of that
// attack, whatever question or figure follows; a question about many stays
// commentary (round 46; sentences of our own).
func TestRound46AttackHeadBeforeQuestion(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	checkRule(t, c, ruleCommentary, false, []reportCase{
		{"de", "Cyberangriff auf Klinikverbund: Hacker erbeuten Patientendaten: Folgt jetzt die Erpressung?",
			"Der Klinikverbund Nordheide ist Opfer eines Hackerangriffs geworden. Die Täter haben Daten von Patienten erbeutet.\n\n" +
				"Der Verbund hat die Polizei eingeschaltet."},
		{"es", "Ciberataque Clínic: el hospital recupera el 40% de sus sistemas",
			"El Hospital Clínic de Barcelona ha recuperado el 40% de sus sistemas informáticos tras el ciberataque de ransomware " +
				"sufrido hace dos semanas."},
	})
	checkRule(t, c, ruleCommentary, true, []reportCase{
		{"en", "Ransomware attacks on hospitals: is the sector ready?",
			"Experts disagree on whether hospitals have prepared enough for ransomware.\n\nA survey of chief information officers " +
				"suggests budgets are still small."},
	})
}

// TestRound46NoOtherChoice: "no other option but to pay ransom" excludes
// every course but the ransom; it denies no attack (round 46; sentences of
// our own).
func TestRound46NoOtherChoice(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	checkRule(t, c, ruleDenied, false, []reportCase{
		{"en", "NJ Orthopedic Center saw no other option but to pay ransom",
			"Oof. This notification from the New Jersey Orthopedic Center, sent to patients on September 22, describes a disaster " +
				"where not only patient files were locked up, but their most recent backup was too. No wonder they paid the ransom.\n" +
				"On July 27, our computer systems were attacked by a malware ransom virus called CryptoWall. The virus encrypted all " +
				"of our electronic medical record files."},
	})
	checkRule(t, c, ruleDenied, true, []reportCase{
		{"en", "Lakeside Orthopedic Center says outage was no cyberattack",
			"Lakeside Orthopedic Center said the outage of its phones was not a cyberattack but a power cut."},
	})
}

// TestRound46TitleNameDescribed: a body's health word right next to the
// title's name says what the title's victim is, however late it comes; a
// place shared by two bodies is no such name, nor a health body said to be
// unaffected (round 46; sentences of our own).
func TestRound46TitleNameDescribed(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	body := func(describe string) string {
		return "« Suite à l'incident informatique, l'activité est totalement arrêtée. »\n\nPublié le 02-04-2021\n\n" +
			"Une attaque de grande ampleur\n\nLes salariés ont été renvoyés chez eux mercredi matin.\n\n" +
			"Les usines du sud-ouest sont restées fermées toute la journée.\n\n" + describe
	}
	checkRule(t, c, ruleBackground, false, []reportCase{
		{"fr", "Le groupe Maurel Dufresne victime d'une cyberattaque",
			body("C'est dans la nuit de mardi que le groupe pharmaceutique Maurel Dufresne a été victime d'une cyberattaque.")},
	})
	checkRule(t, c, ruleBackground, true, []reportCase{
		{"fr", "Le groupe Maurel Dufresne victime d'une cyberattaque",
			body("Ailleurs en France, un groupe pharmaceutique a déjà été visé par des pirates l'an dernier.")},
	})
}

// TestRound46RelatedLinesAndDescriptions: a "See Also:" line names another
// page's subject, a category list's "Fraud Management & Cybercrime" names
// none, "Idaho-Based Medical Center" says where a victim is, and a
// headline's capitals spell an abbreviation by chance where the text spells
// it in full (round 46; sentences of our own, in the form of a trade site's
// pages).
func TestRound46RelatedLinesAndDescriptions(t *testing.T) {
	t.Parallel()
	checkVictims(t, newTest(t), []victimCase{
		{"en", "Clinic Network Says 90,000 Affected by Hack",
			"Breach Notification , Fraud Management & Cybercrime , Healthcare\nSee Also: OnDemand | Strengthen Cybersecurity with " +
				"a Layered Strategy\nRiverbend Family Clinics is notifying 90,000 people that their data was stolen in a hack in May.",
			"Strengthen", "Riverbend Family Clinics"},
		{"en", "Wisconsin Health Clinic Hack Affects 1.1 Million",
			"Cybercrime\nWestern Health Collaborative, which has a dozen clinics in Wisconsin, is notifying 200,000 people that " +
				"their information was stolen in a cyberattack. WHC said on March 2 it noticed unusual activity. The WHC hacking " +
				"incident is among the largest this year.",
			"Wisconsin", "Western Health Collaborative (WHC)"},
		{"en", "Idaho-Based Medical Center Says 300,000 Affected by Attack",
			"An Idaho-based medical center is notifying more than 300,000 people that their information was compromised in a " +
				"cyberattack.",
			"Idaho", ""},
	})
}

// TestRound46NumberedKind: a kind of organisation and its number name one
// body ("Asl2", "Asl 2"), and the lead's fuller form of it is taken ("Ulss
// 6 Euganea") (round 46; sentences of our own).
func TestRound46NumberedKind(t *testing.T) {
	t.Parallel()
	checkVictims(t, newTest(t), []victimCase{
		{"it", "Attacco hacker alla Asl2 imperiese", "Attacco hacker nella notte ad Asl2, dove i tecnici hanno spento tutti i sistemi.",
			"", "Asl2"},
		{"it", "Attacco informatico all'Asl 4: Cup chiuso", "Un attacco informatico ha colpito nella notte i sistemi dell'Asl 4, " +
			"costringendo l'azienda a spegnere i server.", "", "Asl 4"},
		{"it", "Treviso, il giorno dopo l'attacco hacker all'Ulss 2: prenotazioni a mano",
			"Il giorno dopo l'attacco informatico che ha messo fuori uso i sistemi dell'Ulss 2 Marca Trevigiana, negli ospedali " +
				"si lavora ancora con carta e penna.", "", "Ulss 2 Marca Trevigiana"},
	})
}

// TestRound46VaccineMakersAndPaymentOperators: a vaccine maker in Dutch,
// German or French and France's third-party payment operators for care are
// health organisations (round 46; sentences of our own).
func TestRound46VaccineMakersAndPaymentOperators(t *testing.T) {
	t.Parallel()
	checkRule(t, newTest(t), ruleHealthVictim, true, []reportCase{
		{"nl", "Ransomware bij vaccinmaker in Leiden: onderzoeksdata gestolen",
			"Hackers bieden gestolen gegevens van een vaccinbedrijf in Leiden aan op het dark web."},
		{"fr", "Violation de données chez deux opérateurs de tiers payant",
			"La presse s'est fait l'écho de cyberattaques contre deux opérateurs de tiers payant. Les données de millions " +
				"d'assurés ont été exposées."},
	})
}

// TestRound46HowToTitles: a title that tells how to do something, at its
// start or after its colon, is a guide; a head that tells of one attack
// keeps its title news, and Italian "come" before no infinitive means "as"
// (round 46; sentences of our own).
func TestRound46HowToTitles(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	checkRule(t, c, ruleAdvice, true, []reportCase{
		{"it", "Attacchi cyber alle ASL: come gestire la comunicazione del data breach ai pazienti",
			"I provvedimenti del Garante nei confronti di diverse ASL vittime di attacchi informatici offrono spunti operativi."},
		{"fr", "Cyberattaques contre les hôpitaux : comment réagir face au rançongiciel",
			"Les établissements de santé sont de plus en plus visés par les rançongiciels."},
	})
	checkRule(t, c, ruleAdvice, false, []reportCase{
		{"it", "Attacco hacker all'ospedale di Lodi: come sempre il pronto soccorso resta aperto",
			"Un attacco informatico ha bloccato i sistemi dell'ospedale di Lodi nella notte."},
	})
}

// TestRound46StaffReadingRecords: staff reading patients' records without
// cause, told in Dutch, German or French, is no cyberattack (round 46;
// sentences of our own).
func TestRound46StaffReadingRecords(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	checkRule(t, c, ruleNonCyber, true, []reportCase{
		{"nl", "Toezichthouder onderzoekt ziekenhuis in Zwolle",
			"Tientallen medewerkers van het ziekenhuis hebben ongeoorloofd het medisch dossier van een bekende zangeres ingezien. " +
				"Het ziekenhuis heeft zelf een melding gedaan bij de toezichthouder."},
		{"de", "Klinikmitarbeiterin las Patientenakten", "Eine Mitarbeiterin der Klinik hat über Jahre Patientenakten unbefugt " +
			"eingesehen. Die Klinik hat die Datenschutzbehörde informiert."},
		{"fr", "Des dossiers de patients consultés à l'hôpital", "Plusieurs agents de l'hôpital ont consulté illégalement le " +
			"dossier médical d'une personnalité. L'hôpital a saisi la CNIL."},
	})
	checkAccepted(t, c, []reportCase{
		{"nl", "Medewerkers van zorgverzekeraar trapten in phishingmail", "Zorgverzekeraar Zorgkring meldt dat criminelen na een " +
			"phishingaanval de gegevens van 900 verzekerden hebben ingezien."},
	})
}

// TestRound46CommonNounNotActor: "conti" after an Italian article is
// accounts or bills, not the Conti gang; the name capitalised still is
// (round 46; sentences of our own).
func TestRound46CommonNounNotActor(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	got := c.Classify(cit.Candidate{Lang: "it", Title: "Strutture sanitarie e privacy: i costi degli errori",
		Text: "Le nostre strutture ospedaliere stanno facendo i conti con errori e disattenzioni nella comunicazione dei dati."})
	if got.ThreatActor != "" {
		t.Errorf("\"i conti\": threat actor %q, want none", got.ThreatActor)
	}
	got = c.Classify(cit.Candidate{Lang: "it", Title: "Attacco ransomware all'ospedale di Lodi",
		Text: "Il gruppo Conti ha rivendicato l'attacco ransomware all'ospedale di Lodi."})
	if got.ThreatActor != "Conti" {
		t.Errorf("\"Il gruppo Conti\": threat actor %q, want Conti", got.ThreatActor)
	}
}

// TestRound46KnownVendorTarget: a known health-IT vendor is a target like a
// known provider, and the attack may name it again after the headline's
// copy atop the text (round 46; sentences of our own).
func TestRound46KnownVendorTarget(t *testing.T) {
	t.Parallel()
	checkRule(t, newTest(t), ruleHealthVictim, true, []reportCase{
		{"en", "Netsmart Loses Personal Data of 1M People in Second Breach This Year",
			"Netsmart Loses Personal Data of 1M People in Second Breach This Year\n\nBy Jane Doe Jane Doe has been verified by " +
				"Muck Rack's editorial team\nPublished on May 9, 2023\n\nHackers stole the personal information of at least a " +
				"million people from Netsmart, a firm that develops software for the healthcare industry, according to a disclosure " +
				"filed with the Attorney General of Maine.\n\nThe disclosure said the breach was detected April 24."},
		{"en", "MOVEit data theft at Welltok", "Welltok said its MOVEit server was compromised and data of 8.5 million people stolen."},
	})
}

// TestRound46HeadlineMeasuresAndTrackerDates: a headline's measure of the
// attack ("Toll of", "Fallout of") is no part of the victim's name, nor a
// tracker's date and state code before the name it lists (round 46;
// sentences of our own).
func TestRound46HeadlineMeasuresAndTrackerDates(t *testing.T) {
	t.Parallel()
	checkVictims(t, newTest(t), []victimCase{
		{"en", "Toll of Fresenius ransomware hack reaches 2.7M", "Dialysis provider Fresenius had data from 2.7 million people " +
			"compromised following a ransomware attack in April.", "Toll", "Fresenius"},
		{"en", "Fallout of Riverside Health ransomware attack grows", "The ransomware attack on Riverside Health disrupted care.",
			"Fallout", ""},
		{"en", "05-22-2023 IA Jasper County Hospital", "According to sources, Jasper County Hospital (a Medical organization in " +
			"Iowa) was hit with a cyber attack. It was first reported on 2023-05-22.", "05-22", "Jasper County Hospital"},
	})
}

// TestRound46AgenciesAndWholesalers: Italy's regional health agencies and
// provincial health bodies, and pharmaceutical wholesalers in German,
// French or Dutch, are health organisations (round 46; sentences of our
// own).
func TestRound46AgenciesAndWholesalers(t *testing.T) {
	t.Parallel()
	checkAccepted(t, newTest(t), []reportCase{
		{"it", "Umbria, attacco informatico", "Un virus è riuscito a penetrare il sistema dell'Agenzia regionale di sanità dell'Umbria."},
		{"de", "Cyberangriff auf Pharmagroßhändler Kestner", "Der Pharmagroßhändler Kestner ist Opfer eines Cyberangriffs geworden."},
		{"fr", "Cyberattaque contre un grossiste-répartiteur", "Un grossiste-répartiteur de Lyon a été victime d'une cyberattaque par rançongiciel."},
	})
}

// TestRound46SupplierOfClient: an attack on the supplier of a hospital is
// not an attack on the hospital, and a compound that ends in "system" is a
// product, not an organisation (round 46; sentences of our own).
func TestRound46SupplierOfClient(t *testing.T) {
	t.Parallel()
	checkVictims(t, newTest(t), []victimCase{
		{"de", "Cyberangriff auf Softwareanbieter des Kantonsspitals Baden", "Der Softwarehersteller Medisoft wurde Opfer " +
			"einer Cyberattacke.", "Kantonsspital", ""},
		{"en", "Ransomware attack on the vendor of Lakeside Hospital", "A ransomware attack hit a software vendor this week.",
			"Lakeside", ""},
		{"de", "Daten von Patienten einer Zahnarztkette im Darknet angeboten", "In einem Hackerforum wird eine Datenbank mit Angaben " +
			"zu 400.000 Patienten einer Zahnarztkette angeboten. Das Unternehmen bestätigte einen „unbefugten Zugriff auf ein " +
			"Abrechnungssystem“ und hat die Datenschutzbehörde informiert.", "Abrechnungssystem", ""},
	})
}

// TestRound46YearlyPublicationTitle: a title naming a year's report is a
// publication, not a registry's entity (round 46; sentences of our own).
func TestRound46YearlyPublicationTitle(t *testing.T) {
	t.Parallel()
	checkRule(t, newTest(t), ruleHealthVictim, false, []reportCase{
		{"en", "Ponemon 2024 Healthcare Report", "This annual report was conducted to determine if the healthcare industry is " +
			"making progress.\nAccording to the research, 92 percent of organisations experienced at least one cyberattack in the " +
			"past 12 months, and ransomware disrupted patient care at many of them."},
	})
}

// TestRound46RomanceArticleInEnglishNames: in an English text a capitalised
// Romance article before a capitalised word opens the name ("Los Angeles
// County …", "El Camino Hospital"); "The" is still dropped (round 46;
// sentences of our own).
func TestRound46RomanceArticleInEnglishNames(t *testing.T) {
	t.Parallel()
	checkVictims(t, newTest(t), []victimCase{
		{"en", "The Los Angeles County Department of Mental Health disclosed a data breach", "", "", "Los Angeles County Department of Mental Health"},
		{"en", "Las Vegas Pediatric Clinic Data Breach: Records Exposed", "Data Breach News", "", "Las Vegas Pediatric Clinic"},
		{"en", "El Camino Hospital hit by ransomware", "El Camino Hospital said a ransomware attack disrupted its systems.", "", "El Camino Hospital"},
	})
}

// TestRound46GerundAndLawsuitWords: a Title Case gerund after "by" opens
// no name, nor is a lawsuit's "Class Action" a victim (round 46; sentences
// of our own).
func TestRound46GerundAndLawsuitWords(t *testing.T) {
	t.Parallel()
	checkVictims(t, newTest(t), []victimCase{
		{"en", "Ransomware Gang Runs Off With $670K by Threatening Lakewood General Hospital With Data Leak",
			"The gang threatened to leak patient data.", "Threatening", ""},
		{"en", "Norwood Genetics Settles Class Action Data Breach Lawsuit for $12 Million",
			"Norwood Genetics agreed to settle the lawsuit over a 2020 breach.", "Class Action", ""},
	})
}
