package classify

import (
	"testing"

	"github.com/cit-health/cit/pkg/cit"
)

// countryCase is a report and the country it must be placed in ("" for
// none).
type countryCase struct{ lang, url, title, text, country string }

func checkCountries(t *testing.T, c *Classifier, cases []countryCase) {
	t.Helper()
	for _, tt := range cases {
		got := c.Classify(cit.Candidate{Lang: tt.lang, URL: tt.url, Title: tt.title, Text: tt.text})
		if got.CountryCode() != tt.country {
			t.Errorf("%q: country %q, want %q", tt.title, got.CountryCode(), tt.country)
		}
	}
}

// TestRound49HackersBrokeIn: hackers break into networks, not offices, and a
// database "was broken into" by no burglar: both are intrusions, not the
// physical break-ins of the dev data's thefts (round 49; after set X3's
// reports of the Miami Family Medical Centre's 2012 ransomware and of
// SingHealth's 2018 breach). Thieves who broke into an office stay a loss.
func TestRound49HackersBrokeIn(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tt := range []reportCase{
		{"en", "", "A group of hackers broke into the Miami Family Medical Centre in Australia and are now holding all of " +
			"their patient's medical records for ransom. The hackers didn't physically take or delete the files but they " +
			"have encrypted them."},
		{"en", "Hackers demand ransom money after encrypting Australian medical facility’s patient records",
			"The Miami Family Medical Centre in Australia may lose the medical records of its patients forever, thanks to a " +
				"group of hackers who broke into the digital records and encrypted them."},
		{"en", "Ministry investigates targeted strike", "The health ministry said a government database was broken into in a targeted strike."},
		{"en", "Clinic notifies patients", "A hacker had broken into the clinic's billing records."},
		{"en", "Clinic notifies patients", "The clinic was closed on Monday. Hackers broke into its patient records."},
	} {
		got := c.Classify(cit.Candidate{Lang: tt.lang, Title: tt.title, Text: tt.text})
		if hasRule(got, "lexicon:non_cyber_breach") {
			t.Errorf("%q: read as a physical break-in (%s %.3f)", tt.text, got.Verdict, got.Score)
		}
		if got.Verdict == cit.VerdictReject {
			t.Errorf("%q: rejected (%.3f)", tt.text, got.Score)
		}
	}
	if got := c.Classify(cit.Candidate{Lang: "en", Title: "Clinic burglary",
		Text: "Thieves broke into the clinic overnight and stole two computers holding patient records."}); !hasRule(got, "lexicon:non_cyber_breach") {
		t.Errorf("thieves' break-in not read as a loss")
	}
}

// TestRound49Places: a city that opens the name of an organisation placed
// "in" another country is the name's ("Miami Family Medical Centre in
// Australia"); a place's word as a person's first name after a function
// ("CEO Kent Mattson", "Kent Mattson, CEO") places nothing; a government's web address in the
// text places a report nothing else placed ("www.moh.gov.my"), before the
// month-first date; and .ag is no country's address in practice (round
// 49; sentences of our own after sets X1 and X3, and X2's Sermitsiaq).
func TestRound49Places(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	checkCountries(t, c, []countryCase{
		{"en", "", "Clinic's records held to ransom", "Hackers broke into the Miami Family Medical Centre in Australia " +
			"and encrypted its patient records. Miami Family Medical Centre co-owner David Wood said the computers had " +
			"the latest antivirus updates.", "AU"},
		{"en", "", "Health system hit by ransomware", "Computer systems at the health system have been down since Tuesday " +
			"due to a ransomware attack. CEO Kent Mattson said federal law enforcement is investigating.", ""},
		{"en", "", "Health system investigating network activity", "The unavailability of some computer systems has " +
			"disrupted operations, according to Kent Mattson, CEO.", ""},
		{"en", "", "MOH confirms website hack", "The Ministry of Health has confirmed that its official website was " +
			"compromised on June 27. The ministry warned members of the public not to access www.moh.gov.my until " +
			"further notice.", "MY"},
		{"da", "https://sermitsiaq.ag/cyberangreb", "Cyberangreb på sundhedsvæsenet", "Sundhedsvæsenets ydelser er " +
			"stadig begrænsede efter et cyberangreb.", ""},
	})
	// The city still places a report whose name is not placed elsewhere.
	checkCountries(t, c, []countryCase{
		{"en", "", "Clinic hit by ransomware", "Hackers encrypted the records of the Miami Family Medical Centre on " +
			"Monday.", "US"},
	})
}

// TestRound49DayAfterMonthAbbreviation: the day after a month written short
// with its full stop is a date, not a count of the people after it ("said
// Sept. 30 that its employees are working around the clock"; round 49,
// after set X1's Becker's update on UMC Health System).
func TestRound49DayAfterMonthAbbreviation(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	got := c.Classify(cit.Candidate{Lang: "en", Title: "Hospital continues diverting patients after ransomware attack",
		Text: "UMC Health System said Sept. 30 that its employees are working around the clock to respond to the " +
			"ransomware attack."})
	if got.RecordsAffected != nil {
		t.Errorf("records %d, want none", *got.RecordsAffected)
	}
}

// TestRound49HeadlineWordsNoVictims: a headline's size or time word ("Big",
// "Latest", "Serious"), a clinic's possessive before what it faces ("Cancer
// Clinic’s Chilling Ultimatum:") and a demonym's hospital "Under" attack are
// no names; the lead's named organisation is the victim (round 49; after
// set X1's Arnprior Regional Health, X3's Crown Princess Mary Cancer Centre
// and MGM New Bombay Hospital).
func TestRound49HeadlineWordsNoVictims(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	checkVictims(t, c, []victimCase{
		{"en", "Big data breach confirmed at Arnprior Regional Health",
			"Arnprior Regional Health says it has been the target of a cyber attack.", "", "Arnprior Regional Health"},
		{"en", "Serious data breach confirmed at Arnprior Regional Health",
			"Arnprior Regional Health says it has been the target of a cyber attack.", "", "Arnprior Regional Health"},
		{"en", "Cancer Clinic’s Chilling Ultimatum: Pay Ransom or Face Patient Harassment",
			"Crown Princess Mary Cancer Centre, a Sydney-based cancer clinic, has recently been targeted by a ransomware " +
				"group.", "Ultimatum", "Crown Princess Mary Cancer Centre"},
		{"en", "Hackers Encrypt Indian Hospital Data, Demand Bitcoin as Ransom",
			"A prominent hospital in Mumbai has become the latest victim of a ransomware attack. Indian Hospital Under " +
				"Ransomware Attack. Officials with the Mahatma Gandhi Mission (MGM) New Bombay Hospital Vashi have " +
				"confirmed the hospital has been hit with ransomware.", "Under", ""},
	})
}

// TestRound49CoSigningAgencies: HHS named in one list with the FBI or
// CISA is an advisory's author, not a health organisation
// attacked; HHS alone is still one (round 49, after the retrain left
// TestRound24Readings' Hive advisory at the accept line).
func TestRound49CoSigningAgencies(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	checkRule(t, c, "lexicon:health_organisation", false, []reportCase{
		{"en", "US agencies warn of Hive ransomware", "The FBI, CISA and HHS say the Hive ransomware gang has extorted " +
			"about $100 million from more than 1,300 companies."},
		{"en", "Joint advisory on ransomware", "CISA and HHS said the gang encrypted the systems of many companies."},
	})
	checkRule(t, c, "lexicon:health_organisation", true, []reportCase{
		{"en", "HHS hit by DDoS attack", "The HHS computer system was targeted by a DDoS attack on Sunday night."},
	})
}

// TestRound49ScamCopula: a title that tells the public what a message is
// ("…: es una estafa", "c'est une arnaque") announces a lure, also when
// its lead calls the campaign "ciberataques" that impersonate the body; a
// scam after a real break-in stays an attack (round 49; sentences of our
// own after set W4's warning of Spain's health ministry).
func TestRound49ScamCopula(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	checkRule(t, c, ruleImpersonated, true, []reportCase{
		{"es", "Sanidad no está pidiendo que renueves tu tarjeta sanitaria: es una estafa",
			"Una nueva oleada de ciberataques está suplantando la identidad del Ministerio de Sanidad para robar datos " +
				"personales y bancarios de los ciudadanos."},
		{"fr", "L'Assurance maladie ne vous demande pas vos coordonnées bancaires : c'est une arnaque",
			"Des messages envoyés au nom de l'Assurance maladie invitent les assurés à mettre à jour leur carte Vitale."},
	})
	checkRule(t, c, ruleImpersonated, false, []reportCase{
		{"es", "Los correos del hospital son una estafa tras el ciberataque",
			"Unos piratas informáticos accedieron al servidor de correo del hospital y enviaron mensajes a los pacientes."},
	})
}

// TestRound49ItalianAndGermanLeads: Italy's "criminali informatici" are
// (weak) attackers; a system that "shows no sign of life after the attack" is no
// attack denied; a headline's question after "Hackerangriff auf Ameos …:"
// asks about one named organisation's attack, no commentary (round 49;
// sentences of our own after set W3's Ulss 6 Euganea, San Giovanni
// Addolorata and Ameos reports).
func TestRound49ItalianAndGermanLeads(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	// weak attackers: a sector's warning names them too, so this goes to
	// an analyst instead of being rejected
	if got := c.Classify(cit.Candidate{Lang: "it", Title: "Cartelle sanitarie pubblicate online",
		Text: "Il ricatto dei criminali informatici si è trasformato nella diffusione di cartelle sanitarie, rubate dagli " +
			"archivi digitali dell'azienda sanitaria di Padova."}); got.Verdict == cit.VerdictReject {
		t.Errorf("criminali informatici: rejected (%.3f)", got.Score)
	}
	checkAccepted(t, c, []reportCase{
		{"it", "Ospedale ancora senza sistemi",
			"Il sistema informatico dell'Ospedale San Giovanni ancora non mostra segni di vita dopo l'attacco hacker di " +
				"tipo ransomware."},
		{"de", "Hackerangriff auf Ameos: Wurden Daten von Patienten des Klinikkonzerns abgefischt?",
			"Ungefähr 14 Tage nach einem Hackerangriff kämpft der Klinikkonzern weiterhin mit IT-Problemen."},
	})
	checkRule(t, c, ruleDenied, true, []reportCase{
		{"en", "Ransomware gangs promise not to attack hospitals", "Several ransomware gangs say they will not attack " +
			"hospitals during the pandemic."},
	})
}

// TestRound49VictimsOfNews: a headline's name in a weak health word just
// before "after" an attack is its victim ("at Great Plains Health after
// cyberattack"); ransomware that "infected" a company, or was used "to
// infect" it, names it; "Each breach", a regulator's "Breach Reporting
// Tool" and a trade's description ("Pediatric EMR Vendor") name no one (round 49; after set X1's Great Plains Health, VCPI and
// Ernest Health reports).
func TestRound49VictimsOfNews(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	checkVictims(t, c, []victimCase{
		{"en", "Great Plains Health confirms ransomware attack", "The hospital said its systems are recovering.", "",
			"Great Plains Health"},
		{"en", "Operations back to normal at Great Plains Health after cyberattack",
			"A cyberattack Nov. 25 created numerous problems for Great Plains Health, but the hospital is back to " +
				"functioning near normal.", "", "Great Plains Health"},
		{"en", "Ransomware attack on nursing homes’ services provider threatens lives",
			"Cybercriminals are demanding a $14 million payment after using Ryuk ransomware to infect Virtual Care Provider " +
				"Inc. (VCPI), a company that provides IT services to nursing homes.", "", "Virtual Care Provider Inc"},
		{"en", "Ransomware hits nursing homes' IT provider",
			"Ransomware infected Virtual Care Provider Inc., a company that hosts data for nursing homes.", "",
			"Virtual Care Provider Inc"},
		{"en", "Ransomware attack at Texas-based hospital chain affects 101,000",
			"The U.S. Department of Health and Human Services’ Office for Civil Rights HIPAA Breach Reporting Tool website " +
				"shows 33 breach reports for hospitals operated by a Texas chain.\n\nEach breach was reported as a hacking " +
				"incident.", "HIPAA", ""},
		{"en", "Ransomware attack at Texas-based hospital chain affects 101,000",
			"Each breach was reported as a hacking incident involving a network server.", "Each", ""},
		{"en", "Pediatric EMR Vendor Hacked…. 2.2 Million Affected",
			"A hacking incident at a cloud-based electronic health records software vendor has surfaced.", "Vendor", ""},
	})
}

// TestRound49PossibleFateOfRealAttack: a modal that tells what may become
// of data already taken ("could be exposed") or what the attack may also
// have done ("also could have leaked") leaves the attack told as a fact
// (round 49; after set W1's reports of the 2023 attack on five Ontario
// hospitals and of McLaren Health Care's in 2023). A hypothetical attack
// stays one.
func TestRound49PossibleFateOfRealAttack(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	checkRule(t, c, ruleHealthVictim, true, []reportCase{
		{"en", "Patient, employee data taken in ransomware attack of 5 Ontario hospitals could be exposed",
			"The IT systems provider for the hospitals says patient and staff data have been taken and could be shared."},
		{"en", "Health info of lab's clients at risk after privacy breach",
			"If you are a LifeLabs client, your personal information could have been obtained by cybercriminals during a " +
				"security breach of the laboratory."},
		{"en", "Hospital chain says attack may have exposed data",
			"The health system said the ransomware attack that took down the computer network at its 14 Michigan hospitals " +
				"also could have leaked some patient data onto the dark web."},
	})
	checkRule(t, c, ruleHealthVictim, false, []reportCase{
		{"en", "Hackers could take over hospital infusion pumps", "Researchers said attackers could exploit the flaw."},
	})
}

// TestRound49TheftInAttack: data "stolen in the cyberattack" on a health
// organisation was taken by the attack, not lost as a device is; health
// data stolen from a school keeps its loss word (round 49; sentences of our
// own after set W5's SingHealth report).
func TestRound49TheftInAttack(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	checkRule(t, c, "lexicon:non_cyber_breach", false, []reportCase{
		{"en", "Hospital confirms breach", "Patient data was stolen in the cyberattack on the hospital last week."},
		{"de", "Klinik bestätigt Angriff", "Patientendaten wurden bei dem Cyberangriff auf die Klinik gestohlen."},
		{"de", "Klinik Opfer eines Cyberangriffs", "Das Krankenhaus ist Opfer eines Cyberangriffs geworden. Bekannt ist, " +
			"dass im Rahmen des Angriffs Daten gestohlen wurden."},
		{"it", "Ospedale, dati rubati", "Il furto dei dati durante l'attacco hacker all'ospedale riguarda migliaia di pazienti."},
	})
	checkRule(t, c, "lexicon:non_cyber_breach", true, []reportCase{
		{"en", "School district files posted", "Files stolen from the school district in a ransomware attack include " +
			"students' health records."},
	})
}

// TestRound49WhoCommentsAndWhatIsAsked: an expert who comments ("IT
// security expert Nigel Phair says"), a ransom's currency ("a $4,000 AUD
// ransom") and the organisation a German report quotes ("Nach Angaben des
// Klinikums Lippe") are not the victims (round 49; after set X3's Miami
// Family Medical Centre and X2's MVZ Lippe reports).
func TestRound49WhoCommentsAndWhatIsAsked(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	checkVictims(t, c, []victimCase{
		{"en", "Russian hackers hold Gold Coast doctors to ransom",
			"Russian hackers are holding a Gold Coast medical centre to ransom after encrypting thousands of patient health " +
				"records.\n\nThe hackers are demanding a ransom of $4,000 to decrypt the sensitive information held on a server " +
				"at the Miami Family Medical Centre.\n\nIT security expert Nigel Phair says this latest attack is a " +
				"\"wake-up call\" with businesses around Australia hacked five to 10 times a week.", "Phair", ""},
		{"en", "Digital ransom situation in Australia",
			"Unknown cyber criminals encrypted the patient database of a Queensland medical centre and demanded a $4,000 " +
				"AUD ransom this morning.", "AUD", ""},
		{"de", "Computervirus legt drei Praxen lahm",
			"Ein Computervirus hat drei Standorte des Medizinischen Versorgungszentrums erstmal lahmgelegt. Nach Angaben " +
				"des Klinikums Lippe ist dort bis zum 14. Juni kein Betrieb möglich.", "Lippe", ""},
	})
}

// TestRound49OtherLanguagesOutsidersAndInsiders: attackers who "wisten te
// stelen" data took it as hackers do in English; hospitals "kwetsbaar voor
// malware-aanvallen" were not attacked; "Volgens de …" opens who tells,
// not the victim; a nurse "consultant sans autorisation des dossiers
// médicaux" is an insider (round 49; sentences of our own after set W2's
// MediSecure, Deloitte and Québec reports).
func TestRound49OtherLanguagesOutsidersAndInsiders(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	checkRule(t, c, "lexicon:non_cyber_breach", false, []reportCase{
		{"nl", "MediSecure meldt verkoop van data", "De aanvallers die bij de zorgorganisatie persoonlijke gegevens en " +
			"gezondheidsinformatie wisten te stelen zijn begonnen met de verkoop ervan."},
	})
	checkRule(t, c, ruleHealthVictim, false, []reportCase{
		{"nl", "'Veel ziekenhuizen kwetsbaar voor malware-aanvallen'", "Veel ziekenhuizen hebben apparatuur staan die " +
			"kwetsbaar is voor digitale aanvallen, blijkt uit onderzoek."},
		{"en", "Many hospitals vulnerable to ransomware, study finds", "A study found that many hospitals run devices " +
			"that are vulnerable to attacks."},
	})
	checkVictims(t, c, []victimCase{
		{"nl", "Ziekenhuizen kwetsbaar", "Volgens de Nederlandse Vereniging van Ziekenhuizen is er nog geen aanval " +
			"geweest op medische apparatuur.", "Volgens", ""},
	})
	checkRule(t, c, "lexicon:non_cyber_breach", true, []reportCase{
		{"fr", "Des employés pris la main dans le sac", "Une ex-infirmière a plaidé coupable d’avoir violé l’accès à des " +
			"renseignements personnels en consultant sans autorisation des dossiers médicaux."},
	})
}

// TestRound49SectorTitleWithSource: a sector's story that ends with who
// reports it ("…, diz ISH", "…, says Sophos") names no victim in its source
// (round 49; after set W4's ISH Tecnologia survey).
func TestRound49SectorTitleWithSource(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	checkRule(t, c, ruleCommentary, true, []reportCase{
		{"pt", "Saúde foi o setor mais afetado por tentativas de ciberataques, diz ISH",
			"Um levantamento apontou que o setor de saúde foi o mais afetado em 2021. Hospitais e clínicas sofreram " +
				"milhares de tentativas de ataques com ransomware."},
		{"en", "Healthcare was the sector hit hardest by ransomware last year, says Sophos",
			"Hospitals and clinics reported more ransomware attacks than any other sector, the survey found."},
	})
	checkRule(t, c, ruleCommentary, false, []reportCase{
		{"es", "Ciberataque al Hospital de Valdecilla paraliza el sector sanitario",
			"Un ciberataque ha paralizado los sistemas del Hospital de Valdecilla."},
	})
}

// TestRound49WarnedFakeMessages: a title that warns before it names the
// fake message ("Massima attenzione a false email …", "Phishing-Warnung:
// AOK warnt vor gefälschten Gesundheitskarten-Anfragen") announces a lure
// further in than its first three words; an attack's fake emails stay an
// attack (round 49; after set W3's warnings of Italy's health ministry and
// the AOK).
func TestRound49WarnedFakeMessages(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	checkRule(t, c, ruleImpersonated, true, []reportCase{
		{"it", "Massima attenzione a false email che utilizzano il logo del ministero della Salute",
			"Si tratta di un tentativo di phishing che promette rimborsi ai cittadini."},
		{"de", "Phishing-Warnung: AOK warnt vor gefälschten Gesundheitskarten-Anfragen",
			"In den Phishing-Mails werden Versicherte aufgefordert, eine neue Gesundheitskarte zu beantragen."},
	})
	checkRule(t, c, ruleImpersonated, false, []reportCase{
		{"en", "Warning: hackers breached the clinic and sent fake emails to patients",
			"Hackers broke into the clinic's email server and sent fake invoices to patients."},
	})
}

// TestRound49GermanAuthorityWarns: a German "Behörde" that warns of a
// maker's devices issues an advisory; no attack was suffered (round 49;
// after set W3's report of CISA's warning on B. Braun's syringe pumps).
func TestRound49GermanAuthorityWarns(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	checkRule(t, c, ruleAdvice, true, []reportCase{
		{"de", "Medizintechnik: US-Behörde warnt vor Geräten des deutschen Herstellers B. Braun",
			"Die Agentur sieht bei automatischen Spritzenpumpen das Risiko, dass Hacker aus der Ferne das Gerät angreifen " +
				"könnten."},
	})
}

// TestRound49PlacedQuestionHead: a question after a head that tells an
// attack on organisations of one place ("Piratage de médecins à Neuchâtel:
// quelles données volées sont sensibles?") asks about that attack; a
// question about hospitals at large stays commentary (round 49; after set
// W2's report on the Neuchâtel doctors' data).
func TestRound49PlacedQuestionHead(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	checkRule(t, c, ruleCommentary, false, []reportCase{
		{"fr", "Piratage de médecins à Neuchâtel: quelles données volées sont sensibles?",
			"Les pirates informatiques ont publié sur le darknet des données médicales des patients de deux cabinets."},
	})
	checkRule(t, c, ruleCommentary, true, []reportCase{
		{"en", "Why are hospitals hit by ransomware?", "Hospitals face a growing number of ransomware attacks."},
	})
}
