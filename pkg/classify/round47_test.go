package classify

import (
	"testing"

	"github.com/cit-health/cit/pkg/cit"
)

// TestRound47NotRelatedTo: "não está relacionado a um incidente de
// segurança ou a um ataque cibernético" denies both attacks, as "is not
// related to" does in English, and so does "indipendente dall'attacco
// hacker" (round 47; sentences of our own).
func TestRound47NotRelatedTo(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	checkRule(t, c, ruleDenied, true, []reportCase{
		{"pt", "Apagão informático afeta hospitais",
			"O apagão informático global afetou hospitais, que cancelaram cirurgias. O CEO da empresa afirmou que o problema " +
				"não está relacionado a um incidente de segurança ou a um ataque cibernético, mas a uma atualização defeituosa."},
		{"fr", "Panne informatique à l'hôpital de Lisieux",
			"L'hôpital de Lisieux a dû reporter des consultations mardi. Selon la direction, la panne n'est pas liée à une " +
				"cyberattaque mais à un serveur défaillant."},
		{"it", "Lettere inviate a destinatari sbagliati dall'azienda sanitaria di Rovigo",
			"Migliaia di pazienti hanno ricevuto lettere destinate ad altri. Secondo l'azienda sanitaria si è trattato di un " +
				"errore nell'elaborazione dei dati, indipendente dall'attacco hacker."},
		{"it", "Guasto informatico all'ospedale di Lodi",
			"L'ospedale di Lodi ha rinviato gli esami di martedì. Secondo l'azienda il guasto non è collegato a un attacco " +
				"informatico ma a un server difettoso."},
	})
}

// TestRound47TitleDenies: a title that denies every attack it names
// outweighs the body's account of the claim it denies; a refused ransom
// and a kind denied alone deny no attack (round 47; sentences of our own).
func TestRound47TitleDenies(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	checkRule(t, c, ruleDenied, true, []reportCase{
		{"de", "Impfstoffhersteller Vaxona dementiert Hackerangriff mit Ransomware",
			"Das Unternehmen Vaxona, das an einem Grippeimpfstoff arbeitet, sollte laut einem Zeitungsbericht Opfer einer " +
				"Cyberattacke geworden sein. Die Firma widerspricht, die Zeitung räumt einen Fehler ein."},
		{"en", "Lakeside clinic server glitch delays appointments; officials rule out cyberattack",
			"Lakeside Clinic said a server fault delayed appointments on Monday. The clinic was hit by a ransomware attack " +
				"in 2021, which took weeks to recover from.\n\nIT staff restored the server by the afternoon."},
	})
	for _, tt := range []reportCase{
		{"de", "Physiotherapiezentrum in Hallein zahlt kein Lösegeld",
			"Das Physiotherapiezentrum Hallein hat nach einem Hackerangriff alle Termine neu vergeben müssen. Kriminelle " +
				"hatten die Praxis-Software verschlüsselt und verlangten 40.000 Euro.\n\n„Wir zahlen nicht“, sagt der Leiter."},
		{"en", "Riverside Hospital isolates drives after virus infection, says it is not ransomware",
			"Riverside Hospital isolated several network drives after a computer virus infected its systems, " +
				"its IT director said. The hospital said the malware was not ransomware and no ransom was demanded."},
	} {
		got := c.Classify(cit.Candidate{Lang: tt.lang, Title: tt.title, Text: tt.text})
		if hasRule(got, ruleDenied) || !got.IsHealthCyberattack {
			t.Errorf("%q: %s (%.3f), denied %v: want accepted, not denied", tt.title, got.Verdict, got.Score, hasRule(got, ruleDenied))
		}
	}
}

// TestRound47BackgroundPastFurniture: a notice whose body repeats its
// title and opens with a place and a date names its health organisation
// in the lead's first sentence of prose, not in its background (round 47;
// sentences of our own).
func TestRound47BackgroundPastFurniture(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	notice := "Notice of Data Security Incident\n\nMaple Falls, OR, June 3, 2024\n\n" +
		"We are writing to inform you of a recent incident that may have involved some of your personal information held by " +
		"Maple Falls Family Dentistry. While we are unaware of any misuse of your information, we are providing you with " +
		"information about the incident.\n\nWhat Happened\n\nOn or about March 2, 2024, an unauthorized individual gained " +
		"access to our network. On April 11, 2024, we found that we were the victim of a cyber-attack. The attacker gained " +
		"access to a folder that held patient information.\n\nWhat We Are Doing\n\nWe notified law enforcement and " +
		"strengthened our systems."
	checkRule(t, c, ruleBackground, false, []reportCase{{"en", "Notice of Data Security Incident", notice}})
	checkAccepted(t, c, []reportCase{{"en", "Notice of Data Security Incident", notice}})
}

// TestRound47AttackAsAgent: "X hit by ransomware attack at Y" names its
// victim before the passive verb; "at Y" is where the attack struck
// (round 47; sentences of our own).
func TestRound47AttackAsAgent(t *testing.T) {
	t.Parallel()
	checkVictims(t, newTest(t), []victimCase{
		{"en", "Harbor Home Care Holdings hit by ransomware attack at MSP, 90,000 affected",
			"Harbor Home Care Holdings announced it is addressing a data breach it discovered on May 3. The company runs home " +
				"health agencies in Ohio.",
			"MSP", "Harbor Home Care Holdings"},
	})
}

// TestRound47TitleCaseVerbs: "Accused", "Aimed", "Spills", "Exposed" are a
// Title Case headline's verbs, which end the name before them; an event's
// title that opens with the breach of data names no organisation (round
// 47; sentences of our own).
func TestRound47TitleCaseVerbs(t *testing.T) {
	t.Parallel()
	checkVictims(t, newTest(t), []victimCase{
		{"en", "Bay Mar Community Clinics Accused of Negligence Over Data Breach",
			"A lawsuit says the clinics failed to protect patient data that hackers stole in 2021.", "Accused", "Bay Mar Community Clinics"},
		{"en", "Class-Action Lawsuit Aimed at Lakeside Hospital Over Records Breach",
			"Patients sued the hospital after hackers took their records.", "Over", "Lakeside Hospital"},
		{"en", "Pinecrest Medicine Spills Patient Data", "A misconfigured server left patient files open online.", "Spills", ""},
		{"en", "Lakeside Hospital Records Exposed", "A misconfigured server left patient files open online.", "Exposed", ""},
		{"en", "Breach of Patient Information at Harbor Medical Center",
			"Harbor Medical Center said an intruder reached patient files.", "Breach of", ""},
	})
}

// TestRound47TownAndAPState: a town abroad's name followed by a US state's
// abbreviation in the AP's style ("Berlin, Md.", "Athens, Ga.", "Paris,
// Tenn.") is that US town (round 47, set T1's Atlantic General Hospital;
// sentences of our own).
func TestRound47TownAndAPState(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, text := range []string{
		"Shore General Hospital in Berlin, Md., said a ransomware attack disrupted its systems.",
		"A clinic in Athens, Ga., said a ransomware attack disrupted its systems.",
		"A clinic in Paris, Tenn., said a ransomware attack disrupted its systems.",
	} {
		got := c.Classify(cit.Candidate{Lang: "en", Title: "Hospital hit by ransomware", Text: text})
		if got.Country == nil || *got.Country != "US" {
			country := "none"
			if got.Country != nil {
				country = *got.Country
			}
			t.Errorf("%q: country %s, want US", text, country)
		}
	}
}

// TestRound47KnownInsurerTargets: a known health insurer named beside an
// attack is its victim, as a known provider is; one that only qualifies
// the identifier a scam asks for is not (round 47; sentences of our own).
func TestRound47KnownInsurerTargets(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	checkRule(t, c, ruleHealthVictim, true, []reportCase{
		{"es", "Ante el ataque al PAMI, alertan a los afiliados",
			"El PAMI recientemente fue víctima de un ataque informático con ransomware que cifró archivos de sus agencias."},
		{"en", "Humana says hackers broke into member accounts",
			"Humana said hackers used stolen passwords to break into about 3,000 member accounts on its online portal last month."},
	})
	checkRule(t, c, ruleHealthVictim, false, []reportCase{
		{"en", "PhilHealth warns members of fake texts",
			"The insurer warned members not to answer text messages that lead to a fake website that asks for their " +
				"PhilHealth ID and bank details."},
	})
}

// TestRound47NameBeforeAttackWords: an attack word is no word of the name
// before the next attack word ("Vendor's Ransomware Attack"), a
// subheading's "X’s Data Breach" names X, and "Sued" is a Title Case
// headline's verb (round 47, set T4; sentences of our own).
func TestRound47NameBeforeAttackWords(t *testing.T) {
	t.Parallel()
	checkVictims(t, newTest(t), []victimCase{
		{"en", "Vendor's Ransomware Attack Is Latest Supply Chain Warning",
			"A ransomware attack on a pharmacy software vendor shows how suppliers expose hospitals.", "Ransomware", ""},
		{"en", "Gang steals data of 2 million pharmacy patients",
			"Hackers reached the pharmacy chain's systems in March.\n\nRiverMed’s Data Breach – Money Message\n\n" +
				"RiverMed runs 180 pharmacies.", "Data", ""},
		{"en", "Lakeside Ambulance Service Sued Over Data Breach",
			"Patients sued the ambulance service after hackers stole their records.", "Sued", ""},
	})
}

// TestRound47RansomDemandNoBusiness: a title in which the attackers demand
// millions is no business news; one in which hospitals are protected from
// hackers with millions still is (round 47; sentences of our own).
func TestRound47RansomDemandNoBusiness(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	checkRule(t, c, ruleBusiness, false, []reportCase{
		{"de", "Hacker fordern zwei Millionen Euro",
			"Als die Ärzte der Klinik Nordstadt ihre Computer hochfuhren, sahen sie eine Lösegeldforderung. Hacker hatten " +
				"Patientendaten verschlüsselt und fordern zwei Millionen Euro in Bitcoin."},
	})
	checkRule(t, c, ruleBusiness, true, []reportCase{
		{"it", "Ospedali più protetti dagli hacker: la Regione ottiene 12 milioni dal Pnrr",
			"La Regione ha ottenuto 12 milioni di euro per la sicurezza informatica degli ospedali contro gli attacchi hacker."},
	})
}

// TestRound47MarketAndBudgets: a market's growth and hospitals' IT budgets
// are business news, not an incident (round 47; sentences of our own).
func TestRound47MarketAndBudgets(t *testing.T) {
	t.Parallel()
	checkRule(t, newTest(t), ruleBusiness, true, []reportCase{
		{"en", "Hospital security market expanding rapidly",
			"The hospital cybersecurity market is forecast to grow quickly as ransomware attacks on hospitals rise and " +
				"regulators demand more controls."},
		{"en", "Clinic IT budgets: cybersecurity, AI",
			"Clinic boards want to invest in cybersecurity after a year of data breaches at health systems, a consultant said."},
	})
}

// TestRound47SectorTitle: a title about a sector ("el sector salud", "la
// zorgsector") tells no one organisation's attack; one that names its
// victim still does (round 47; sentences of our own).
func TestRound47SectorTitle(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	checkRule(t, c, ruleCommentary, true, []reportCase{
		{"es", "El sector salud concentra incidentes críticos por ransomware",
			"Los hospitales sufrieron los incidentes más críticos por ransomware y robo de datos el año pasado, según un informe."},
		{"nl", "Zorgsector goed voor één op de vijf ransomware-incidenten",
			"Ziekenhuizen en zorginstellingen werden vorig jaar vaak getroffen door ransomware, meldt het centrum."},
	})
	checkRule(t, c, ruleCommentary, false, []reportCase{
		{"es", "Ciberataque al Hospital de Valdecilla paraliza el sector sanitario cántabro",
			"El Hospital de Valdecilla sufrió un ciberataque de ransomware que obligó a suspender consultas."},
	})
}

// TestRound47WhatToDoTitle: "cosa devono fare gli ospedali", "que faire",
// "what to do" open a guide, as "how to" does, unless the head before the
// colon tells of one attack (round 47; sentences of our own).
func TestRound47WhatToDoTitle(t *testing.T) {
	t.Parallel()
	checkRule(t, newTest(t), ruleAdvice, true, []reportCase{
		{"it", "Data breach in sanità: cosa devono fare gli ospedali",
			"Le minacce informatiche colpiscono i sistemi sanitari. Ecco in che modo gli ospedali possono tutelarsi da un data breach."},
		{"fr", "Fuite de données de santé : que faire si vos données ont fuité ?",
			"Après une cyberattaque contre un hôpital, les patients peuvent changer leurs mots de passe et surveiller leurs comptes."},
	})
}
