package classify

import (
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cit-health/cit/pkg/cit"
	"github.com/cit-health/cit/pkg/classify/text"
)

// newsCase is a news headline with its lead, as an RSS collector delivers
// it, and what the classifier must decide.
type newsCase struct {
	lang, title, lead string
	verdict           string // accept or reject
	victim            string // "" = not checked
}

// newsHeadlines are written in the style of the health and security press
// of each language: a health organisation named as the victim of an
// unambiguous cyberattack (accept), and the hard negatives the tracker must
// not count (reject): biological viruses, lost or stolen devices, misdirected
// mail, insider snooping, cyberattacks on organisations outside health.
var newsHeadlines = []newsCase{
	// English: health victims.
	{"en", "Ransomware attack forces Ascension hospitals to divert ambulances", "Ascension, one of the largest private health systems in the US, said a cyberattack disrupted clinical operations across several states.", "accept", "Ascension"},
	{"en", "LockBit claimed the attack on Capital Health, a New Jersey hospital system", "The ransomware gang said it stole seven terabytes of data and threatened to publish it.", "accept", "Capital Health"},
	{"en", "Change Healthcare cyberattack disrupts pharmacies across the US", "UnitedHealth Group said a suspected nation-state hacker gained access to the network of its Change Healthcare unit.", "accept", "Change Healthcare"},
	{"en", "HCA Healthcare says hackers stole data of 11 million patients", "The hospital operator said the stolen information included names, addresses and appointment dates.", "accept", "HCA Healthcare"},
	{"en", "Lurie Children's Hospital takes systems offline after cyberattack", "The Chicago hospital said email, phones and its electronic health records were down while it investigates.", "accept", "Lurie Children's Hospital"},
	{"en", "Cyberattack on pathology provider Synnovis disrupts London hospitals", "Blood transfusions and operations were cancelled at King's College Hospital and Guy's and St Thomas' after the Qilin ransomware attack.", "accept", "Synnovis"},
	{"en", "Rhysida ransomware gang claims attack on Prospect Medical Holdings", "The group says it stole 500,000 Social Security numbers from the hospital operator and put the data up for auction.", "accept", "Prospect Medical Holdings"},
	{"en", "Pharmaceutical giant Merck hit by NotPetya malware", "Production of vaccines was disrupted after the malware spread through the drugmaker's network.", "accept", "Merck"},
	{"en", "Anthem says hackers breached database holding records of 78.8 million members", "The health insurer said attackers accessed names, birthdays and Social Security numbers.", "accept", "Anthem"},
	{"en", "Brno University Hospital hit by cyberattack amid coronavirus outbreak", "The Czech hospital, one of the country's biggest COVID-19 testing centres, shut down its computer network and postponed surgeries.", "accept", "Brno University Hospital"},
	{"en", "NHS Dumfries and Galloway says hackers published patient data", "The health board said a ransomware group had released a large volume of stolen patient information.", "accept", "NHS Dumfries and Galloway"},
	{"en", "Dental software vendor hit by ransomware, locking hundreds of dentist offices out of patient records", "The attackers encrypted the cloud backup service used by practices across Wisconsin.", "accept", ""},
	{"en", "Killnet DDoS attacks knock US hospital websites offline", "The pro-Russian group flooded the websites of more than a dozen hospitals with traffic.", "accept", ""},
	{"en", "Hackers leak patient photos stolen from plastic surgery clinic", "The cybercriminals demanded a ransom from the clinic and then posted the images on a leak site.", "accept", ""},
	{"en", "Kaiser Permanente notifies members after phishing attack on employee email accounts", "The health plan said an unauthorized party gained access to employee email accounts through a phishing attack.", "accept", "Kaiser Permanente"},
	{"en", "Drug distributor Cencora discloses cyberattack, data stolen", "The pharmaceutical wholesaler said data was exfiltrated from its systems by hackers.", "accept", "Cencora"},
	// English: hard negatives.
	{"en", "Flu virus outbreak fills hospitals across the country", "Emergency departments report record waiting times as the influenza season peaks.", "reject", ""},
	{"en", "New virus strain spreads through hospital wards in Ohio", "Health officials say the infection has sickened 40 patients.", "reject", ""},
	{"en", "Laptop with patient data stolen from nurse's car", "The hospital said the unencrypted laptop held names and diagnoses of 3,000 patients.", "reject", ""},
	{"en", "Hospital mailed letters with patient information to the wrong addresses", "A printing error meant 1,200 patients received another patient's test results.", "reject", ""},
	{"en", "Nurse fired for snooping on celebrity's medical records", "The hospital said the employee accessed the records without a work reason.", "reject", ""},
	{"en", "Ransomware attack hits Dallas city government systems", "Police and fire dispatch systems were affected, the city said.", "reject", ""},
	{"en", "Hackers steal customer data from retailer in massive breach", "Payment card numbers of 40 million shoppers were taken from the chain's point-of-sale systems.", "reject", ""},
	{"en", "Hospital agrees to pay $4.8 million HIPAA settlement over lost laptops", "Regulators said the hospital failed to encrypt portable devices.", "reject", ""},
	// French.
	{"fr", "Attaque informatique : l'hôpital de Corbeil-Essonnes paralysé", "Les pirates réclament une rançon de 10 millions de dollars ; les urgences fonctionnent en mode dégradé.", "accept", "hôpital de Corbeil-Essonnes"},
	{"fr", "Cyberattaque contre le CHU de Rennes : les données de patients dérobées", "Les pirates informatiques ont exfiltré des fichiers, selon la direction de l'établissement.", "accept", "CHU de Rennes"},
	{"fr", "Le centre hospitalier d'Armentières victime d'une cyberattaque par rançongiciel", "Les urgences ont été fermées et les patients transférés vers d'autres hôpitaux.", "accept", "centre hospitalier d'Armentières"},
	{"fr", "Rançongiciel : la clinique de l'Anjou ciblée par des hackers", "Les opérations non urgentes ont été reportées.", "accept", ""},
	{"fr", "Des pirates informatiques volent les données de 750 000 patients d'un éditeur de logiciel médical", "La fuite concerne des cabinets médicaux dans toute la France.", "accept", ""},
	{"fr", "Grippe : l'épidémie continue de progresser dans les hôpitaux", "Santé publique France signale une hausse des passages aux urgences.", "reject", ""},
	{"fr", "Cyberattaque contre la mairie de Lille : les services municipaux perturbés", "Les pirates informatiques ont chiffré les serveurs de la ville.", "reject", ""},
	{"fr", "Un ordinateur portable contenant des données de patients volé dans une clinique de Lyon", "Le vol a eu lieu dans la voiture d'un médecin.", "reject", ""},
	// German.
	{"de", "Cyberangriff auf Uniklinik Düsseldorf: Notaufnahme abgemeldet", "Nach dem Hackerangriff wurden Rettungswagen in andere Krankenhäuser umgeleitet.", "accept", "Uniklinik Düsseldorf"},
	{"de", "Hackerangriff legt Krankenhaus in Bayern lahm", "Operationen mussten verschoben werden, die Klinik arbeitet wieder mit Papier.", "accept", ""},
	{"de", "Ransomware-Angriff auf das Klinikum Fürth: Patienten verlegt", "Die Erpresser verschlüsselten die Server des Krankenhauses.", "accept", "Klinikum Fürth"},
	{"de", "Hacker erbeuten Patientendaten bei Arztpraxis-Dienstleister", "Die Angreifer veröffentlichten die gestohlenen Daten im Darknet.", "accept", ""},
	{"de", "Krankenhausverbund in Ostwestfalen Opfer eines Cyberangriffs", "Die IT-Systeme der drei Kliniken wurden vorsorglich heruntergefahren.", "accept", ""},
	{"de", "Grippewelle: Krankenhäuser in Berlin am Limit", "Viele Kliniken melden volle Stationen.", "reject", ""},
	{"de", "Cyberangriff auf Stadtverwaltung Potsdam: Bürgerservice eingeschränkt", "Die Stadt hat ihre Server vom Netz genommen.", "reject", ""},
	{"de", "Laptop mit Patientendaten aus Auto gestohlen", "Der Rechner eines Arztes wurde aus seinem Wagen entwendet.", "reject", ""},
	{"de", "Laptop mit Patientendaten aus dem Auto eines Arztes gestohlen", "Das Gerät war nicht verschlüsselt.", "reject", ""},
	// Spanish.
	{"es", "Ciberataque al Hospital Clínic de Barcelona", "El ataque de ransomware obligó a suspender consultas y operaciones.", "accept", "Hospital Clínic de Barcelona"},
	{"es", "Un ataque de ransomware paraliza el Hospital Universitario de Torrejón", "Los hackers piden un rescate para liberar los sistemas.", "accept", "Hospital Universitario de Torrejón"},
	{"es", "El Servicio de Salud de Castilla-La Mancha sufre un ciberataque", "Los sistemas informáticos de los centros de salud quedaron bloqueados.", "accept", "Servicio de Salud de Castilla-La Mancha"},
	{"es", "Hackers roban los datos de miles de pacientes de una clínica dental", "Los ciberdelincuentes publicaron los historiales en la dark web.", "accept", ""},
	{"es", "Ataque informático contra el laboratorio farmacéutico Grifols", "La compañía investiga un acceso no autorizado a sus servidores.", "accept", "Grifols"},
	{"es", "Un virus respiratorio satura los hospitales de Madrid", "Las urgencias registran esperas de más de diez horas.", "reject", ""},
	{"es", "Ciberataque al Ayuntamiento de Sevilla: servicios municipales bloqueados", "Los piratas informáticos cifraron los servidores municipales.", "reject", ""},
	{"es", "Roban un ordenador portátil con datos de pacientes en un centro de salud de Valencia", "El robo se produjo durante la noche.", "reject", ""},
	{"es", "Roban el portátil de un médico con datos de pacientes", "El ordenador no estaba cifrado.", "reject", ""},
	// Italian.
	{"it", "Attacco hacker all'ASL 1 Abruzzo", "I criminali hanno pubblicato sul dark web i dati sanitari dei pazienti.", "accept", "ASL 1 Abruzzo"},
	{"it", "Attacco informatico all'ospedale San Giovanni di Roma", "Il pronto soccorso lavora con carta e penna.", "accept", "ospedale San Giovanni di Roma"},
	{"it", "Ransomware colpisce l'Azienda ospedaliera di Padova", "Il gruppo ha chiesto un riscatto; rinviati gli interventi programmati.", "accept", "Azienda ospedaliera di Padova"},
	{"it", "Attacco hacker contro il Policlinico di Milano, rubati i dati dei pazienti", "I file sono stati pubblicati sul sito della gang.", "accept", "Policlinico di Milano"},
	{"it", "L'ospedale Niguarda vittima di un attacco ransomware", "Sistemi informatici bloccati per tre giorni.", "accept", ""},
	{"it", "Epidemia di influenza: ospedali di Milano sotto pressione", "Pronto soccorso affollati in tutta la Lombardia.", "reject", ""},
	{"it", "Attacco hacker al Comune di Palermo: servizi bloccati", "Gli uffici comunali lavorano senza computer.", "reject", ""},
	{"it", "Rubato un computer portatile con i dati dei pazienti all'ospedale di Torino", "Il furto è avvenuto in un reparto.", "reject", ""},
	// Portuguese.
	{"pt", "Hospital Garcia de Orta alvo de ataque informático", "Os piratas informáticos exigem um resgate; as consultas foram adiadas.", "accept", "Hospital Garcia de Orta"},
	{"pt", "Ciberataque ao Centro Hospitalar Barreiro Montijo", "O hospital voltou ao papel depois do ataque de ransomware.", "accept", "Centro Hospitalar Barreiro Montijo"},
	{"pt", "Ataque de ransomware afeta sistemas do Hospital Sírio-Libanês", "Os hackers tiveram acesso a dados de pacientes.", "accept", ""},
	{"pt", "Hackers roubam dados de pacientes do laboratório Fleury", "O grupo exige resgate para não divulgar as informações.", "accept", ""},
	{"pt", "Ataque hacker ao Ministério da Saúde tira do ar o ConecteSUS", "Os dados de vacinação ficaram indisponíveis.", "accept", "Ministério da Saúde"},
	{"pt", "Surto de gripe enche hospitais no Porto", "As urgências registam tempos de espera elevados.", "reject", ""},
	{"pt", "Ataque informático à Câmara Municipal de Lisboa", "Os serviços municipais estão indisponíveis.", "reject", ""},
	{"pt", "Computador portátil com dados de doentes furtado no Hospital de Santa Maria", "O furto ocorreu durante a noite.", "reject", ""},
	// Dutch.
	{"nl", "Ziekenhuis in Rotterdam getroffen door cyberaanval", "Patiëntgegevens zijn mogelijk gestolen door de hackers.", "accept", ""},
	{"nl", "Cyberaanval op Maasstad Ziekenhuis: patiëntgegevens gestolen", "De hackers eisen losgeld.", "accept", "Maasstad Ziekenhuis"},
	{"nl", "Hackers leggen systemen van ziekenhuis plat met gijzelsoftware", "Operaties werden uitgesteld.", "accept", ""},
	{"nl", "Laboratorium Clinical Diagnostics getroffen door ransomware", "Gegevens van honderdduizenden patiënten zijn gestolen.", "accept", "Laboratorium Clinical Diagnostics"},
	{"nl", "DDoS-aanval legt website van UMC Utrecht plat", "Patiënten konden tijdelijk niet inloggen.", "accept", "UMC Utrecht"},
	{"nl", "Griepgolf: ziekenhuizen in Utrecht overvol", "Het RIVM meldt een stijging van het aantal besmettingen.", "reject", ""},
	{"nl", "Cyberaanval op gemeente Hof van Twente", "Hackers versleutelden de systemen van de gemeente.", "reject", ""},
	{"nl", "Ziekenhuis stuurde per ongeluk brieven met patiëntgegevens naar verkeerde adressen", "Het gaat om 300 patiënten.", "reject", ""},
	// round 21: customers' accounts taken over, patients before a name, Scandinavian and Swiss hospitals
	{"en", "DDoS attack against Inselspital", "NoName057(16) claimed a DDoS attack on the website of the Inselspital in Bern.", "accept", ""},
	{"en", "Karolinska website targeted by DDoS", "The website of Karolinska Universitetssjukhuset in Stockholm was taken offline by a DDoS attack.", "accept", ""},
	{"nl", "Criminelen kapen accounts van klanten van zorgverzekeraar Menzis", "Zij gebruikten inloggegevens die bij eerdere datalekken waren buitgemaakt.", "accept", ""},
	{"nl", "Patiënten Streekziekenhuis Oost-Veluwe krijgen brief na datalek via phishing", "Hackers kregen via een phishingmail toegang tot mailboxen van het ziekenhuis.", "accept", "Streekziekenhuis Oost-Veluwe"},
}

// TestDeniedAttacksAndLuresAreNotCounted: an outage whose cause is denied
// ("officials rule out hacking", "no question of any cyberattack", "Não
// houve qualquer invasão ou ataque hacker") and a lure in an organisation's
// name are no attack on it (an analyst may still review them).
func TestDeniedAttacksAndLuresAreNotCounted(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tt := range []struct{ lang, title, lead string }{
		{"en", "Power failure shuts down hospital servers; officials rule out hacking", "The backup generator failed to start."},
		{"en", "Hospital registration down for six hours", "\"There is no question of any cyberattack. It was a technical fault,\" the superintendent said."},
		{"pt", "Apagão deixa sistema de hospital em Manaus fora do ar", "\"Não houve qualquer invasão ou ataque hacker\", afirmou a direção."},
		{"en", "Police warn of scam texts claiming to be from the HSE", "The messages ask people to pay a fee for a medical card renewal."},
		{"en", "Power cut forces Gloucestershire Royal to divert ambulances", "IT systems went down for hours. The trust said there was no suggestion of a cyber attack."},
		{"nl", "Cyberbeveiligingswet: ook ziekenhuizen en huisartsenposten moeten incidenten melden", "Ziekenhuizen moeten ernstige cyberincidenten binnen 24 uur melden."},
		// round 22: a blackout whose cause "nothing points to", plans and funds for hospitals' defences, a tally
		{"pt", "Hospitais resistiram ao apagão com geradores", "A REN afirmou que, nesta fase, nada indica que se trate de um ciberataque."},
		{"es", "Sanidad e Incibe lanzan un plan de ciberseguridad para hospitales con 20 millones de los fondos europeos",
			"El plan quiere proteger los hospitales públicos frente a ataques informáticos."},
		{"en", "Government sets out plan to make NHS resilient to cyber attacks by 2030",
			"The strategy commits to building a specialist NHS cyber workforce."},
		{"fr", "Cybersécurité des hôpitaux : le gouvernement lance un plan à 750 millions d'euros",
			"Objectif : permettre aux hôpitaux de renforcer leurs sauvegardes et de mieux détecter les intrusions."},
	} {
		if got := c.Classify(cit.Candidate{Lang: tt.lang, Title: tt.title, Text: tt.lead}); got.IsHealthCyberattack {
			t.Errorf("%q: accepted (score %.3f), reasons %+v", tt.title, got.Score, got.Reasons)
		}
	}
}

// TestRound22Readings: a thief who logged into a health plan's webmail with
// a stolen laptop's saved credentials is an intruder; patients told to
// bring paper records is no loss of papers; a practice-management system
// alone is no health organisation (a veterinary chain's), nor employees'
// health insurance data (a school district's); an actor's record before
// the incident told ("has claimed attacks on hospitals") names no victim of
// it; "Ambulancezorg Limburg-Noord" is a health organisation.
func TestRound22Readings(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tt := range []struct {
		title, text string
		want        bool
	}{
		{"Mohawk Valley Health Plan", "The covered entity (CE), Mohawk Valley Health Plan, reported that a workforce member's laptop was stolen from her vehicle and that the thief subsequently used network credentials saved on the laptop to log into the CE's web-based email system. The email account contained member names, member identification numbers, dates of birth, and claims information. The CE disabled the account, reset all passwords, and provided breach notification to HHS, affected individuals, and the media. Following the breach, the CE encrypted all laptops, prohibited the storage of passwords on devices, and implemented two-factor authentication for webmail. OCR provided technical assistance to the CE.", true},
		{"Hive ransomware forces Costa Rica's social security fund to shut down systems", "Costa Rica's public health agency, the Costa Rican Social Security Fund (CCSS), has shut down all of its computer systems after being hit by a Hive ransomware attack. Patients were told to bring paper records to appointments.", true},
		{"Tucson Unified says ransomware attack exposed employees' health insurance information", "Tucson Unified School District says a ransomware attack in January exposed personal information of employees, including health insurance enrollment information.", false},
		// second stage: an actor's record before the incident told; a Dutch ambulance service
		{"Vice Society ransomware (September 2022)", "Vice Society is a ransomware and extortion group that emerged in 2021 and concentrated on schools, universities and hospitals, including Eskenazi Health in Indianapolis. On Labour Day weekend 2022, Vice Society attacked the Los Angeles Unified School District (LAUSD), the second-largest school district in the United States, serving more than 600,000 students. Email, computer systems and applications were disrupted. Superintendent Alberto Carvalho refused to pay the ransom, saying that 'dollars paid to criminal entities' would not go to students. In October 2022 the group published 500 GB of stolen files, which included students' health records, psychological assessments, passport details and social security numbers. The FBI, CISA and the White House were involved in the response, and CISA issued an advisory on Vice Society's tactics.", false},
		{"Ambulancezorg Limburg-Noord getroffen door gijzelsoftware; meldkamer werkt gewoon", "Ambulancezorg Limburg-Noord is getroffen door een aanval met gijzelsoftware. De roostersystemen, de ritadministratie en de interne mail liggen plat. De meldkamer en de ambulances zelf draaien op aparte systemen en zijn niet geraakt, zodat de spoedzorg gewoon doorgaat, aldus de organisatie.", true},
	} {
		if got := c.Classify(cit.Candidate{Title: tt.title, Text: tt.text}); got.IsHealthCyberattack != tt.want {
			t.Errorf("%q: accepted %v (score %.3f), want %v; reasons %+v", tt.title, got.IsHealthCyberattack, got.Score, tt.want, got.Reasons)
		}
	}
}

func TestNewsHeadlines(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	perLang := map[string][2]int{}
	for _, tt := range newsHeadlines {
		n := perLang[tt.lang]
		if tt.verdict == cit.VerdictAccept {
			n[0]++
		} else {
			n[1]++
		}
		perLang[tt.lang] = n
		t.Run(tt.lang+"/"+tt.title[:min(len(tt.title), 40)], func(t *testing.T) {
			got := c.Classify(cit.Candidate{Title: tt.title, Text: tt.lead})
			if got.Verdict != tt.verdict {
				t.Errorf("verdict %q (score %.3f), want %q\nreasons: %+v", got.Verdict, got.Score, tt.verdict, got.Reasons)
			}
			// Confidently: well clear of the thresholds, not just over them.
			if tt.verdict == cit.VerdictAccept && got.Score < 0.9 {
				t.Errorf("accepted with score %.3f, want ≥ 0.9", got.Score)
			}
			if tt.verdict == cit.VerdictReject && got.Score > 0.1 {
				t.Errorf("rejected with score %.3f, want ≤ 0.1", got.Score)
			}
			if tt.victim != "" && got.Victim != tt.victim {
				t.Errorf("victim %q, want %q", got.Victim, tt.victim)
			}
		})
	}
	for lang, n := range perLang {
		if min := map[bool]int{true: 15, false: 5}[lang == "en"]; n[0] < min || n[1] < 3 {
			t.Errorf("%s: %d accepts and %d rejects in the table, want ≥ %d and ≥ 3", lang, n[0], n[1], min)
		}
	}
}

// TestVictimPatterns: the named organisation that is the object of the
// attack, in the common patterns of each language, not a place or a
// generic word near it.
func TestVictimPatterns(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	tests := []struct{ title, lead, want string }{
		{"LockBit claimed the attack on Capital Health, a New Jersey hospital system", "", "Capital Health"},
		{"Ransomware attack on Hollywood Presbyterian Medical Center", "", "Hollywood Presbyterian Medical Center"},
		{"Tri-City Medical Center was hit by a cyberattack", "Ambulances were diverted.", "Tri-City Medical Center"},
		{"St. Margaret's Health has been targeted by ransomware", "", "St. Margaret's Health"},
		{"Welltok says hackers stole data of 8.5 million patients", "", "Welltok"},
		{"Norton Healthcare discloses data breach after ransomware attack", "", "Norton Healthcare"},
		{"Ascension diverts ambulances after cyberattack", "", "Ascension"},
		{"Ransomware attack hits Lurie Children's Hospital", "", "Lurie Children's Hospital"},
		{"St. Joseph's Hospital in Syracuse reports cyberattack", "", "St. Joseph's Hospital"},
		{"St. Joseph's Hospital in Tampa hit by ransomware", "", "St. Joseph's Hospital"},
		{"Ransomware attack cripples Barcelona's Hospital Clinic", "", "Barcelona's Hospital Clinic"},
		{"Asl 1 Abruzzo, i dati rubati pubblicati sul dark web", "Il gruppo Monti ha diffuso cartelle cliniche dei pazienti.", "Asl 1 Abruzzo"},
		{"Ransomware-Angriff auf US-Klinikkette", "Die Krankenhauskette Ascension leitet Rettungswagen um.", "Ascension"},
		{"Hackerangriff legt IT lahm", "Die Uniklinik Düsseldorf meldet einen Hackerangriff.", "Uniklinik Düsseldorf"},
		// A regulator announcing a settlement is not the victim; attacked, it is.
		{"HHS OCR announces HIPAA settlement with Banner Health over 2016 hack", "", "Banner Health"},
		{"FBI says hackers stole data from Mercy Hospital", "", "Mercy Hospital"},
		{"Lurie Children's Hospital cancels appointments after cyberattack", "", "Lurie Children's Hospital"},
		{"Une cyberattaque contre le CHU de Brest perturbe les urgences", "", "CHU de Brest"},
		{"Cyberangriff auf das Klinikum Esslingen", "", "Klinikum Esslingen"},
		{"Ciberataque al Hospital Universitari Joan XXIII de Tarragona", "", "Hospital Universitari Joan XXIII de Tarragona"},
		{"Attacco hacker all'ospedale Fatebenefratelli di Benevento", "", "ospedale Fatebenefratelli di Benevento"},
		{"Ataque informático ao Hospital de Braga", "", "Hospital de Braga"},
		{"Un ataque de ransomware paraliza el Hospital de la Santa Creu", "", "Hospital de la Santa Creu"},
		{"Attacco hacker all'Asl Napoli 3, bloccati i servizi", "", "Asl Napoli 3"},
		{"Nach Cyberangriff: Klinikum Stuttgart wieder am Netz", "", "Klinikum Stuttgart"},
		// Title Case headlines: their verbs and prepositions are no names.
		{"Ransomware Attack Hits Lurie Children's Hospital", "", "Lurie Children's Hospital"},
		{"Kettering Health Cancels Procedures After Cyberattack", "", "Kettering Health"},
		{"Hackers Steal Patient Data From Brandywine Urology Consultants", "", "Brandywine Urology Consultants"},
		{"Cyberattack Disrupts Operations At Frederick Health Hospital", "", "Frederick Health Hospital"},
		{"Change Healthcare Says Hackers Stole Data Of 100 Million People", "", "Change Healthcare"},
		{"McLaren Health Care Confirms Data Breach After ALPHV Attack", "", "McLaren Health Care"},
		{"BianLian Ransomware Gang Leaks Data Of Boston Children's Health Physicians", "", "Boston Children's Health Physicians"},
		// "Health data" ending a name is the name's, before an attack phrase.
		{"Kootenai Health data breach impacts over 464,000 patients", "", "Kootenai Health"},
		// A name before its appositive; an agency's "Cyber" is no attack word.
		{"Finnish psychotherapy centre hacked", "Vastaamo, a private psychotherapy provider that runs some two dozen centers across Finland, has been hit by a data breach.", "Vastaamo"},
		{"Ransomware attack cripples hospital IT", "Waikato District Health Board says its IT system was taken down by a ransomware attack. Police and the National Cyber Security Centre are investigating.", "Waikato District Health Board"},
		// A notice titled by its kind names its entity after the colon.
		{"Data Breach Notification: Norton Healthcare, Inc.", "The entity reported an external system breach (hacking).", "Norton Healthcare, Inc"},
		// A place's name before capitalised organisation words is a name.
		{"Ransomware attack hits Boston Children's Hospital", "", "Boston Children's Hospital"},
		// A field of care and a date are no names.
		{"Hackers target Mental Health patients with extortion emails", "The gang threatened to publish therapy notes.", ""},
		{"On May 28, hackers breached the pharmacy's server", "", ""},
		// A headline in capitals tells no name from the words around it.
		{"HACKERS BREACH MERCY HEALTH SYSTEM, STEAL PATIENT DATA", "The health system said names were taken.", ""},
		{"CHU DE RENNES VICTIME D'UNE CYBERATTAQUE", "Le centre hospitalier universitaire a été visé par des pirates.", ""},
		{"Cyberaanval op Elkerliek ziekenhuis in Helmond", "", "Elkerliek"},
		// A place and a generic word are not a name: the lead names the victim.
		{"Ransomware attack hits New Jersey hospital", "Capital Health said its systems were encrypted by hackers.", "Capital Health"},
		{"Cyberangriff legt Krankenhaus lahm", "", ""},
		{"Ziekenhuis in Rotterdam getroffen door cyberaanval", "", ""},
	}
	for _, tt := range tests {
		got := c.Classify(cit.Candidate{Title: tt.title, Text: tt.lead})
		if got.Victim != tt.want {
			t.Errorf("Classify(%q).Victim = %q, want %q", tt.title, got.Victim, tt.want)
		}
		if tt.want == "" {
			continue
		}
		found := false
		for _, r := range got.Reasons {
			found = found || (r.Field == "victim" && r.Span == tt.want && r.Rule != "")
		}
		if !found {
			t.Errorf("Classify(%q): no victim reason with span %q in %+v", tt.title, tt.want, got.Reasons)
		}
	}
}

// TestRSSFixtures classifies the items of the captured feeds
// (../shared/data/fixtures/rss): security news of August 2026, none of
// which is a cyberattack on a health organisation. Paylogix, a benefits
// platform whose hacked data included health data, is a case for an
// analyst (review), not a confident accept or reject.
func TestRSSFixtures(t *testing.T) {
	t.Parallel()
	dir := filepath.Join("..", "..", "..", "shared", "data", "fixtures", "rss")
	want := map[string]string{
		"Employee benefits platform Paylogix says hackers stole financial and health data":               cit.VerdictReview,
		"LACMA data breach last year exposed social security and medical data":                           cit.VerdictReject,
		"Meta pledges to overhaul kids’ safety protections, pay $17 billion to settle social media case": cit.VerdictReject,
		"US takes down alleged Chinese hacking tools used against Federal Reserve, DOJ and Senate":       cit.VerdictReject,
		"Iran-linked hackers expand infrastructure across Europe and Middle East, report says":           cit.VerdictReject,
		"58 arrested in international cybercrime crackdown":                                              cit.VerdictReject,
		"Hackers target Microsoft SharePoint RCE chain with PoC exploit":                                 cit.VerdictReject,
		"Microsoft tests new privacy controls for Windows 11 desktop apps":                               cit.VerdictReject,
		"Hackers now exploit critical Gitea flaw in code injection attacks":                              cit.VerdictReject,
	}
	c := newTest(t)
	seen := 0
	for _, name := range []string{"therecord_feed.xml", "bleepingcomputer_feed.xml"} {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Skipf("RSS fixtures not found in %s (expected ../shared/data/fixtures/rss from the repository root): %v", dir, err)
		}
		var feed struct {
			Items []struct {
				Title       string `xml:"title"`
				Description string `xml:"description"`
			} `xml:"channel>item"`
		}
		if err := xml.Unmarshal(b, &feed); err != nil {
			t.Fatalf("parse %s: %v", name, err)
		}
		for _, it := range feed.Items {
			w, ok := want[it.Title]
			if !ok {
				t.Errorf("%s: item %q has no expectation in the test", name, it.Title)
				continue
			}
			seen++
			if got := c.Classify(cit.Candidate{Title: it.Title, Text: it.Description}); got.Verdict != w {
				t.Errorf("%s: %q: verdict %q (score %.3f), want %q", name, it.Title, got.Verdict, got.Score, w)
			}
		}
	}
	if seen != len(want) {
		t.Errorf("classified %d fixture items, want %d", seen, len(want))
	}
}

func TestTrendAndAdviceStoriesGoToReview(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, h := range []struct{ title, lead string }{
		{"Healthcare sector saw 40% rise in ransomware attacks in 2023, report finds", "Security firm data show hospitals remain a top target."},
		{"Ransomware attacks on hospitals doubled last year", "Hospitals reported 140 incidents."},
		{"Cyberattaques : forte hausse des attaques contre les hôpitaux", "L'Anssi a recensé 30 incidents."},
		{"How hospitals can defend against ransomware", "Experts recommend offline backups and network segmentation."},
		{"5 tips to prevent phishing attacks on your medical practice", ""},
		{"Cybersecurity firm raises $50 million to protect hospitals from ransomware", ""},
		{"New phishing campaign impersonates health insurers to steal passwords", "The emails pretend to come from Aetna and Cigna."},
		{"How hospitals can protect patient data from hackers", "Healthcare organizations must train staff to spot phishing emails and encrypt patient data."},
		{"Researchers find vulnerabilities in infusion pumps used by hospitals", "The flaws could let an attacker on the hospital network change dosage."},
		{"Critical flaws found in hospital imaging software", "Hackers could take over the devices, researchers said."},
		{"Researchers: hackers could exploit VPN flaw to breach hospital networks", "No attack has been seen."},
		{"Lessons learned from the WannaCry attack on the NHS", "A year after WannaCry, experts say NHS trusts have improved patching."},
		{"Report: one in four healthcare organizations hit by ransomware last year", "25% of healthcare providers suffered at least one ransomware attack."},
		{"Ransomware: should hospitals pay?", "Paying the ransom encourages attackers, security experts argue."},
		{"Why hospitals are a prime target for ransomware", "Hospitals hold valuable data and cannot afford downtime."},
		{"Senators ask HHS about hospital cybersecurity after WannaCry", "Lawmakers asked how the department helps hospitals defend against ransomware."},
		{"Phishing simulation: hospital employees clicked on one in seven emails", "A study found that hospital employees clicked on 14% of simulated phishing emails."},
		{"Umfrage: Jede dritte Klinik war Opfer eines Cyberangriffs", "Die Studie befragte 300 Krankenhäuser."},
		{"FDA releases medical device cybersecurity playbook for hospitals", "The playbook helps hospitals prepare for cyber incidents involving medical devices."},
		{"FBI warns hospitals of ransomware threat", ""},
		{"HHS alerts health sector to Rhysida ransomware attacks", "The agency described the group's tactics."},
		{"Ransomware group behind hospital attacks arrested in Ukraine", "Police detained five suspects accused of attacking hospitals across Europe."},
		{"Hospital data breach exercise tests staff readiness", "The simulated ransomware attack involved 200 employees."},
		{"Researchers demonstrate hack of insulin pump at Black Hat", "Two researchers showed how they could remotely deliver a fatal dose by exploiting the pump's radio protocol."},
		{"Healthcare breaches hit record in 2019, report finds", "More than 41 million patient records were breached in 2019, with hacking incidents accounting for most of them."},
		{"Emsisoft: ransomware hit 764 US healthcare providers in 2019", "The firm says the total cost of the attacks may exceed $7.5 billion."},
		{"Microsoft offers free AccountGuard protection to hospitals during COVID-19", "The service alerts customers if their email accounts are targeted by nation-state attackers."},
		{"Justice Department indicts Chinese hackers accused of targeting COVID-19 vaccine research", "Two Chinese nationals were indicted for a decade-long hacking campaign."},
		// sentences, searches and trials, drills, threat assessments and warnings in other languages
		{"Hacker who blackmailed thousands of psychotherapy patients jailed for six years", "The court found him guilty of aggravated blackmail."},
		{"Ermittler durchsuchen Wohnungen mutmaßlicher Hacker nach Angriff auf Uniklinik Düsseldorf", "Die Staatsanwaltschaft ermittelt wegen Erpressung."},
		{"À Saint-Nazaire, l'hôpital s'entraîne à faire face à une cyberattaque", "Les équipes ont simulé une panne informatique totale."},
		{"L'Anssi publie son état de la menace : les hôpitaux, cibles privilégiées des rançongiciels", "Les établissements de santé restent exposés."},
		{"Ransomware, l'Agenzia per la cybersicurezza avverte le aziende sanitarie", "Gli ospedali devono aggiornare i sistemi."},
		{"Let op: nepmails uit naam van zorgverzekeraar in omloop", "Zilveren Kruis benadrukt dat zijn systemen niet zijn gehackt."},
		{"Ethisch hacker vindt lek in patiëntenportaal van ziekenhuizen", "De hacker meldde het lek bij de ziekenhuizen, die het dichtten."},
		// round 18: prison terms and takedowns, fake messages, tallies, rankings, promises and denials
		{"Landgericht: Drei Jahre Haft für Erpresser, der Arztpraxen verschlüsselte", "Der Angeklagte hatte 2022 die Server von zwölf Praxen verschlüsselt."},
		{"Justiça condena hacker que atacou sites do SNS durante a pandemia", "O jovem derrubou os sites dos hospitais em 2021."},
		{"Falsa email sul rinnovo della tessera sanitaria: attenzione al phishing", "Il messaggio usa il logo del ministero della Salute."},
		{"Cybersécurité : les établissements de santé ont déclaré plus de 580 incidents en un an", "Les rançongiciels restent la menace principale."},
		{"Health care among sectors most targeted by ransomware, federal cyber agency says", "Hospitals reported dozens of attacks."},
		{"Bitglass: Hacking Now Top Cause of Healthcare Breaches", "Hacking incidents accounted for most breached records."},
		{"Ransomware Attacks on US Healthcare Cost $157M Since 2016, Comparitech Finds", "The firm counted 172 attacks on hospitals and clinics."},
		{"Québec promet un centre de surveillance pour tout le réseau de la santé", "Les hôpitaux ont subi plusieurs cyberattaques."},
		{"Stundenlanger IT-Ausfall im Klinikum Stuttgart: Fehlerhaftes Update statt Hackerangriff", "Die Stationen arbeiteten mit Papierformularen."},
		{"Neues Klinikinformationssystem: Lange Wartezeiten am Inselspital", "Um einen Cyberangriff oder einen Datenverlust handle es sich nicht."},
		{"Ricette elettroniche bloccate per un guasto al sistema Tessera Sanitaria", "Sogei ha spiegato il disservizio escludendo qualsiasi attacco informatico."},
		// the second stage: exercises as compounds, a denial eight words from its negation, counts of notifications
		{"Cyberübung im Kantonsspital Aarau: Ein Tag ohne Computer", "Das Spital probte den Ausfall aller Systeme nach einem simulierten Angriff."},
		{"Nantes : une panne de stockage prive le CHU de dossiers patients", "« Aucun élément ne laisse penser à une cyberattaque », indique la direction."},
		{"AP: zorg opnieuw sector met de meeste datalekmeldingen", "Zorginstellingen meldden vorig jaar de meeste datalekken."},
		{"Z-CERT: aantal meldingen van zorginstellingen vorig jaar flink gestegen", "Het aantal cyberincidenten steeg met een kwart."},
		// the third stage: denials by the speaker ("escludiamo"), a denial's verb far before its "que", staff news, simulations
		{"Fascicolo sanitario elettronico fuori uso per un guasto", "«Escludiamo qualsiasi attacco informatico», ha precisato l'assessorato."},
		{"Caída de la receta electrónica en Castilla-La Mancha", "El SESCAM atribuyó la caída a un fallo y descartó en todo momento que se tratara de un ciberataque."},
		{"Zuyderland stelt eerste chief information security officer aan", "Het ziekenhuis wil zich beter wapenen tegen cyberaanvallen."},
		{"Gemelli e Cattolica, un laboratorio per simulare attacchi informatici ai dispositivi medici", "Il policlinico studierà le difese."},
	} {
		got := c.Classify(cit.Candidate{Title: h.title, Text: h.lead})
		if got.Verdict == cit.VerdictAccept {
			t.Errorf("%q: verdict accept (score %.3f), want review or reject", h.title, got.Score)
		}
	}
	for _, title := range []string{"Capital Health hit by ransomware attack", "Hackers exploit VPN flaw to breach hospital network",
		"Kettering Health warns patients of scam calls after ransomware attack",
		"Hackers stole data of 300,000 patients from Ohio hospital, report says",
		"Ransomware attack on health IT provider affected 100 Romanian hospitals in February 2024",
		"Clinic launches new patient portal after ransomware attack on its servers",
		"DDoS-Attacke: Website des Bundesgesundheitsministeriums stundenlang nicht erreichbar",
		"Radiologie-Verbund in NRW gehackt – Namen und Befundberichte von 35.000 Patienten veröffentlicht",
		"German Hospital Lukaskrankenhaus Neuss Hit by Ransomware, Staff Return to Fax and Paper",
		"Nîmes : les messageries d'une clinique piratées, des patients reçoivent de faux liens de paiement",
		"El 061 de Castilla y León gestiona las emergencias en papel tras un ciberincidente",
		"Cassa sanitaria, accessi abusivi a 1.800 account: modificati gli Iban per i rimborsi",
		"Website UZ Gent uren plat door DDoS-aanval van pro-Russische hackers",
		"Phishing campaign impersonating SNS targets Portuguese hospital staff",
		"Genea says patients' medical histories were taken in cyber attack, fertility provider confirms"} {
		got := c.Classify(cit.Candidate{Title: title, Text: "The hospital system diverted ambulances."})
		if got.Verdict != cit.VerdictAccept {
			t.Errorf("%q, an incident: verdict %s (score %.3f), want accept", title, got.Verdict, got.Score)
		}
	}
}

// TestExploitedVulnerabilityIsNoVulnerabilityNews: a title that says a flaw
// was exploited tells of an attack, and does not cap the verdict.
func TestExploitedVulnerabilityIsNoVulnerabilityNews(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	got := c.Classify(cit.Candidate{Title: "Vulnerability exploitation at Norwegian hospitals",
		Text: "Hackers exploited a vulnerability in Ivanti software used by twelve Norwegian hospitals, accessing patient data."})
	if hasRule(got, ruleVulnerability) {
		t.Errorf("exploited vulnerability capped as vulnerability news: %+v", got.Reasons)
	}
	got = c.Classify(cit.Candidate{Title: "Vulnerability found in hospital infusion pumps", Text: "Researchers reported the flaw to the vendor."})
	if !hasRule(got, ruleVulnerability) {
		t.Errorf("vulnerability news not capped: %+v", got.Reasons)
	}
}

// TestLuresAndDeniedTargetsAreNoVictims: a health organisation named only
// as a campaign's bait, or said not to have been compromised, is no health
// victim; the same organisation attacked still is.
func TestLuresAndDeniedTargetsAreNoVictims(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	healthOrgs := func(s string) int {
		d := c.analyse("", s, "")
		n := 0
		for _, h := range d.bodyHits {
			if h.Value.kind == kHealthOrg || h.Value.kind == kHealthWeak {
				n++
			}
		}
		return n
	}
	for _, s := range []string{
		"The group sent WHO-themed lures to ministries.",
		"The emails carried archives named after World Health Organization reports.",
		"Phishing emails posing as the health ministry reached diplomats.",
		"The agency did not report any compromise of health authorities.",
		"There was no impact on hospitals in the region.",
	} {
		if n := healthOrgs(s); n != 0 {
			t.Errorf("%q: %d health organisations, want 0", s, n)
		}
	}
	for _, s := range []string{
		"Hackers compromised the World Health Organization's email system.",
		"The attack had an impact on hospitals across the region.",
	} {
		if n := healthOrgs(s); n == 0 {
			t.Errorf("%q: no health organisation, want one", s)
		}
	}
}

// TestNegatedAttackWords: a negation reaches an attack word past the
// words that qualify it ("No cyber intrusion was involved").
func TestNegatedAttackWords(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	d := c.analyse("", "No cyber intrusion was involved; the campaign spread narratives online.", "")
	if _, ok := d.denied(); !ok {
		t.Errorf("no denied attack word in %+v", d.bodyHits)
	}
	for _, h := range d.bodyHits {
		if h.Value.kind == kCyber && !h.Value.weak {
			t.Errorf("strong attack word %q in a denial", d.bodyToks[h.First].Norm)
		}
	}
	d = c.analyse("", "A cyber intrusion hit the hospital's network.", "")
	if _, ok := d.denied(); ok {
		t.Error("an attack that happened is denied")
	}
}

// TestLawEnforcementAfterTheIncident: an arrest or conviction in a title's
// second clause does not make the incident before it news of the police.
func TestLawEnforcementAfterTheIncident(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	got := c.Classify(cit.Candidate{Title: "Unknown actors accessed and leaked data of Finnish psychotherapy centre Vastaamo; perpetrator convicted in 2024",
		Text: "The psychotherapy provider's patient records were stolen and the attacker demanded a ransom."})
	if hasRule(got, ruleLawEnforcing) || got.Verdict != cit.VerdictAccept {
		t.Errorf("verdict %s (score %.3f), reasons %+v; want accept without the law-enforcement rule", got.Verdict, got.Score, got.Reasons)
	}
	got = c.Classify(cit.Candidate{Title: "Hacker convicted for Vastaamo psychotherapy data breach", Text: "The court sentenced him to six years."})
	if !hasRule(got, ruleLawEnforcing) {
		t.Errorf("a conviction title not read as law enforcement: %+v", got.Reasons)
	}
}

// TestHealthOnlyInBackground: an attack story whose health words come only
// in a later paragraph of statistics is capped at review; a registry
// record, all about its entity, is not.
func TestHealthOnlyInBackground(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	got := c.Classify(cit.Candidate{Title: "Retailer confirms payment card breach at 160 stores",
		Text: "The chain said malicious software was found on its payment systems. Customers who shopped between April and June may be affected. " +
			"The company is offering credit monitoring. Investigators are still working out how the attackers got in. " +
			"According to industry figures, the healthcare sector accounted for a quarter of all breaches last year, and hospitals reported 15 million exposed patient records."})
	if got.Verdict == cit.VerdictAccept || !hasRule(got, ruleBackground) {
		t.Errorf("background health: verdict %s (score %.3f), reasons %+v", got.Verdict, got.Score, got.Reasons)
	}
	got = c.Classify(cit.Candidate{Title: "Kaiser Permanente", Text: "A server was accessed by hackers. It held member information."})
	if got.Verdict != cit.VerdictAccept || hasRule(got, ruleBackground) {
		t.Errorf("a record titled with a known insurer and provider: verdict %s (score %.3f), reasons %+v", got.Verdict, got.Score, got.Reasons)
	}
	got = c.Classify(cit.Candidate{Title: "Ransomware gangs promise not to attack hospitals during the pandemic", Text: "Several groups told reporters they would spare health organisations."})
	if got.Verdict == cit.VerdictAccept {
		t.Errorf("a promise not to attack: verdict %s (score %.3f)", got.Verdict, got.Score)
	}
}

// TestDeniedAttacksInEachLanguage: a cause ruled out ("Sanidad descarta un
// ciberataque", "not the result of hacking or a cyberattack") is no attack;
// a cause not ruled out ("no descarta") still is.
func TestDeniedAttacksInEachLanguage(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tt := range []struct {
		lang, title, text string
		accept            bool
	}{
		{"en", "Memorial Hermann Health System", "A coding error on the patient portal let patients see other patients' appointments. " +
			"Memorial Hermann said the issue was not the result of hacking or a cyberattack.", false},
		{"fr", "CHU de Bordeaux : une panne informatique perturbe les consultations", "La panne est due à la défaillance d'un serveur ; " +
			"« il ne s'agit en aucun cas d'une cyberattaque ».", false},
		{"es", "Una avería informática retrasa las consultas en los centros de salud", "La Consejería de Sanidad ha descartado cualquier " +
			"ciberataque y atribuye la incidencia a un problema técnico.", false},
		{"pt", "Falha informática deixa centros de saúde sem acesso ao SClínico", "Os serviços garantem que se tratou de uma avaria de hardware " +
			"e que está excluída a hipótese de ataque informático.", false},
		{"nl", "Computerstoring raakt Nederlandse ziekenhuizen", "Het Nationaal Cyber Security Centrum benadrukt dat het niet om een " +
			"cyberaanval gaat maar om een technische fout.", false},
		{"es", "El hospital de Igualada sufre una caída informática", "La Generalitat no descarta un ciberataque con ransomware contra el hospital.", true},
	} {
		got := c.Classify(cit.Candidate{Title: tt.title, Text: tt.text, Lang: tt.lang})
		if got.IsHealthCyberattack != tt.accept {
			t.Errorf("%s %q: verdict %s (score %.3f), want accept %v", tt.lang, tt.title, got.Verdict, got.Score, tt.accept)
		}
	}
}

// TestInfectedLaptopIsNoLoss: a laptop infected with malware was attacked,
// not lost; a laptop's theft that "could have compromised" data was lost.
func TestInfectedLaptopIsNoLoss(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	loss := func(text string) bool {
		d := c.analyse("", text, "")
		for _, h := range d.bodyHits {
			if h.Value.kind == kLoss {
				return true
			}
		}
		return false
	}
	if loss("A laptop in its office was infected with malware that allowed a remote attacker to control the computer.") {
		t.Error("an infected laptop read as a lost device")
	}
	if !loss("A laptop computer theft could have compromised personal information.") {
		t.Error("a stolen laptop not read as a lost device")
	}
}

// TestPossibilitiesAreNoIncidents: what attackers can do, what puts
// hospitals at risk, a title that asks: no health organisation's attack
// is reported, so the rule that links an attack to a health organisation
// does not fire.
func TestPossibilitiesAreNoIncidents(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, title := range []string{
		"Hackers can hijack hospital drug pumps to deliver lethal doses",
		"Vulnerable VPNs put hospitals at risk of ransomware, CISA says",
		"Hackers target pacemakers? Not yet, but FDA wants manufacturers ready",
		"Hospital network breached in 30 minutes by its own red team",
	} {
		got := c.Classify(cit.Candidate{Title: title})
		if hasRule(got, ruleHealthVictim) {
			t.Errorf("%q: %s fired (reasons %+v)", title, ruleHealthVictim, got.Reasons)
		}
	}
	got := c.Classify(cit.Candidate{Title: "Hospital can't access records after ransomware attack"})
	if !hasRule(got, ruleHealthVictim) {
		t.Errorf("an attack that happened: %s did not fire (reasons %+v)", ruleHealthVictim, got.Reasons)
	}
}

// TestSectorIsNoVictim: a sector in the plural in a sentence that counts
// or compares, or a health word that only qualifies a thing, is no health
// organisation attacked; a few named or counted hospitals are.
func TestSectorIsNoVictim(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, title := range []string{
		"Emsisoft: 764 healthcare providers hit by ransomware in 2019",
		"Legacy systems leave hospitals open to cyberattacks",
		"Segmenting hospital networks to limit the spread of malware",
		"Drugmakers holding patients to ransom over cancer drug prices",
	} {
		if got := c.Classify(cit.Candidate{Title: title}); hasRule(got, ruleHealthVictim) {
			t.Errorf("%q: %s fired (reasons %+v)", title, ruleHealthVictim, got.Reasons)
		}
	}
	for _, title := range []string{
		"Ransomware attack hits two hospitals in West Palm Beach",
		"Anonymous Sudan DDoS attacks knock Israeli hospitals offline",
	} {
		if got := c.Classify(cit.Candidate{Title: title}); !hasRule(got, ruleHealthVictim) {
			t.Errorf("%q: %s did not fire (reasons %+v)", title, ruleHealthVictim, got.Reasons)
		}
	}
}

// TestSecurityIncidentThatDisruptedCare: a named health organisation's
// "IT security incident" with ambulances diverted is accepted; told with
// another weak word, or of hospitals at large, it goes to an analyst; an IT
// outage with no security word is neither.
func TestSecurityIncidentThatDisruptedCare(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	got := c.Classify(cit.Candidate{Title: "CommonSpirit Health hit by IT security incident",
		Text: "Some facilities diverted ambulances and cancelled surgeries while electronic health records were offline."})
	if got.Verdict != cit.VerdictAccept || !hasRule(got, ruleDisrupted) {
		t.Errorf("verdict %s (score %.3f), reasons %+v; want accept by %s", got.Verdict, got.Score, got.Reasons, ruleDisrupted)
	}
	got = c.Classify(cit.Candidate{Title: "Ascension sites on ambulance diversion",
		Text: "Ascension said it detected unusual activity and is investigating a cybersecurity event. Several hospitals have placed ambulances on diversion."})
	if got.Verdict != cit.VerdictAccept || !hasRule(got, ruleDisrupted) {
		t.Errorf("a 'cybersecurity event' with ambulances on diversion: verdict %s (score %.3f), reasons %+v", got.Verdict, got.Score, got.Reasons)
	}
	// a "cybersecurity matter", named after a name's initial ("Robert H.
	// Lurie"), which ends no sentence
	got = c.Classify(cit.Candidate{Title: "Children's hospital takes network offline after 'cybersecurity matter'",
		Text: "Ann & Robert H. Lurie Children's Hospital of Chicago has taken its systems offline after what it called a cybersecurity matter. Some surgeries have been postponed."})
	if got.Verdict != cit.VerdictAccept || !hasRule(got, ruleDisrupted) {
		t.Errorf("a 'cybersecurity matter' with surgeries postponed: verdict %s (score %.3f), reasons %+v", got.Verdict, got.Score, got.Reasons)
	}
	got = c.Classify(cit.Candidate{Title: "Hospitals hit by IT security incident",
		Text: "Some facilities diverted ambulances and cancelled surgeries while electronic health records were offline."})
	if got.Verdict != cit.VerdictReview || !hasRule(got, ruleDisrupted) {
		t.Errorf("hospitals at large: verdict %s (score %.3f), reasons %+v; want review by %s", got.Verdict, got.Score, got.Reasons, ruleDisrupted)
	}
	got = c.Classify(cit.Candidate{Title: "Hospital diverts ambulances after IT outage",
		Text: "A failed software update took electronic health records offline; surgeries were cancelled."})
	if hasRule(got, ruleDisrupted) {
		t.Errorf("an outage with no security word: %s fired", ruleDisrupted)
	}
}

// TestLureTitles: a title whose organisation is a campaign's lure is read
// by an analyst; one that tells of an attack and then of its lure is not
// held back by the lure.
func TestLureTitles(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	got := c.Classify(cit.Candidate{Lang: "en", Title: "New phishing campaign impersonates health insurers",
		Text: "Emails posing as insurers ask recipients to confirm their details."})
	if !hasRule(got, ruleImpersonated) {
		t.Errorf("a lure title: reasons %+v, want %s", got.Reasons, ruleImpersonated)
	}
	got = c.Classify(cit.Candidate{Lang: "en", Title: "Magellan Health ransomware attack traced to email impersonating a client",
		Text: "Magellan Health says it was hit by a ransomware attack that began with a phishing email."})
	if hasRule(got, ruleImpersonated) {
		t.Errorf("an attack told with its lure: %s fired (reasons %+v)", ruleImpersonated, got.Reasons)
	}
}

// TestPortugueseContraction: in a Portuguese document "no" is "em" + "o"
// ("in the"), so no rule reading negations sees one; in Spanish it stays
// the negation it is.
func TestPortugueseContraction(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	const s = "Ataque hacker no Hospital Regional: o sistema no pronto-socorro ficou fora do ar."
	negated := func(s, lang string) bool {
		d := c.analyse(s, s, lang)
		for _, toks := range [][]text.Token{d.titleToks, d.bodyToks} {
			for _, tok := range toks {
				if negation(tok.Norm) || negationWord(tok.Norm) {
					return true
				}
			}
		}
		return false
	}
	if negated(s, "pt") {
		t.Errorf("Portuguese %q: \"no\" read as a negation", s)
	}
	if !negated(s, "es") {
		t.Errorf("Spanish-tagged %q: \"no\" not read as a negation", s)
	}
	// untagged, the language is told from the words
	const u = "O sistema no hospital foi invadido por uma quadrilha com ransomware."
	if negated(u, "") {
		t.Errorf("untagged Portuguese %q: \"no\" read as a negation", u)
	}
}

// TestRound24Readings: the readings round 24 added, each with a sentence
// that needs it and, where it could over-reach, one that must stay as it was.
func TestRound24Readings(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tt := range []struct {
		lang, title, text string
		accept            bool
	}{
		// an infected laptop named again is no lost laptop
		{"en", "Lakeside Home Infusion, LLC", "Lakeside Home Infusion reported that an employee's laptop was infected with malware. " +
			"The malware let an unauthorized party control the laptop remotely. The laptop held the PHI of 900 patients.", true},
		{"en", "Lakeside Home Infusion, LLC", "An employee's laptop was infected with malware in March. In May the laptop was stolen " +
			"from the employee's car. It held the PHI of 900 patients.", false},
		// a place's comma inside the passive's subject
		{"en", "Clinic of Dr. Ana Ruiz", "A server at the Clinic of Dr. Ana Ruiz in Pinehurst, North Carolina was accessed by an " +
			"unauthorized user from outside the United States. It held intake forms of 1,400 patients.", true},
		// advice to patients after an attack tells of the attack
		{"en", "Patients urged to watch for scams after hackers stole data from Hill Valley Hospital",
			"Hill Valley Hospital has urged patients to be alert for phishing calls after hackers stole data from its servers.", true},
		// an agency's warning said at the title's end
		{"en", "North Korean ransomware targeting healthcare providers, US agencies warn",
			"The agencies said the attackers encrypted servers responsible for electronic health records at healthcare organisations.", false},
		// lures that pretend to be from health bodies
		{"en", "Malware spreads through fake notices", "The emails, which pretend to be from regional hospitals and public " +
			"health centers, carry a document that installs Emotet.", false},
		// drills and "as if" in the other languages
		{"es", "Cinco hospitales trabajan con papel en un simulacro de ciberataque", "El Ministerio de Salud realizó un " +
			"simulacro de ciberataque en cinco hospitales para evaluar su respuesta.", false},
		// intruders in the other languages; Portuguese "no" is "in the"
		{"pt", "Rede de farmácias tem dados de clientes expostos após invasão", "A rede de farmácias, com lojas no interior " +
			"de Minas Gerais, confirmou que um invasor acessou o banco de dados de clientes.", true},
		{"es", "Una aseguradora de salud sufre el robo de datos de sus asegurados", "La aseguradora de salud informó de que un " +
			"tercero accedió de forma no autorizada a uno de sus servidores y copió la base de datos de pólizas.", true},
		// a quoted "No es un ciberataque" denies the attack
		{"es", "La caída de un proveedor afecta a la cita previa de varios hospitales: «No es un ciberataque»",
			"El fallo de una actualización dejó sin servicio los ordenadores de varios hospitales.", false},
		// Swiss health insurers and Belgian care homes by kind
		{"fr", "Une caisse maladie vaudoise inaccessible après une attaque DDoS", "Les assurés n'ont pu accéder au site de leur " +
			"caisse maladie, cible d'une attaque DDoS revendiquée par des hackers prorusses.", true},
		{"fr", "Une maison de repos paralysée par un rançongiciel", "Un rançongiciel a chiffré le serveur de la maison de repos " +
			"de Jambes ; les pirates réclament une rançon.", true},
		// second stage: agencies that speak, gangs that favour hospitals, invited hackers, policies
		{"en", "US agencies: Hive ransomware hit over 1,300 companies, many in healthcare", "The FBI, CISA and HHS say the Hive " +
			"ransomware gang has extorted about $100 million from more than 1,300 companies. The advisory lists indicators.", false},
		{"en", "Hackers invited to test insulin pumps at security conference", "Organizers invite hackers to test medical " +
			"devices such as insulin pumps in cooperation with manufacturers.", false},
		{"en", "UK to ban ransom payments by public bodies, including NHS", "The government says it will ban public bodies, " +
			"including the NHS, from paying ransoms to cybercriminals.", false},
		{"en", "Sioux Falls counseling practice says hackers locked client files", "A small counseling practice is warning " +
			"1,900 clients that their records may have been exposed after ransomware encrypted its office server.", true},
		{"de", "Kieler Seniorenstift: Hacker stellen Daten von Bewohnern ins Darknet", "Nach einem Hackerangriff auf das " +
			"Seniorenstift sind Pflegedokumentationen im Darknet aufgetaucht.", true},
		{"nl", "Gegevens van cliënten verslavingszorg op darkweb gezet na hack", "De hackers waren binnengedrongen in het " +
			"netwerk van de instelling voor verslavingszorg en eisten losgeld.", true},
		{"de", "Angriff über Sicherheitslücke in Dateiaustausch-Software: Krankenkasse warnt Versicherte", "Unbekannte haben " +
			"eine Schwachstelle ausgenutzt, um in Systeme der Krankenkasse einzudringen.", true},
	} {
		got := c.Classify(cit.Candidate{Title: tt.title, Text: tt.text, Lang: tt.lang})
		if got.IsHealthCyberattack != tt.accept {
			t.Errorf("%s %q: verdict %s (score %.3f), want accept %v", tt.lang, tt.title, got.Verdict, got.Score, tt.accept)
		}
	}
	// staff benefits and records of care are no health organisations the
	// attack is linked to (the model may still lean either way)
	for _, tt := range []struct{ lang, title, text string }{
		{"en", "University says ransomware hit payroll and staff health insurance deductions",
			"A ransomware attack disrupted the university's payroll and staff health insurance deductions."},
		{"es", "Los correos hackeados del ministerio incluyen un informe médico del presidente",
			"Los hackers que entraron en los servidores del ministerio de Defensa publicaron un informe médico del presidente."},
	} {
		got := c.Classify(cit.Candidate{Title: tt.title, Text: tt.text, Lang: tt.lang})
		for _, r := range got.Reasons {
			if r.Rule == "rule:health_victim_of_attack" {
				t.Errorf("%s %q: linked to a health victim by %q", tt.lang, tt.title, r.Span)
			}
		}
	}
}

// TestRound25Readings: the readings round 25 added, each with a sentence
// that needs it.
func TestRound25Readings(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tt := range []struct {
		lang, title, text string
		accept            bool
	}{
		// "operating without" tells an effect, not a denial
		{"en", "Brooklyn hospital group still using paper weeks after systems shut down", "Three hospitals run by One Brooklyn " +
			"Health have been operating without electronic records for nearly a month, after a cyberattack forced the system offline.", true},
		// New Zealand's district health boards
		{"en", "Waikato DHB still weeks away from full recovery after ransomware attack", "", true},
		// figures over many attacks, and a government's warning
		{"en", "Ransomware attacks on hospitals delayed care in 2024, analysis finds", "Researchers counted more than 400 " +
			"ransomware attacks on hospitals and clinics worldwide last year.", false},
		{"en", "US warns of North Korean Maui ransomware targeting healthcare", "The agencies said the attackers encrypted " +
			"servers at healthcare organizations. They did not name any victims.", false},
		// the police's warning, in Italian
		{"it", "Sms «il tuo referto è pronto», la Polizia postale avverte: è una truffa", "Un sms invita a cliccare su un link. " +
			"Dietro il messaggio c'è una campagna di phishing, segnala la Polizia postale.", false},
		// the pronoun "it" is no IT near a disease's virus
		{"en", "Virus outbreak shuts four wards at Royal Cornwall Hospital", "The trust closed four wards after an outbreak of " +
			"norovirus and asks people not to visit unless it is essential. The highly contagious virus causes vomiting.", false},
		// "in corso": under way, not a course
		{"it", "Synlab Italia sospende i prelievi: 'attacco informatico in corso'", "Synlab Italia ha sospeso i prelievi dopo " +
			"un attacco informatico ai propri sistemi. Il gruppo ransomware Black Basta ha rivendicato l'attacco.", true},
		// a Dutch compound's head names the kind of organisation
		{"nl", "Gegevens van donoren gestolen bij hack op vruchtbaarheidskliniek", "Hackers kregen via een kwetsbaarheid " +
			"toegang tot het netwerk van de kliniek en kopieerden behandelgegevens.", true},
		// account takeovers and unauthorised third parties in the other languages
		{"it", "Cassa malati, accessi fraudolenti ai conti clienti", "La cassa malati ha confermato che ignoti hanno effettuato " +
			"accessi non autorizzati al portale clienti con password ottenute altrove.", true},
		{"es", "Roban los datos de 25.000 clientes de una aseguradora de salud", "La aseguradora de salud ha comunicado que un " +
			"tercero no autorizado accedió a una de sus bases de datos y extrajo información de sus asegurados.", true},
		// second stage: a prediction of a "prime target"; care bodies by kind; a hacked mailbox's adjective
		{"en", "Canadian cyber agency assessment says hospitals will stay a prime ransomware target", "The Canadian Centre " +
			"for Cyber Security says ransomware groups are likely to keep targeting Canadian hospitals.", false},
		{"it", "Croce Verde colpita da ransomware: turni ricostruiti a mano", "Un ransomware ha cifrato il server " +
			"dell'associazione che gestisce il servizio di ambulanze.", true},
		{"nl", "Qakbot op netwerk van revalidatiecentrum ontdekt", "Het revalidatiecentrum heeft zijn systemen offline " +
			"gehaald nadat de banktrojan Qakbot op computers werd aangetroffen.", true},
		// a plan to spend more, which names a past attack as its lesson
		{"en", "Health NZ to boost cyber security spending, minister says", "The minister said the Waikato DHB ransomware " +
			"attack in 2021 had shown what was at stake.", false},
	} {
		got := c.Classify(cit.Candidate{Title: tt.title, Text: tt.text, Lang: tt.lang})
		if got.IsHealthCyberattack != tt.accept {
			t.Errorf("%s %q: verdict %s (score %.3f), want accept %v", tt.lang, tt.title, got.Verdict, got.Score, tt.accept)
		}
	}
	// a medical device is no organisation attacked
	got := c.Classify(cit.Candidate{Title: "Abbott patients told to visit doctors for pacemaker hacking fix", Text: "Almost half " +
		"a million people with implanted pacemakers are advised to get a firmware update to protect the devices from hacking."})
	for _, r := range got.Reasons {
		if r.Rule == "rule:health_victim_of_attack" {
			t.Errorf("a device linked to the attack by %q", r.Span)
		}
	}
	// a linking adverb opening a sentence is no victim
	got = c.Classify(cit.Candidate{Title: "Hackers hand over decryption tool for free but still threaten to publish data",
		Text: "The criminal gang behind last week's cyberattack on the Irish health service has provided a tool to decrypt the " +
			"affected systems. The Conti group posted a link to the decryptor on a dark web chat. Separately, the High Court has " +
			"granted the HSE an injunction against the sharing of any stolen data."})
	if got.Victim == "Separately" {
		t.Errorf("victim %q: a linking adverb", got.Victim)
	}
	// a hospital as the place a hacker is detained is not linked to the
	// attack (the model may still lean either way)
	got = c.Classify(cit.Candidate{Title: "Teen hacker to be detained in secure hospital", Text: "The 18-year-old who hacked " +
		"two game studios has been ordered to be detained in a secure hospital indefinitely."})
	for _, r := range got.Reasons {
		if r.Rule == "rule:health_victim_of_attack" {
			t.Errorf("a detainee's hospital linked to the attack by %q", r.Span)
		}
	}
	// who tells is no victim
	got = c.Classify(cit.Candidate{Title: "Waikato DHB ransomware: surgeries postponed", Text: "Waikato District Health Board " +
		"has been unable to use its IT systems after a ransomware attack. Reports said the ransom note was linked to Conti."})
	if got.Victim != "Waikato District Health Board" {
		t.Errorf("victim %q, want Waikato District Health Board", got.Victim)
	}
	// an attack's own object before a colon: the clinics after it were not attacked
	for _, tt := range []struct {
		src  string
		t    int
		want bool
	}{
		{"Cyberangriff auf Großküche: Kliniken bekommen Notverpflegung", 3, true},
		{"Cyberangriff auf Kliniken in Ostbayern", 2, false},
		{"a cyberattack on its parent, CommonSpirit Health", 6, false}, // an appositive
	} {
		toks := text.Tokenize(tt.src)
		a := 0
		if toks[0].Norm == "a" {
			a = 1
		}
		if got := otherObject(tt.src, toks, [2]int{a, a}, [2]int{tt.t, tt.t}); got != tt.want {
			t.Errorf("otherObject(%q) = %v, want %v", tt.src, got, tt.want)
		}
	}
}

// TestRound26Readings checks the readings round 26 added: Italian articled
// prepositions are no links in German, towns' adjectives place a hospital
// and precede its name, number words and holidays of the other languages
// are no names, a dateline's "--" ends a name, a registry entity's name is
// no commentary, and regulators' fact sheets, signed deals and a business
// email compromise's payment instructions are read for what they are.
func TestRound26Readings(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tt := range []struct {
		lang, title, text string
		victim, country   string
	}{
		// German "alle" is "all", not the Italian "alle" linking an attack to its object
		{"de", "Uniklinik Frankfurt kappt nach IT-Angriff alle Verbindungen zum Internet", "Das Universitätsklinikum " +
			"Frankfurt hat seine IT-Systeme vom Internet getrennt. Es gebe Hinweise auf einen Cyberangriff.", "Uniklinik Frankfurt", "DE"},
		{"it", "Attacco hacker alle Asl di Napoli: sistemi bloccati", "", "Asl di Napoli", "IT"},
		// a town's adjective before a hospital's kind and name
		{"nl", "Oostends ziekenhuis AZ Damiaan getroffen door cyberaanval", "", "AZ Damiaan", "BE"},
		// a count and a holiday are no names
		{"de", "Hackerangriff zu Weihnachten: Drei Krankenhäuser in Ostwestfalen melden sich ab", "Die Katholische " +
			"Hospitalvereinigung Ostwestfalen (KHO) ist an Heiligabend Opfer eines Cyberangriffs geworden.",
			"Katholische Hospitalvereinigung Ostwestfalen", "DE"},
		// a dateline is not part of the name after it
		{"en", "Lansing imaging center notifies 106,000 patients after ransomware attack", "LANSING -- Mid-Michigan " +
			"Physicians Imaging Center is warning about 106,000 patients that their information may have been accessed " +
			"during a ransomware attack.", "Mid-Michigan Physicians Imaging Center", "US"},
	} {
		got := c.Classify(cit.Candidate{Title: tt.title, Text: tt.text, Lang: tt.lang})
		if !strings.HasPrefix(got.Victim, tt.victim) {
			t.Errorf("%q: victim %q, want %q", tt.title, got.Victim, tt.victim)
		}
		if got.Country == nil || *got.Country != tt.country {
			t.Errorf("%q: country %v, want %s", tt.title, got.Country, tt.country)
		}
	}
	for _, tt := range []struct {
		title, text string
		accept      bool
	}{
		// a registry's entity whose name holds a commentary word
		{"Tiny Steps Pediatrics, P.A.", "Tiny Steps Pediatrics reported that a cyberattack encrypted its electronic " +
			"health record system. The practice could not rule out access to the records of about 18,000 children.", true},
		// a regulator's guidance and a signed deal
		{"OCR Fact Sheet: Encrypted-by-Ransomware ePHI Presumed Breached Unless Proven Otherwise", "According to a fact " +
			"sheet from the HHS Office for Civil Rights, the encryption of ePHI by ransomware is presumed to be a breach.", false},
		{"NHS Digital Signs Deal to Upgrade Health Service to Windows 10", "NHS Digital has signed an agreement with " +
			"Microsoft. The health secretary said cyber attacks are a growing threat.", false},
	} {
		got := c.Classify(cit.Candidate{Title: tt.title, Text: tt.text})
		if got.IsHealthCyberattack != tt.accept {
			t.Errorf("%q: verdict %s (score %.3f), want accept %v", tt.title, got.Verdict, got.Score, tt.accept)
		}
	}
	// a business email compromise's payment instructions are no ransom note
	got := c.Classify(cit.Candidate{Title: "Fraudulent Payment Instructions Cost Toyota Boshoku Europe 4 Billion Yen",
		Text: "A malicious third party sent emails that persuaded staff to transfer funds to the attacker's account."})
	if got.AttackType == cit.AttackRansomware {
		t.Errorf("attack type %q for a business email compromise", got.AttackType)
	}
	// a place a protest is about is not the victim's
	got = c.Classify(cit.Candidate{Title: "Anonymous Leaks Chinese Government Website Data Over Hong Kong Protests"})
	if got.Country == nil || *got.Country != "CN" {
		t.Errorf("country %v, want CN (Hong Kong is what the protests are about)", got.Country)
	}
}

// TestRound27Readings checks round 27's readings: German drug makers and
// Italian laboratories as health victims, a "CAR-T" therapy that is no car,
// ruled-out attacks in the present's other persons, resilience funds,
// counts that are years or money, places named after a people's water or a
// side someone takes; and its second stage's operators described in an
// appositive, registries' plain words and commentary on investments.
func TestRound27Readings(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tt := range []struct {
		lang, title, text string
		accept            bool
	}{
		{"de", "Würzburger Arzneimittelhersteller meldet Cyberangriff", "Der Arzneimittelhersteller ist Ziel eines " +
			"Hackerangriffs geworden. Die Angreifer haben sich Zugang zum Netzwerk verschafft.", true},
		{"it", "Monza, un malware blocca i sistemi di un centro analisi", "Un virus informatico ha bloccato i sistemi del " +
			"Centro Analisi Brianza di Monza.", true},
		{"en", "Biotech firm Miltenyi Biotec says ransomware hit its global IT network", "Miltenyi Biotec was hit by a " +
			"ransomware attack that disrupted parts of its IT infrastructure. It supplies technology used in the development " +
			"of CAR-T therapies.", true},
		{"en", "Lake Erie Reproductive Center", "Hackers defaced the website of Lake Erie Reproductive Center and gained " +
			"access to messages submitted through the site's contact form.", true},
		{"pt", "Falha informática deixa centros de saúde de Famalicão sem sistema", "Os Serviços Partilhados do Ministério " +
			"da Saúde atribuem a falha a um problema de rede e excluem qualquer ataque informático.", false},
		{"nl", "Vlaamse regering trekt miljoenen uit voor cyberweerbaarheid van woonzorgcentra", "De Vlaamse regering " +
			"investeert 8 miljoen euro om woonzorgcentra beter te wapenen tegen ransomware en andere cyberaanvallen.", false},
		// the second stage: operators described in an appositive, registries'
		// plain words, commentary on investments and standards
		{"en", "Ransomware paralyses Rede Orvalis", "Rede Orvalis, the operator of 30 hospitals in the Brazilian states of " +
			"São Paulo and Paraná, was hit by ransomware in October 2023.", true},
		{"en", "LockBit 3.0 ransomware attack against Elsan", "In January 2023, the French private group Elsan, which operates " +
			"more than a hundred clinics across France, was hit by a ransomware attack.", true},
		{"en", "Phishing compromise at Irish university's law clinic", "Attackers compromised the mailbox of a staff member at " +
			"an Irish university's legal clinic through a phishing email.", false},
		{"en", "ScriptRelay Claims Processing", "The pharmacy claims processor discovered that an outsider had placed a web " +
			"shell on one of its servers. Patient names and prescription numbers may have been retrieved.", true},
		{"en", "Ventura Coast Sleep Disorders Center", "The covered entity (CE) reported that an unauthorized person gained " +
			"entry into its network through a vulnerability in its firewall and accessed a server.", true},
		{"en", "Red Rock Medical Imaging, LLC", "A backup hard drive could not be located. A forensic review found no evidence " +
			"of hacking or other unauthorized access to its network.", false},
		{"en", "NHS to Invest £150 Million in Cyber Security Over Three Years", "The government said the measures respond to " +
			"the WannaCry attack in May 2017, which disrupted a third of hospital trusts in England.", false},
		{"en", "HHS Launches Cybersecurity Coordination Center for Health Sector", "The center was established in response to " +
			"the WannaCry and NotPetya outbreaks, which affected healthcare organizations.", false},
	} {
		got := c.Classify(cit.Candidate{Title: tt.title, Text: tt.text, Lang: tt.lang})
		if got.IsHealthCyberattack != tt.accept {
			t.Errorf("%q: verdict %s (score %.3f), want accept %v", tt.title, got.Verdict, got.Score, tt.accept)
		}
	}
	for _, tt := range []struct{ title, text string }{
		{"Altran Technologies", "Altran said a cyberattack on January 24, 2019 affected operations in some European countries."},
		{"Bank of Valletta", "Hackers attempted to transfer 13 million euros to accounts in the United Kingdom."},
	} {
		if got := c.Classify(cit.Candidate{Title: tt.title, Text: tt.text}); got.RecordsAffected != nil {
			t.Errorf("%q: records %d, want none (a year, a sum of money)", tt.title, *got.RecordsAffected)
		}
	}
	got := c.Classify(cit.Candidate{Title: "Midland Women's Clinic", Text: "A CryptoLocker infection encrypted files " +
		"holding the diagnosis codes of roughly 9,000 women."})
	if got.RecordsAffected == nil || *got.RecordsAffected != 9000 {
		t.Errorf("records %v, want 9000", got.RecordsAffected)
	}
	for _, tt := range []struct{ title, text, country string }{
		{"Georgian Bay General Hospital says cyber incident was ransomware", "Georgian Bay General Hospital in Midland, " +
			"Ontario, says the cyber incident was a ransomware attack.", "CA"},
		{"Predatory Sparrow attack on Nobitex", "The pro-Israel hacktivist group Predatory Sparrow claimed an attack on " +
			"Iran's largest cryptocurrency exchange, Nobitex.", "IR"},
		{"DDoS attacks on Vatican websites", "Vatican websites were taken offline by DDoS attacks.", "VA"},
	} {
		got := c.Classify(cit.Candidate{Title: tt.title, Text: tt.text})
		if got.Country == nil || *got.Country != tt.country {
			t.Errorf("%q: country %v, want %s", tt.title, got.Country, tt.country)
		}
	}
}

// TestRound26RegistryReadings checks the second stage's readings of
// registry entries: ransomware, intrusions and thefts by outsiders told
// without the usual words, and names that filings extend.
func TestRound26RegistryReadings(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tt := range []struct {
		title, text string
		accept      bool
	}{
		{"Airway Oxygen, Inc. [Grand Rapids]", "Airway Oxygen learned that an unknown party had gained access to its " +
			"technology infrastructure and installed a program that locked the company out of its own data. Diagnoses and " +
			"health insurance information of customers were on the systems.", true},
		{"Excellus BlueCross BlueShield, Univera Healthcare", "Excellus discovered that someone had gained unauthorized " +
			"access to its information technology systems. Names and claims information may have been viewed.", true},
		{"Banner Health, Banner Health Network", "Banner discovered that someone had gotten into the computer systems " +
			"that process payment card data at food and beverage outlets. Patient names and health insurance information " +
			"were on systems the same party may have accessed.", true},
		{"NORTH BROWARD HOSPITAL DISTRICT D/B/A BROWARD HEALTH", "The covered entity (CE) reported that an intruder " +
			"entered its network through the office of a third-party medical provider and accessed PHI of 1,357,879 individuals.", true},
		// an account's owner is no insider
		{"Merrimack Valley Sleep Center", "An unauthorized individual gained access to an email account belonging to an " +
			"employee of Merrimack Valley Sleep Center. The account contained sleep study reports of 2,245 patients.", true},
		// physical access to a department is no intrusion
		{"Coastal Behavioral Healthcare, Inc.", "Four pages containing PHI were recovered by police during a traffic stop. " +
			"The CE improved safeguards by restricting physical access to its information technology department.", false},
	} {
		got := c.Classify(cit.Candidate{Title: tt.title, Text: tt.text})
		if got.IsHealthCyberattack != tt.accept {
			t.Errorf("%q: verdict %s (score %.3f), want accept %v", tt.title, got.Verdict, got.Score, tt.accept)
		}
	}
	for _, tt := range []struct{ lang, title, text, victim string }{
		{"en", "ELARA CARING, LLC AND ITS AFFILIATES", "The covered entity reported that an unauthorized party accessed " +
			"employee email accounts through a phishing attack.", "ELARA CARING"},
		{"de", "Französisches Krankenhaus zahlt nicht", "Die Gruppe Lockbit hat Daten des Centre Hospitalier Sud " +
			"Francilien veröffentlicht.", "Centre Hospitalier Sud Francilien"},
		{"en", "Rite Aid says pharmacy customers' data exposed through vendor's MOVEit server", "Rite Aid is notifying " +
			"24,000 customers that information was taken when hackers exploited the MOVEit flaw at one of its vendors in " +
			"late May. The pharmacy chain said its own systems were not compromised.", "Rite Aid"},
	} {
		got := c.Classify(cit.Candidate{Title: tt.title, Text: tt.text, Lang: tt.lang})
		if !strings.HasPrefix(got.Victim, tt.victim) {
			t.Errorf("%q: victim %q, want %q", tt.title, got.Victim, tt.victim)
		}
	}
	// a district named after a country is no country
	got := c.Classify(cit.Candidate{Title: "King's College Hospital postpones operations after supplier is hacked",
		Text: "The hospital in Denmark Hill said it was prioritising urgent blood tests."})
	if got.Country != nil && *got.Country == "DK" {
		t.Errorf("country DK read from Denmark Hill")
	}
}

// Round 28: an intrusion into "its server" told plainly, computers "held
// hostage", a website "rigged" to infect its visitors (which researchers
// reported), an Italian radiology centre; not a correction that keeps
// intruders out of a server, nor a denial after two coordinated attack
// nouns ("van een hack of cyberaanval is geen sprake"); then the second
// stage's readings.
func TestRound28Readings(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tt := range []struct {
		lang, title, text string
		accept            bool
	}{
		{"en", "Integrity Medical Coding, Inc.", "Integrity Medical Coding, Inc. discovered unauthorized access to its server. " +
			"The server stored patient records sent by client physician groups for coding review.", true},
		{"en", "Pinewood Counseling Services", "After a laptop was stolen, Pinewood Counseling Services changed passwords to " +
			"prevent unauthorized access to its server. 640 clients were affected.", false},
		{"en", "Hackers hold Texas hospital's computers hostage, demand bitcoin ransom", "", true},
		{"en", "Norfolk General Hospital's website was rigged to infect visitors with ransomware, researchers say.", "", true},
		{"it", "Altamura, LockBit rivendica l'attacco a un centro radiologico", "Il gruppo ransomware LockBit ha inserito il " +
			"Centro Radiologico Murgia di Altamura nell'elenco delle sue vittime, minacciando di pubblicare referti e immagini.", true},
		{"nl", "Amstelveen: software-update legt elektronisch dossier Ziekenhuis Amstelland urenlang lam", "Artsen van " +
			"Ziekenhuis Amstelland konden urenlang niet in het elektronisch patiëntendossier. Volgens het ziekenhuis ging er " +
			"iets mis bij een update van de software; van een hack of cyberaanval is nadrukkelijk geen sprake.", false},
	} {
		got := c.Classify(cit.Candidate{Title: tt.title, Text: tt.text, Lang: tt.lang})
		if got.IsHealthCyberattack != tt.accept {
			t.Errorf("%q: verdict %s (score %.3f), want accept %v", tt.title, got.Verdict, got.Score, tt.accept)
		}
	}
	// The second stage: hospitals named in their own languages, registries'
	// intrusions in plain words; not a new strain that "could target"
	// hospitals, nor a town's attack whose hospital "no se ha visto afectado".
	for _, tt := range []struct {
		lang, title, text string
		accept            bool
	}{
		{"en", "DDoS attack on Městská nemocnice Horní Brod", "Pro-Russian hacktivists knocked the website of Městská " +
			"nemocnice Horní Brod offline for several hours.", true},
		{"en", "Ransomware attack on RSUD Kota Tanjung Batu", "Ransomware encrypted the servers of RSUD Kota Tanjung Batu, " +
			"a regional public hospital in Indonesia.", true},
		{"en", "Bitternut Dialysis Center", "An investigation found that an unknown person had been logging in to an " +
			"employee's email account from overseas for about three weeks.", true},
		{"en", "Kerrigan Ambulance District", "The covered entity (CE) reported that an unknown party had entered the CE's " +
			"network through an exposed remote access port.", true},
		{"en", "Researchers Dissect VitalLock, a New Ransomware That Could Target Hospitals", "Security researchers " +
			"published an analysis of a new ransomware strain.", false},
		{"es", "Ciberataque al Ayuntamiento de Tomelloso: el hospital no se ha visto afectado", "El Ayuntamiento de " +
			"Tomelloso (Ciudad Real) mantiene desconectados sus sistemas informáticos tras sufrir un ataque de ransomware " +
			"durante el fin de semana. El padrón, la sede electrónica y la gestión de multas están paralizados. El alcalde " +
			"ha querido tranquilizar a los vecinos: el hospital, que depende del SESCAM y tiene redes independientes, no se " +
			"ha visto afectado, al igual que los centros de salud. La Guardia Civil investiga el origen del ataque.", false},
	} {
		got := c.Classify(cit.Candidate{Title: tt.title, Text: tt.text, Lang: tt.lang})
		if got.IsHealthCyberattack != tt.accept {
			t.Errorf("%q: verdict %s (score %.3f), want accept %v", tt.title, got.Verdict, got.Score, tt.accept)
		}
	}
	// Hostages in the news are people, whatever else the sentence says.
	got := c.Classify(cit.Candidate{Title: "Patients held hostage at hospital, man demanded ransom, police say"})
	if got.IsHealthCyberattack {
		t.Errorf("hostages in a hospital: verdict %s (score %.3f), want no cyberattack", got.Verdict, got.Score)
	}
}

// TestRound29Readings: a denial by "dément", "desmiente" or "denies"
// before the attack word; a country's sector ("US Healthcare") is no named
// victim, while a website of that sector still is.
func TestRound29Readings(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tt := range []struct {
		lang, title, text string
		accept            bool
	}{
		{"fr", "L'hôpital de Millau dément toute cyberattaque", "La direction explique le ralentissement des admissions " +
			"par une opération de maintenance programmée.", false},
		{"es", "El hospital de Jaén desmiente un ciberataque", "La caída del sistema se debió a una avería eléctrica.", false},
		{"en", "Riverside hospital denies ransomware attack after outage", "A network outage on Monday was caused by a " +
			"failed software update, the hospital said.", false},
		{"en", "Ransomware Cost US Healthcare Billions in Downtime, Analysts Estimate", "Ransomware attacks on healthcare " +
			"organisations caused an estimated $20 billion in downtime last year, according to an analysis of public disclosures.", false},
		{"en", "Hackers Stole 6.8 Million Records From Indian Health Care Website", "Hackers stole more than 6.8 million " +
			"records of patients and doctors from an India-based healthcare website, a security firm said.", true},
	} {
		got := c.Classify(cit.Candidate{Title: tt.title, Text: tt.text, Lang: tt.lang})
		if got.IsHealthCyberattack != tt.accept {
			t.Errorf("%q: verdict %s (score %.3f), want accept %v", tt.title, got.Verdict, got.Score, tt.accept)
		}
	}
}

// TestRound31Victims: outside English a capitalised word right before the
// attack word names no victim unless it is a health body ("Offenbar
// Hackerangriff"), and German's genitive names a thing of the clinic, not the
// clinic ("Rechner der Klinik"); the owner after the article is read when it
// is a name of its own.
func TestRound31Victims(t *testing.T) {
	t.Parallel()
	checkVictims(t, newTest(t), []victimCase{
		{"de", "Ingolstadt: Offenbar Hackerangriff auf die Klinik", "Seit Dienstag sind die Rechner der Klinik nicht " +
			"erreichbar. Die Polizei ermittelt.", "Offenbar", ""},
		{"de", "Ingolstadt: Offenbar Hackerangriff auf die Klinik", "Seit Dienstag sind die Rechner der Klinik nicht " +
			"erreichbar. Die Polizei ermittelt.", "Rechner der Klinik", ""},
		{"en", "Change Healthcare cyberattack disrupts pharmacies", "Pharmacies across the country could not process " +
			"prescriptions.", "", "Change Healthcare"},
	})
}

// TestRound31Readings: the shapes of real press in German, Dutch and French
// that the news rules held at review (round 31), told in sentences of our own,
// beside the business and survey news the same rules must still hold.
func TestRound31Readings(t *testing.T) {
	t.Parallel()
	checkReadings(t, newTest(t), []readingCase{
		{"de", "Hackerangriff auf Krankenversicherer: Daten von Millionen Patienten erbeutet", "Unbekannte sind in die Systeme " +
			"des Versicherers eingedrungen und haben Namen, Geburtsdaten und Versicherungsnummern kopiert.", true, ruleBusiness},
		{"de", "Land investiert 20 Millionen Euro in die IT-Sicherheit seiner Krankenhäuser", "Nach mehreren Cyberangriffen auf " +
			"Kliniken im Ausland will die Regierung die Abwehr stärken.", false, ""},
		{"de", "Als Mitarbeiter der Sonnenbergklinik am Montagmorgen ihre Rechner starteten, ging nichts mehr.", "Als Mitarbeiter der " +
			"Sonnenbergklinik am Montagmorgen ihre Rechner starteten, ging nichts mehr. Die IT-Abteilung trennte das Netzwerk vom " +
			"Internet und alarmierte die Polizei. Kriminelle hatten Server verschlüsselt und ein Lösegeld gefordert. Die Versorgung " +
			"der Patienten lief tagelang nur auf Papier. Die Klinik hat Anzeige erstattet.", true, ruleBackground},
		{"nl", "Drie zorgbedrijven in Limburg getroffen door hackers", "Drie zorgbedrijven in Limburg zijn het slachtoffer " +
			"geworden van een aanval met gijzelsoftware. De criminelen versleutelden de servers en eisen losgeld. De politie " +
			"onderzoekt de zaak. Ook andere zorginstellingen in de regio zijn gewaarschuwd. De patiëntenzorg loopt door.", true, ruleBackground},
		{"de", "Physio-Praxis in Passau fängt sich Erpressungstrojaner ein", "Der Inhaber erstattete Anzeige wegen " +
			"Computersabotage. Ein Mitarbeiter hatte den Anhang einer angeblichen Bewerbung geöffnet. Danach waren alle Dateien " +
			"verschlüsselt und eine Lösegeldforderung erschien. Die Hotline der Praxissoftware half beim Neuaufsetzen der Rechner.",
			true, ruleBackground},
		{"fr", "Lyon : une enquête judiciaire ouverte après la cyberattaque du centre hospitalier", "Le parquet a ouvert une " +
			"enquête après l'attaque par rançongiciel qui a paralysé les services informatiques de l'hôpital.", true, ruleCommentary},
		{"fr", "Enquête : les hôpitaux français face à la menace des cyberattaques", "Selon une étude publiée mardi, deux " +
			"établissements de santé sur trois estiment être mal préparés.", false, ""},
		{"de", "Sieben Tipps gegen Phishing-Angriffe in der Arztpraxis", "Hacker nehmen immer öfter kleine Praxen ins Visier. " +
			"Wer seine Mitarbeiter schult und Updates einspielt, senkt das Risiko eines Angriffs deutlich.", false, ""},
		{"it", "Dieci consigli per difendere lo studio medico dagli attacchi hacker", "Gli ospedali e gli studi medici sono " +
			"bersagli frequenti dei criminali informatici. Ecco come ridurre il rischio di un attacco ransomware.", false, ""},
	})
}

// TestRound32Readings holds sentences of our own in the shapes real press
// took in round 32: a question title that asks what happened in the attack
// it names, and a rumour an institution rules out "at this stage".
func TestRound32Readings(t *testing.T) {
	t.Parallel()
	checkReadings(t, newTest(t), []readingCase{
		{"fr", "Cyberattaque au centre hospitalier de Brive : que s'est-il passé ?", "Le centre hospitalier de Brive a été " +
			"la cible d'une cyberattaque dans la nuit de dimanche. Les pirates ont chiffré les serveurs et réclament une rançon.",
			true, ruleCommentary},
		{"de", "Hackerangriff auf das Klinikum Fulda: Was ist passiert?", "Das Klinikum Fulda ist Opfer eines " +
			"Cyberangriffs geworden. Unbekannte verschlüsselten Server und forderten Lösegeld.", true, ruleCommentary},
		{"en", "Are hospitals ready for the next ransomware attack?", "Experts say many hospitals still lack " +
			"offline backups and incident plans.", false, ""},
		{"fr", "Panne informatique à la clinique des Alpes", "Si des rumeurs de « cyberattaque » circulent sur les " +
			"réseaux sociaux, la clinique exclut « à ce stade » un piratage de ses systèmes. Une panne de serveur est en cause.",
			false, ""},
		{"it", "Ospedale di Lodi, 'nessun attacco hacker'", "\"Non risultano attacchi hacker nei confronti dell'ospedale " +
			"di Lodi\", precisa la direzione. I disservizi informatici sono dovuti a un guasto.", false, ""},
		{"it", "Casa per anziani di Lugano vittima di un attacco ransomware", "I criminali hanno cifrato i server della " +
			"struttura e chiesto un riscatto. I dati dei residenti sono stati ripristinati da un backup.", true, ""},
		{"es", "La isapre Cruz Norte sufre un ciberataque que deja sin servicio su sucursal virtual", "Los afiliados no " +
			"pueden comprar bonos ni pedir reembolsos desde el viernes, cuando un ataque informático afectó sus sistemas.",
			true, ""},
		{"es", "Alertan de una campaña de phishing que suplanta al Servicio de Salud", "Los correos fraudulentos piden " +
			"a los usuarios renovar su tarjeta sanitaria y recogen los datos de su tarjeta bancaria.", false, ""},
		{"es", "La distribuidora de medicamentos Farmaval comunicó a sus pacientes y a la opinión pública que sufrió un ciberataque",
			"La página web y la aplicación dejaron de funcionar y los pacientes recogieron sus medicamentos con turnos en papel.",
			true, ruleCommentary},
		{"fr", "Toutes les consultations sont annulées au centre hospitalier de Namur, victime d'une cyberattaque qui a entraîné le blocage de 300 serveurs",
			"Les pirates se sont infiltrés dans le système pendant la nuit.", true, ruleCommentary},
		{"fr", "Le laboratoire Biomed, qui détient les données de la moitié de la population du canton, victime d'une cyberattaque",
			"Les pirates ont chiffré les serveurs du laboratoire et réclament une rançon.", true, ruleCommentary},
		{"de", "Mutmaßlicher Erpresser der Kreisklinik vor Gericht", "Vor dem Landgericht muss sich ein 34-Jähriger " +
			"verantworten, der 2021 die Server der Kreisklinik verschlüsselt und Lösegeld gefordert haben soll.", false, ""},
		{"nl", "Een ziekenhuis in Ohio heeft alle niet-dringende operaties wegens een cyberaanval geannuleerd", "Ambulances " +
			"worden omgeleid naar andere ziekenhuizen. De it-systemen zijn uit voorzorg uitgeschakeld.", true, ruleDenied},
		{"pt", "Portal da Agência Nacional de Vigilância Sanitária sofre ataque hacker", "Os invasores publicaram uma " +
			"mensagem na página inicial do portal da agência.", true, ruleCommentary},
		{"de", "Hacker legen den Spitalverband Zentralschweiz lahm", "Der Spitalverband ist Opfer eines Hackerangriffs " +
			"geworden. Der Zugriff auf den Datenserver ist nicht möglich.", true, ""},
		{"nl", "Zorginstelling Veldzicht heeft externe experts ingeschakeld na een hack", "Criminelen hebben gegevens " +
			"van cliënten gestolen. De instelling deed aangifte bij de politie.", true, ruleCommentary},
		{"nl", "Hacker van ziekenhuiswebsite in hoger beroep vrijgesproken", "Het hof sprak de man vrij van het hacken " +
			"van de website van het ziekenhuis in 2019.", false, ""},
	})
}

// TestRound32Victims: a headline's question word, a nationality and a
// malware's name are no victims (round 32, sentences of our own).
func TestRound32Victims(t *testing.T) {
	t.Parallel()
	checkVictims(t, newTest(t), []victimCase{
		{"en", "Pharmacy chain reports breach affecting 2 million people", "Pharmacy chain reports breach affecting 2 million " +
			"people. Image: Stock. Read more: How Medusa Ransomware Endangers Clinics. The pharmacy chain said hackers stole " +
			"the data of 2 million patients in May.", "How", ""},
		{"nl", "Datalek bij Nederlands medisch lab treft ook huisartsen", "Hackers hebben gegevens gestolen bij een " +
			"laboratorium in Rijswijk. De criminelen eisen losgeld.", "Nederlands", ""},
		{"en", "Hospitals hit by global ransomware outbreak", "Hospitals in England were among dozens of organisations " +
			"hit by a ransomware attack, using malware called Wanna Decryptor.", "Wanna", ""},
		{"en", "Insurer's customer data released by hackers", "Yesterday Medicore confirmed that hackers had stolen " +
			"the data of 9 million customers in a ransomware attack.", "Yesterday", ""},
		{"en", "Hospital board scrambles to contain cyber attack", "The attack hit the Hawkes DHB. Hawkes DHB chief " +
			"executive said the ransomware attack took down all IT systems.", "DHB. Hawkes", ""},
		{"de", "Hackerangriff in Datenbank der Passauer Uniklinik", "Unbekannte sind in die Datenbank der Passauer " +
			"Uniklinik eingedrungen und haben Patientendaten kopiert.", "Datenbank", ""},
		{"de", "Cyberangriff legt Teile des Gesundheitswesens lahm", "Die Gesundheitsbehörde Landeskrankenhaus Sud " +
			"wurde Opfer eines Hackerangriffs mit Ransomware.", "Gesundheitsbehörde", ""},
		{"de", "Cyberangriff auf irische Gesundheitsbehörde", "Die Gesundheitsbehörde Health Service Executive (HSE) " +
			"wurde Opfer eines Hackerangriffs mit Ransomware.", "Gesundheitsbehörde", ""},
		{"de", "Wie das Herzzentrum Lahr den Hackerangriff überstand", "Das Herzzentrum Lahr wurde im Mai Opfer eines " +
			"Cyberangriffs. Die Täter verschlüsselten die Server.", "Wie", "Herzzentrum Lahr"},
	})
}

// TestRound33Victims: a preposition holding its article opens a sentence,
// not a name: "Im Klinikum Fürth", "Au CHU de Rouen" (round 33, sentences
// of our own).
func TestRound33Victims(t *testing.T) {
	t.Parallel()
	checkVictims(t, newTest(t), []victimCase{
		{"de", "Im Klinikum Nordhafen schränkt ein Hackerangriff den Betrieb ein", "Ein Trojaner hat die Server des " +
			"Klinikums verschlüsselt, Operationen wurden verschoben.", "Im ", "Klinikum Nordhafen"},
		{"fr", "Au CHU de Nordville, une cyberattaque paralyse les urgences", "Un rançongiciel a chiffré les serveurs " +
			"de l'hôpital dans la nuit de dimanche.", "Au ", "CHU de Nordville"},
	})
}

// TestRound33Readings: a German hospice is a health organisation (round
// 33, a sentence of our own).
func TestRound33Readings(t *testing.T) {
	t.Parallel()
	checkReadings(t, newTest(t), []readingCase{
		{"de", "Hospiz Sonnenhalde Opfer von Erpresservirus", "Ein Erpressungstrojaner hat die Computer des Hospizes " +
			"Sonnenhalde verschlüsselt. Die Täter fordern Lösegeld.", true, ""},
	})
}

// TestRound33Countries: Doctolib is French, Portugal's INEM Portuguese
// (round 33, sentences of our own).
func TestRound33Countries(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tt := range []struct{ lang, title, text, country string }{
		{"fr", "Doctolib victime d'un piratage de rendez-vous", "Des pirates ont accédé aux rendez-vous de milliers de " +
			"patients sur la plateforme.", "FR"},
		{"pt", "Ataque informático ao Instituto Nacional de Emergência Médica", "Os sistemas do instituto foram alvo " +
			"de um ataque de negação de serviço esta quinta-feira.", "PT"},
	} {
		got := c.Classify(cit.Candidate{Title: tt.title, Text: tt.text, Lang: tt.lang})
		if got.Country == nil || *got.Country != tt.country {
			t.Errorf("%q: country %v, want %q", tt.title, got.Country, tt.country)
		}
	}
}

// TestRound32Countries: Chile's "isapre" and Brazil's ConecteSUS place
// their victims (round 32, sentences of our own).
func TestRound32Countries(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tt := range []struct{ lang, title, text, country string }{
		{"es", "La isapre Cruz Norte sufre un ciberataque", "Los afiliados no pueden comprar bonos desde el viernes.", "CL"},
		{"pt", "ConecteSUS fica fora do ar após ataque hacker", "O aplicativo de vacinação do ministério ficou indisponível.", "BR"},
		{"fr", "Des hôpitaux de la Province du Luxembourg ciblés par une attaque informatique", "Les hôpitaux du groupe " +
			"ont été victimes d'une cyberattaque dans la nuit de vendredi à samedi.", "BE"},
	} {
		got := c.Classify(cit.Candidate{Title: tt.title, Text: tt.text, Lang: tt.lang})
		if got.Country == nil || *got.Country != tt.country {
			t.Errorf("%q: country %v, want %q", tt.title, got.Country, tt.country)
		}
	}
}

// victimCase is a report and the victim it must name (victim, when set)
// or must not name a part of (notVictim, when set).
type victimCase struct{ lang, title, text, notVictim, victim string }

func checkVictims(t *testing.T, c *Classifier, cases []victimCase) {
	t.Helper()
	for _, tt := range cases {
		got := c.Classify(cit.Candidate{Title: tt.title, Text: tt.text, Lang: tt.lang})
		if tt.notVictim != "" && strings.Contains(got.Victim, tt.notVictim) {
			t.Errorf("%q: victim %q, want none holding %q", tt.title, got.Victim, tt.notVictim)
		}
		if tt.victim != "" && got.Victim != tt.victim {
			t.Errorf("%q: victim %q, want %q", tt.title, got.Victim, tt.victim)
		}
	}
}

// readingCase is a report, whether it must be accepted, and a rule that
// must not fire on it ("" = none checked).
type readingCase struct {
	lang, title, text string
	accept            bool
	rule              string
}

func checkReadings(t *testing.T, c *Classifier, cases []readingCase) {
	t.Helper()
	for _, tt := range cases {
		got := c.Classify(cit.Candidate{Title: tt.title, Text: tt.text, Lang: tt.lang})
		if got.IsHealthCyberattack != tt.accept {
			t.Errorf("%q: verdict %s (score %.3f), want accept %v", tt.title, got.Verdict, got.Score, tt.accept)
		}
		if tt.rule != "" && hasRule(got, tt.rule) {
			t.Errorf("%q: %s fired", tt.title, tt.rule)
		}
	}
}

// TestRound34OtherLanguages: reports in Polish, Czech, Slovenian,
// Norwegian, Croatian and Finnish are read (round 34; the first five are
// sentences of real press reports, shortened), and attacks on a town hall
// or a parliament, or a hospital's flu ward, in those languages are not
// health cyberattacks (sentences of our own).
func TestRound34OtherLanguages(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	checkReadings(t, c, []readingCase{
		{"pl", "Wyniki badań medycznych kilkudziesięciu tysięcy Polaków trafiły do internetu.", "To skutek ataku hakerów " +
			"na serwery spółki ALAB zajmującej się badaniami laboratoryjnymi.", true, ""},
		{"cs", "Provoz benešovské nemocnice ochromil počítačový kryptovirus", "Nelze spustit žádný přístroj, všechny " +
			"plánované operace jsou zrušené, řekl mluvčí nemocnice Petr Ballek.", true, ""},
		{"sl", "Klinični center v Zagrebu je bil davi tarča kibernetskega napada", "Pojasnili so, da so bili primorani " +
			"ustaviti vse sisteme.", true, ""},
		{"no", "Sykehuspartner HF varslet om unormal aktivitet", "Det er avdekket innbrudd i datasystemer og " +
			"trusselaktøren er en avansert og profesjonell aktør.", true, ""},
		{"hr", "Hakerska skupina LockBit stoji iza napada na KBC Zagreb", "Tvrde da su bolnicu napali zlonamjernim " +
			"ransomware virusom, a zatim zahtijevaju otkupninu.", true, ""},
		{"fi", "Psykoterapiakeskus joutui tietomurron kohteeksi", "Potilastiedot varastettiin ja hakkeri vaati lunnaita.", true, ""},
		{"pl", "Szpital w Lublinie: wzrost zachorowań na grypę", "Na oddziale zakaźnym brakuje łóżek, pacjenci czekają " +
			"na przyjęcie.", false, ""},
		{"cs", "Kybernetický útok na radnici v Brně", "Útočníci zašifrovali servery městského úřadu a žádali výkupné.", false, ""},
		{"no", "Dataangrep mot Stortinget", "Angriperne fikk tilgang til e-postkontoer til flere stortingsrepresentanter.", false, ""},
		{"ro", "Atac cibernetic asupra primăriei din Cluj", "Hackerii au blocat site-ul primăriei timp de două zile.", false, ""},
	})
	// the hospital's spokesman, named after it, is not its name
	checkVictims(t, c, []victimCase{
		{"cs", "Provoz benešovské nemocnice ochromil počítačový kryptovirus", "Nelze spustit žádný přístroj, řekl " +
			"mluvčí nemocnice Petr Ballek.", "Ballek", ""},
		{"pl", "Atak hakerski na szpital w Szczecinie", "Jak informuje rzecznik szpitala Tomasz Nowak, systemy " +
			"zostały zaszyfrowane.", "Nowak", ""},
	})
}

// TestRound34Victims: a German system noun before the victim's genitive
// ("die IT-Infrastruktur der …"), a German time after its name ("Mitte
// Juni"), a gang claiming responsibility, a date between "wurde" and
// "Opfer", and the Med-Uni (round 34, sentences of our own).
func TestRound34Victims(t *testing.T) {
	t.Parallel()
	checkVictims(t, newTest(t), []victimCase{
		{"de", "Hackerangriff legt Universität lahm", "Hacker haben die IT-Infrastruktur der Medizinischen Universität " +
			"Nordhafen angegriffen und teilweise lahmgelegt.", "Infrastruktur", "Medizinischen Universität Nordhafen"},
		{"de", "MedUni: Gestohlene Daten im Darknet", "Nach dem Hackerangriff auf die Medizinische Universität " +
			"Nordhafen Mitte Juni sind Daten im Darknet veröffentlicht worden.", "Mitte", "Medizinische Universität Nordhafen"},
		{"en", "Ransomware Group Interlock Claims Responsibility for Lakeview Health Attack", "The gang posted " +
			"files it says it stole from the hospital network's servers.", "Responsibility", ""},
		{"de", "Die Waadtländer Medigruppe wurde am 7. Dezember Opfer eines Cyberangriffs.", "Die Gruppe betreibt " +
			"vier medizinische Zentren in Lausanne.", "", "Waadtländer Medigruppe"},
		{"de", "Die Med-Uni Nordhafen fiel einem Cyberangriff zum Opfer.", "Alle Mitarbeiter und Studierenden " +
			"erhalten neue Passwörter.", "", "Med-Uni Nordhafen"},
		// the victim's IT systems after its name, a unit of it named alone
		{"en", "Overnight cyberattack hits Lakemoor IT system but hospital services continue", "The maternity " +
			"hospital has locked down all its networks.", "IT", "Lakemoor"},
		{"en", "Hospital cancels visits", "Appointments were cancelled because of the ransomware attack on the " +
			"HSE's IT systems, the hospital said.", "IT", "HSE"},
		{"en", "Hospital's emergency department closed after cybersecurity incident", "\"The decision to close " +
			"the Emergency Department was not taken lightly,\" the hospital said after the ransomware attack.", "Emergency", ""},
		{"en", "Malicious actor steals health staff data", "A malicious actor accessed and downloaded private " +
			"information about former and current staff, Health New Zealand says.", "", "Health New Zealand"},
		// a sentence's opening adjective and a nationality describe the victim
		{"nl", "Belangrijke Amerikaanse bloedbank getroffen door ransomware-aanval", "De bloedbank kampt met " +
			"storingen in haar systemen.", "Amerikaanse", ""},
		{"de", "Katholische US-Klinik wird nach Cyberangriff geschlossen", "Das Krankenhaus konnte sich von dem " +
			"Angriff nicht erholen.", "Katholische", ""},
	})
	// a nationality in the press's other languages places the victim
	c := newTest(t)
	for _, tt := range []struct{ lang, title, country string }{
		{"nl", "Amerikaans kankercentrum afgeperst na ransomware-aanval", "US"},
		{"de", "Hacker stehlen Daten einer britischen Klinikgruppe", "GB"},
		{"fr", "Un hôpital américain paralysé par un rançongiciel", "US"},
	} {
		got := c.Classify(cit.Candidate{Title: tt.title, Text: "Patiëntgegevens werden gestolen.", Lang: tt.lang})
		if got.Country == nil || *got.Country != tt.country {
			t.Errorf("%q: country %v, want %q", tt.title, got.Country, tt.country)
		}
	}
}

// TestRound34Countries: a town placed by the province after it ("Cornwall,
// Ont.", "Cornwall, Ontario") is in that province's country, though a
// region abroad has its name (round 34, sentences of our own).
func TestRound34Countries(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tt := range []struct{ title, country string }{
		{"Cyberattack on Cornwall, Ont. hospital causing delays for patients", "CA"},
		{"Cyberattack on Cornwall, Ontario hospital causing delays for patients", "CA"},
		{"Cyberattack on Cornwall hospital causing delays for patients", "GB"},
	} {
		got := c.Classify(cit.Candidate{Title: tt.title, Text: "The hospital said patients could face delays.", Lang: "en"})
		if got.Country == nil || *got.Country != tt.country {
			t.Errorf("%q: country %v, want %q", tt.title, got.Country, tt.country)
		}
	}
}

// TestRound34Readings: a Land's dental chamber, a Diakonie, a biopharma
// company and an order of psychologists are health bodies; "no indication at all of a cyberattack" in
// German denies one (round 34, sentences of our own).
func TestRound34Readings(t *testing.T) {
	t.Parallel()
	checkReadings(t, newTest(t), []readingCase{
		{"de", "Cyberangriff auf Kammer-IT legt Prozesse lahm", "Vorsorglich wurden E-Mail und Datenaustausch " +
			"abgeschaltet, meldet die Landeszahnärztekammer Nordland.", true, ""},
		{"de", "Hacker greifen System der Diakonie Nordhafen an", "Die Angreifer haben Server der Pflegeheime " +
			"verschlüsselt.", true, ""},
		{"en", "A hacker attacks a Pune biopharma company using ransomware", "The cybercriminal demanded $80,000 " +
			"to unlock the company's encrypted data.", true, ""},
		{"de", "Am Universitätsklinikum Nordhafen sind die IT-Probleme behoben", "Es gebe keinerlei Anhaltspunkte " +
			"für einen Cyberangriff, ein Problem in den Rechenzentren habe die Störung verursacht.", false, ""},
		{"it", "Rubato il database dell'Ordine degli psicologi lombardi", "Gli hacker minacciano di pubblicare i dati " +
			"degli iscritti se non verrà pagato un riscatto.", true, ""},
	})
}
