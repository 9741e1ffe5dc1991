package classify

import (
	"testing"

	"github.com/cit-health/cit/pkg/cit"
)

// TestRound45ContractedDenial: "wasn't", "isn't" and "didn't" deny the
// attack word they govern, as "was not" does (round 45; sentences of our
// own).
func TestRound45ContractedDenial(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	checkRule(t, c, ruleDenied, true, []reportCase{
		{"en", "Hospital network restores its systems",
			"The outage at Lakeshore General Hospital on Monday wasn't the result of a cyber attack, the hospital said.\n\n" +
				"Systems were back by the evening."},
		{"en", "Clinic outage explained", "The clinic's outage isn't a ransomware attack, its director said.\n\nPhones work again."},
	})
}

// TestRound45PlaceHealthService: a country's or a state's health service
// or system is one organisation: "Ireland's health service", "New Zealand
// health service" (round 45; sentences of our own).
func TestRound45PlaceHealthService(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	checkAccepted(t, c, []reportCase{
		{"en", "Ireland's health service hit by major ransomware attack", ""},
	})
	checkRule(t, c, ruleHealthVictim, true, []reportCase{
		{"en", "New Zealand health service hit by cyber attack",
			"A cyber attack hit part of New Zealand's health service this week.\n\nThe attack brought down the network " +
				"of the Waikato District Health Board on Tuesday. Officials are checking whether patient records had been lost."},
	})
	checkRule(t, c, ruleHealthVictim, false, []reportCase{
		{"en", "Health service workers hit by ransomware scam", "Health service workers in many countries got the same scam email."},
	})
}

// TestRound45OneOfKind: an organisation described as "one of the largest
// clinic networks" is one organisation, not its sector (round 45; sentences
// of our own).
func TestRound45OneOfKind(t *testing.T) {
	t.Parallel()
	checkRule(t, newTest(t), ruleHealthVictim, true, []reportCase{
		{"en", "Harbor Fertility targeted in ransomware attack, patient data stolen",
			"Harbor Fertility, which is one of the largest fertility clinic networks in the US, has revealed that it was hit " +
				"by a ransomware attack in which the names and private health data of patients were taken."},
	})
}

// TestRound45SuppliersClientsAndScreens: a firm serving a hundred nursing
// homes is their supplier, not the sector; a laptop that displays a ransom
// message in a photo's caption is no lost device (round 45; sentences of
// our own).
func TestRound45SuppliersClientsAndScreens(t *testing.T) {
	t.Parallel()
	checkAccepted(t, newTest(t), []reportCase{
		{"en", "Ransomware infects firm serving more than 100 nursing homes",
			"A laptop displays a message June 27, 2017, after being infected by a ransomware as part of a worldwide " +
				"cyberattack. Lakeview Care IT, a Milwaukee company that provides technology services to more than 100 " +
				"nursing homes nationwide, has informed its clients that it is the victim of a ransomware attack."},
	})
}

// TestRound45RulesAndRisks: an incident disclosed under new rules is still
// an incident; the risks of a kind of attack are commentary (round 45;
// sentences of our own).
func TestRound45RulesAndRisks(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	checkRule(t, c, ruleCommentary, false, []reportCase{
		{"en", "Dental supplier working to resolve cybersecurity incident under new rules",
			"Dental supply company Harwick Schein said in a filing that part of its distribution business experienced a " +
				"cybersecurity incident and that it took systems offline."},
	})
	checkRule(t, c, ruleCommentary, true, []reportCase{
		{"en", "Hospitals told to drop pirated software under new rules",
			"The health ministry asked all hospitals to appoint a security officer and keep offline backups of patient data."},
		{"fr", "Les risques du piratage des mutuelles : ce que vous devez savoir",
			"Le piratage des mutuelles désigne l'accès illégal aux données des assurés, souvent stockées par des opérateurs tiers."},
	})
}

// TestRound45GermanDenialAfterVerb: "Ein Hacker-Angriff steckt nicht
// hinter den Problemen" denies the attack (round 45; sentences of our own).
func TestRound45GermanDenialAfterVerb(t *testing.T) {
	t.Parallel()
	checkRule(t, newTest(t), ruleDenied, true, []reportCase{
		{"de", "IT-Störung im Klinikum Nordstadt",
			"Ein Hardware-Schaden hat den Betrieb des Klinikums Nordstadt eingeschränkt. Ein Hacker-Angriff steckt nicht " +
				"hinter den Problemen, sagte eine Sprecherin."},
	})
}

// TestRound45NegatedAdjectiveAndKinds: "kein unvorhergesehener
// Hackerangriff" denies its attack; "Cyberattacken auf Krankenhäuser"
// names hospitals as a kind, not a victim; "ASL1" is a local health body
// (round 45; sentences of our own).
func TestRound45NegatedAdjectiveAndKinds(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	checkRule(t, c, ruleHealthVictim, false, []reportCase{
		{"de", "Patientenakten im Altpapier einer Arztpraxis",
			"Es war kein unvorhergesehener Hackerangriff, sondern eine unprofessionelle Entsorgung: Patientenakten einer " +
				"Arztpraxis lagen im Altpapier."},
		{"de", "Cyberattacken auf Krankenhäuser: ein Gesundheitswesen in Gefahr",
			"Wie gut sind die Kliniken auf einen solchen Fall vorbereitet?"},
	})
	checkAccepted(t, c, []reportCase{
		{"it", "ASL3 Marche, l'attacco ransomware e i dati online",
			"Nella notte del 3 maggio un gruppo hacker è riuscito a entrare nei sistemi informatici dell'ASL3 Marche, " +
				"rubando 500 GB di dati poi pubblicati nel dark web."},
	})
}

// TestRound45VictimForms: a German subordinate clause's conjunction and
// article, a place's adjective before a kind of company, a system's word, a
// Title Case headline's verb and a count of hospitals are no part of the
// victim's name (round 45; sentences of our own).
func TestRound45VictimForms(t *testing.T) {
	t.Parallel()
	checkVictims(t, newTest(t), []victimCase{
		{"de", "Harlow: Nach auffälligen Aktivitäten Eintrag auf Leaksite entdeckt",
			"Nachdem das Pharmaunternehmen Harlow Plasma auffällige Netzwerkaktivitäten festgestellt hat, ist ein Hinweis " +
				"auf gestohlene Daten im Darknet aufgetaucht.", "Nachdem", "Harlow Plasma"},
		{"de", "Cyberangriff auf IT-Systeme von Aarauer Pharmazulieferer Brenzlin",
			"Der Aarauer Pharmazulieferer Brenzlin ist am Wochenende Opfer eines Cyberangriffs geworden.", "Aarauer", ""},
		{"de", "Brenzlin wird Opfer von Hackerangriff",
			"Das Unternehmen habe umgehend Massnahmen eingeleitet. Der Angriff mit Schadsoftware auf das Informatiksystem " +
				"von Brenzlin sei in der Nacht erfolgt.", "Informatiksystem", ""},
		{"en", "Lakeshore Health Experiences Phishing Attack",
			"On January 9, 2024, Lakeshore Health identified a phishing attack against its employees.", "", "Lakeshore Health"},
		{"nl", "Datalek AZ Rivierenland", "Het AZ Rivierenland heeft te maken gehad met een cyberincident.", "Datalek", "AZ Rivierenland"},
		{"en", "Hackers Seek Ransom From Two More Ohio Hospitals",
			"Hackers have demanded a ransom from two more Ohio hospitals, according to a report.", "Two More", ""},
	})
}

// TestRound45HealthGroup: a health group is a health organisation: "a
// cyber attack on the country's largest health group" names its victim
// (round 45; sentences of our own).
func TestRound45HealthGroup(t *testing.T) {
	t.Parallel()
	checkRule(t, newTest(t), ruleHealthVictim, true, []reportCase{
		{"en", "Cyber attack on island health database steals details of 1.2m",
			"A major cyber attack on the island's largest health group leaked the personal and healthcare information of " +
				"1.2 million people.\n\nThe data leak hit around a fifth of the population."},
	})
}

// TestRound45OrdinalsAndPossessives: an ordinal opens a name ("21st
// Century Oncology"); the possessive of a name ending in its kind, or of a
// one-word name, is no part of it (round 45; sentences of our own).
func TestRound45OrdinalsAndPossessives(t *testing.T) {
	t.Parallel()
	checkVictims(t, newTest(t), []victimCase{
		{"en", "22nd Century Radiology Notifies Patients of Data Security Incident",
			"22nd Century Radiology said a hacker accessed a database holding the records of 1.1 million patients.", "", "22nd Century Radiology"},
		{"en", "Lakeside Health System Reports Massive Data Breach",
			"Hackers broke into Lakeside Health System's computer network and may have accessed data on 4.5 million patients.",
			"", "Lakeside Health System"},
		{"en", "Health center pays $70,000 ransom for patient records",
			"Hackers encrypted Lake DuPont’s patient records, the community health center said.", "", "Lake DuPont"},
		{"en", "Major German IT provider hit by cyberattack",
			"Hackers stole data from Brenzlick's servers, the health insurers' IT provider said.", "", "Brenzlick"},
	})
}

// TestRound45DisbeliefThreatsAndTendencies: "do not believe the outage was
// a result of … a cyberattack" denies the attack; hospitals under threat
// of hackers are the sector; where breaches mostly happen is a trend
// (round 45; sentences of our own).
func TestRound45DisbeliefThreatsAndTendencies(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	checkRule(t, c, ruleDenied, true, []reportCase{
		{"en", "Network outage causes patient diversion at Lakeside hospitals",
			"Lakeside Health hospitals diverted ambulances during a three-hour network outage on Wednesday.\n\n" +
				"Officials said they do not believe the outage was a result of anything malicious or a cyberattack."},
	})
	checkRule(t, c, ruleHealthVictim, false, []reportCase{
		{"en", "Ruritania: Hospitals Under Major Threat of Hackers",
			"Cybercriminals have taken advantage of the pandemic, with the health sector a soft target."},
	})
	checkRule(t, c, ruleTrend, true, []reportCase{
		{"nl", "Datalekken vooral in de zorg",
			"De zorg is de sector met de meeste cyberaanvallen, staat in de jaarlijkse rapportage van de toezichthouder."},
	})
}

// TestRound45FrenchPractices: dental and medical practices in the plural
// are health organisations in French too (round 45; sentences of our own).
func TestRound45FrenchPractices(t *testing.T) {
	t.Parallel()
	checkRule(t, newTest(t), ruleHealthVictim, true, []reportCase{
		{"fr", "Victimes d’une attaque informatique, des cabinets dentaires ont dû payer une rançon",
			"Une dizaine de cabinets de la région ont vu leurs fichiers chiffrés."},
	})
}

// TestRound45AttackersOriginAndNameParts: a country the ransomware came
// from is the attacker's, in Spanish too; a headline's people and a
// hyphenated kind of company are no part of the victim's name (round 45;
// sentences of our own).
func TestRound45AttackersOriginAndNameParts(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	got := c.Classify(cit.Candidate{Lang: "es", Title: "Ciberataque paraliza al Instituto de Salud de Aravia",
		Text: "El ataque fue identificado como un ransomware originado desde el Reino Unido, lo que obligó al cierre de servidores del Instituto."})
	if got.Country != nil && *got.Country == "GB" {
		t.Errorf("country %q: the attack's origin read as the victim's", *got.Country)
	}
	checkVictims(t, c, []victimCase{
		{"en", "5,000 Lakecare Service Patients Affected by Phishing Attack",
			"A phishing attack on a mental health services provider in Texas has exposed the data of 5,000 patients.", "Patients", ""},
		{"de", "Nach Cyberangriff: Geschäftskontinuität aufrechterhalten",
			"Der Pharma-Wirkstoffforscher Brenzotec ist Opfer eines Cyberangriffs geworden.", "Wirkstoffforscher", ""},
	})
}

// TestRound45TalliesAndSurges: a year's count of people hit by breaches
// and attacks that explode in a sector are no incident (round 45;
// sentences of our own).
func TestRound45TalliesAndSurges(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	checkRule(t, c, ruleCommentary, true, []reportCase{
		{"en", "30 Million Americans Affected by Health Data Breaches in 2021",
			"Thirty million Americans were affected by health data breaches in 2021, up from 14 million in 2020."},
	})
	checkRule(t, c, ruleTrend, true, []reportCase{
		{"pt", "Ataques cibernéticos explodem no setor de saúde: como hospitais viraram alvo fácil",
			"Os ataques ao setor de saúde cresceram no primeiro semestre, segundo especialistas."},
	})
}

// TestRound45BewareTitles: a title that tells readers to beware warns of
// scams in an insurer's name; it reports no attack on the insurer (round
// 45; sentences of our own).
func TestRound45BewareTitles(t *testing.T) {
	t.Parallel()
	checkRule(t, newTest(t), ruleHealthVictim, false, []reportCase{
		{"de", "Vorsicht bei neuer Versichertenkarte von der Krankenkasse: Betrugsversuche mit Phishing-Mails",
			"Vorsicht vor Phishing im Namen der Krankenkasse. Betrüger verschicken gefälschte Mails an Versicherte."},
	})
}

// TestRound45ModalVictims: "peut se retrouver victime" tells of what may
// happen, in the other languages as "can" does in English; what an
// attack's consequences may take ("kan nog weken duren") stays the
// report's (round 45; sentences of our own).
func TestRound45ModalVictims(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	checkRule(t, c, ruleHealthVictim, false, []reportCase{
		{"fr", "Une menace bien réelle pour les centres dentaires",
			"Comme n'importe quelle entreprise, un cabinet dentaire peut lui aussi se retrouver victime d'une attaque informatique."},
	})
	checkRule(t, c, ruleHealthVictim, true, []reportCase{
		{"nl", "Kinderziekenhuis worstelt met gevolgen van aanval",
			"Het grootste kinderziekenhuis van Ruritanië worstelt al dagen met de gevolgen van een ransomware-aanval en verwacht " +
				"dat het nog weken kan duren voordat alle systemen weer online komen."},
	})
}

// TestRound45LandscapesAndReadersAdvice: a threat landscape is commentary;
// a plan "to have before you need it" advises its reader (round 45;
// sentences of our own).
func TestRound45LandscapesAndReadersAdvice(t *testing.T) {
	t.Parallel()
	checkRule(t, newTest(t), ruleHealthVictim, false, []reportCase{
		{"en", "Part 2: The Evolving Ransomware Threat Landscape",
			"The behavioral health sector faces an escalating threat from ransomware attacks. In 2023 Lakeview Behavioral " +
				"Health Services was hit by ransomware and patient data was stolen."},
		{"en", "Ransomware Recovery for Assisted Living: The Plan to Have Before You Need It",
			"Most assisted living operators think about ransomware as a prevention problem."},
	})
}
