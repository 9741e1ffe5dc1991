package cli_test

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestNewsFlowOneIncidentPerAttack runs press in seven languages through
// `citctl classify | citctl dedup`: three attacks of 2024, each reported
// several times (a first report, the gang's claim or leak post, foreign
// press, follow-ups and a regulator's filing months later), a billing
// vendor's breach told by two clients and the vendor, a health network
// attacked twice a year apart, two hospitals of one name in two towns
// attacked the same week, an unrelated attack, three attacks of 2016
// and 2019 (a hospital on paper records, a restoration story a week later,
// a collection agency named two ways) and two French hospitals of 2022
// (one named by its town, its official name and its abbreviation, its
// data leaked a month later), and five attacks of 2023–2025 whose
// follow-ups name the victim in other ways (before its patients, as the
// source of leaked data, as the owner of the hospitals hit), two of them on
// German hospitals eleven days apart, and five hospitals named in their
// own language and in the English press (Munich, Florence, Vienna, Almada,
// Brno), and attacks to keep apart (two organisations breached through
// one software flaw, two St. Mary's Hospitals, one hospital's DDoS and its
// ransomware attack six weeks later), two suppliers' breaches told by the
// supplier and by clients weeks later, and names written two ways (a leak
// site's domain, a city added, a legal form, one word or two, in full and
// abbreviated). Every report of one attack must share
// an incident id and no two attacks may share one.
func TestNewsFlowOneIncidentPerAttack(t *testing.T) {
	t.Parallel()
	type report struct {
		id, date, lang, title, text string
		fields                      map[string]string
	}
	reports := []report{
		{"change-1", "2024-02-22", "en", "Change Healthcare cyberattack disrupts pharmacies across the US",
			"UnitedHealth's Change Healthcare unit said a suspected nation-state hacker gained access to its network.", nil},
		{"change-2", "2024-02-29", "en", "BlackCat ransomware gang claims Change Healthcare attack",
			"The ALPHV group said it stole 6 TB of data from Change Healthcare.", nil},
		{"change-3", "2024-03-01", "fr", "Cyberattaque contre Change Healthcare : les pharmacies américaines paralysées",
			"Le groupe BlackCat revendique l'attaque contre la filiale d'UnitedHealth.", nil},
		{"change-4", "2024-03-04", "de", "Cyberangriff auf Change Healthcare legt US-Apotheken lahm",
			"Die Ransomware-Gruppe ALPHV hat sich zu dem Angriff bekannt.", nil},
		{"ascension-1", "2024-05-09", "en", "Ascension hospitals divert ambulances after cyberattack",
			"Ascension said clinicians were working without electronic health records.", nil},
		{"ascension-2", "2024-05-10", "en", "Black Basta behind Ascension ransomware attack, sources say",
			"The attack disrupted care at 140 hospitals.", nil},
		{"ascension-3", "2024-05-11", "de", "Ransomware-Angriff auf US-Klinikkette",
			"Die Krankenhauskette Ascension leitet Rettungswagen um.", nil},
		// The filing and the count seven months later.
		{"ascension-4", "2024-12-19", "en", "Ascension Health", "",
			map[string]string{"breach_type": "Hacking/IT Incident", "records_affected": "5599699", "claim_status": "confirmed", "country": "US"}},
		{"ascension-5", "2024-12-20", "en", "Ascension says 5.6 million people affected by May ransomware attack",
			"The health system said the Black Basta attack exposed personal and health information.", nil},
		{"synnovis-1", "2024-06-04", "en", "Synnovis ransomware attack: London hospitals cancel operations",
			"The pathology provider was hit by Qilin, disrupting blood tests at King's College Hospital.", nil},
		{"synnovis-2", "2024-06-20", "en", "Qilin leaks data stolen from Synnovis",
			"The gang published 400GB of data on its leak site.", nil},
		{"lurie-1", "2024-01-31", "en", "Ransomware attack hits Lurie Children's Hospital",
			"The Chicago hospital took its systems offline.", nil},
		// The leak site's domain and the gang's claim five weeks later,
		// naming the hospital with its city.
		{"lurie-2", "2024-03-07", "en", "luriechildrens.org", "",
			map[string]string{"threat_actor": "rhysida", "claim_status": "claimed"}},
		{"lurie-3", "2024-03-08", "en", "Rhysida claims attack on Lurie Children's Hospital of Chicago",
			"The gang is auctioning 600 GB of data stolen from the hospital for 60 bitcoin.", nil},
		// The regulator's filing under the legal name and the press's count,
		// five months later.
		{"lurie-4", "2024-06-27", "en", "Ann & Robert H. Lurie Children's Hospital of Chicago", "",
			map[string]string{"breach_type": "Hacking/IT Incident", "records_affected": "791784", "claim_status": "confirmed", "country": "US"}},
		{"lurie-5", "2024-06-28", "en", "Lurie Children's Hospital says 791,000 affected by January ransomware attack",
			"The hospital said data stolen in the January attack included names, Social Security numbers and medical information.", nil},
		// Follow-ups months later name the month of the attack.
		{"change-7", "2024-06-20", "en", "Change Healthcare starts notifying patients of February data breach",
			"Change Healthcare began mailing letters to people whose data was stolen in the ransomware attack in February 2024.", nil},
		{"change-8", "2024-10-24", "en", "Change Healthcare breach affected 100 million people",
			"UnitedHealth said the February ransomware attack on Change Healthcare exposed the data of about 100 million people.", nil},
		// One organisation, two attacks a year apart.
		{"lvhn2023-1", "2023-02-06", "en", "Lehigh Valley Health Network hit by BlackCat ransomware",
			"The Pennsylvania health network said the attack was detected on February 6.", nil},
		{"lvhn2024-1", "2024-05-15", "en", "Lehigh Valley Health Network reports new cyberattack",
			"The health network said an attack on its scheduling system was detected this week.", nil},
		// Two hospitals of one name in one country, attacked the same week.
		{"stjoseph_tampa-1", "2024-03-01", "en", "St. Joseph's Hospital in Tampa hit by ransomware",
			"The Florida hospital diverted ambulances after the attack.", nil},
		{"stjoseph_syracuse-1", "2024-03-04", "en", "St. Joseph's Hospital in Syracuse reports cyberattack",
			"The New York hospital said its network was disrupted.", nil},
		// Southern European and Dutch press, with English and Italian reports of the same attacks.
		{"clinic-1", "2023-03-05", "es", "Ciberataque al Hospital Clínic de Barcelona",
			"El hospital ha suspendido 150 operaciones tras un ataque de ransomware.", nil},
		{"clinic-2", "2023-03-06", "en", "Ransomware attack cripples Barcelona's Hospital Clinic",
			"The hospital cancelled 150 surgeries and 3,000 appointments.", nil},
		{"clinic-3", "2023-03-13", "en", "RansomHouse claims Hospital Clinic de Barcelona attack",
			"The gang threatened to leak 4.5 TB of patient data.", nil},
		{"clinic-4", "2023-03-14", "it", "Attacco hacker all'Hospital Clínic di Barcellona, RansomHouse chiede il riscatto",
			"I criminali minacciano di pubblicare i dati dei pazienti.", nil},
		{"asl-1", "2023-05-03", "it", "Attacco hacker all'Asl 1 Abruzzo: bloccati i servizi",
			"L'azienda sanitaria dell'Aquila è stata colpita da un ransomware.", nil},
		{"asl-2", "2023-05-10", "it", "Asl 1 Abruzzo, i dati rubati pubblicati sul dark web",
			"Il gruppo Monti ha diffuso cartelle cliniche dei pazienti.", nil},
		{"coimbra-1", "2022-04-20", "pt", "Ataque hacker afeta sistemas do Hospital Universitário de Coimbra",
			"O hospital ativou o plano de contingência.", nil},
		{"bravis-1", "2023-09-11", "nl", "Cyberaanval op ziekenhuis Bravis: patiëntgegevens gestolen",
			"Het ziekenhuis in Bergen op Zoom is getroffen door ransomware.", nil},
		{"bravis-2", "2023-09-12", "en", "Dutch hospital Bravis hit by ransomware attack",
			"Patient data was stolen, the hospital said.", nil},
		// A billing vendor's breach: two clients' notices and the vendor's own report.
		{"acme-1", "2024-03-10", "en", "Riverside Hospital notifies patients after billing vendor ransomware attack",
			"Riverside Hospital said its billing vendor, Acme Medical Billing, was hit by a ransomware attack that exposed patient data.", nil},
		{"acme-2", "2024-03-12", "en", "Acme Medical Billing confirms ransomware attack",
			"The medical billing company said hackers encrypted its servers and stole client files.", nil},
		{"acme-3", "2024-03-20", "en", "Lakeside Clinic says Acme Medical Billing breach exposed patient records",
			"The clinic is one of dozens of Acme Medical Billing customers affected by the ransomware attack.", nil},
		// The leak site's post (a domain) and the regulator's filing months later.
		{"change-5", "2024-02-26", "en", "changehealthcare.com", "",
			map[string]string{"threat_actor": "ALPHV", "claim_status": "claimed"}},
		{"change-6", "2024-07-19", "en", "Change Healthcare, Inc.", "",
			map[string]string{"breach_type": "Hacking/IT Incident", "records_affected": "100000000", "claim_status": "confirmed"}},
		// 2016: care on paper during the outage, the ransom, the filing;
		// a restoration story eight days after the attack.
		{"hollywood-1", "2016-02-15", "en", "Hollywood Presbyterian Medical Center hit by ransomware",
			"The Los Angeles hospital said its computer systems were encrypted and staff reverted to paper records.", nil},
		{"hollywood-2", "2016-02-18", "en", "Hollywood hospital pays $17,000 ransom to hackers",
			"Hollywood Presbyterian Medical Center paid 40 bitcoins to regain access to its systems.", nil},
		{"hollywood-3", "2016-04-10", "en", "Hollywood Presbyterian Medical Center",
			"The CE's network was infected with ransomware that encrypted its files. The CE paid the ransom to restore access.", nil},
		{"medstar-1", "2016-03-22", "en", "MedStar Health hit by ransomware, diverts patients",
			"MedStar Health shut down its computer network at ten hospitals in Maryland and Washington after a virus infected its systems.", nil},
		{"medstar-2", "2016-03-30", "en", "MedStar Health restores systems after cyberattack",
			"The Columbia, Maryland-based health system said its EHR was back online.", nil},
		// 2019: a collection agency named with its abbreviation by one client,
		// by its full name by another.
		{"amca-1", "2019-06-03", "en", "Quest Diagnostics says 11.9 million patients affected by billing vendor breach",
			"Quest Diagnostics said an unauthorized user accessed the systems of American Medical Collection Agency (AMCA), a billing collections vendor, between August 2018 and March 2019.", nil},
		{"amca-2", "2019-06-10", "en", "Clinical Pathology Laboratories says AMCA breach hit 1.7 million",
			"Clinical Pathology Laboratories said an unauthorized user accessed the systems of its billing vendor, American Medical Collection Agency.", nil},
		{"amca-3", "2019-06-18", "en", "AMCA files for bankruptcy after massive data breach",
			"The parent company of the collection agency filed for Chapter 11 protection, citing the cost of notifying patients after hackers breached its payment portal.", nil},
		// 2022: one hospital under three names (its town's, its official
		// one, its abbreviation and web domain), the leak a month later,
		// and another hospital's attack in the same country.
		{"chsf-1", "2022-08-22", "fr", "L'hôpital de Corbeil-Essonnes visé par une cyberattaque",
			"Le Centre hospitalier Sud Francilien (CHSF) a été victime d'une attaque par rançongiciel dans la nuit de samedi à dimanche. Les urgences sont réorientées et les opérations déprogrammées.", nil},
		{"chsf-2", "2022-08-23", "en", "French hospital CHSF hit by $10 million ransomware attack",
			"The Centre Hospitalier Sud Francilien, a 1,000-bed hospital 28km from Paris, suffered a ransomware attack; the attackers demand $10 million.", nil},
		{"chsf-3", "2022-09-10", "en", "chsf.fr", "",
			map[string]string{"threat_actor": "lockbit3", "claim_status": "claimed"}},
		{"chsf-4", "2022-09-25", "fr", "Cyberattaque de l'hôpital de Corbeil-Essonnes : des données de patients publiées",
			"Le groupe LockBit a diffusé des données de santé de patients du CHSF sur le dark web après le refus de payer la rançon.", nil},
		{"chsf-5", "2022-09-26", "en", "LockBit leaks data stolen from French hospital CHSF",
			"The gang published files including patient records after the Centre Hospitalier Sud Francilien refused to pay.", nil},
		{"versailles-1", "2022-12-04", "fr", "Cyberattaque contre l'hôpital de Versailles",
			"Le centre hospitalier André-Mignot, au Chesnay-Rocquencourt, a été victime d'une cyberattaque samedi soir. Des patients ont été transférés.", nil},
		// Follow-ups that name the victim in other ways: before its
		// patients, as the source of leaked data, as the owner of the
		// hospitals hit; the gang's claim two weeks later.
		{"kettering-1", "2025-05-20", "en", "Kettering Health hit by cyberattack, cancels elective procedures",
			"The Dayton, Ohio health system said a system-wide technology outage caused by a cyberattack forced it to cancel inpatient and outpatient procedures.", nil},
		{"kettering-2", "2025-05-22", "en", "Scammers call Kettering Health patients after ransomware attack",
			"Kettering Health warned patients of calls from people posing as staff asking for credit card payments after the ransomware attack that took down its network.", nil},
		{"kettering-3", "2025-06-04", "en", "ketteringhealth.org", "",
			map[string]string{"threat_actor": "interlock", "claim_status": "claimed"}},
		{"kettering-4", "2025-06-05", "en", "Interlock ransomware gang claims Kettering Health attack, leaks data",
			"The group published 941 GB of data it says it stole from the Ohio health network.", nil},
		{"ardent-1", "2023-11-24", "en", "Ardent Health Services hospitals divert ambulances after ransomware attack",
			"Ardent Health Services, which operates 30 hospitals in six states, said it took its network offline on Thanksgiving Day.", nil},
		{"ardent-2", "2023-11-27", "en", "UT Health East Texas diverts ambulances amid Ardent cyberattack",
			"The Tyler hospital system, part of Ardent Health Services, said the ransomware attack forced it to divert ambulances.", nil},
		{"ardent-3", "2023-11-28", "en", "Hillcrest HealthCare System restores systems after Ardent ransomware attack",
			"The Tulsa-based system, owned by Ardent Health Services, said its Epic system was restored.", nil},
		{"dumfries-1", "2024-03-15", "en", "NHS Dumfries and Galloway hit by cyberattack",
			"The Scottish health board said a cyberattack had disrupted its IT systems.", nil},
		{"dumfries-2", "2024-03-27", "en", "INC Ransom threatens to leak 3TB of NHS Scotland data",
			"The gang published a proof pack of data stolen from NHS Dumfries and Galloway, including patient records.", nil},
		{"fuerth-1", "2023-12-15", "de", "Cyberangriff auf Klinikum Fürth: Notaufnahme abgemeldet",
			"Das Klinikum Fürth hat sich nach einem Hackerangriff von der Notfallversorgung abgemeldet. Planbare Operationen wurden verschoben.", nil},
		{"fuerth-2", "2023-12-18", "en", "German hospital Klinikum Fürth hit by cyberattack",
			"The Bavarian hospital disconnected from the internet and stopped accepting emergency patients.", nil},
		{"biberach-1", "2023-12-26", "de", "Hackerangriff auf Kliniken Landkreis Biberach",
			"Die Kliniken des Landkreises Biberach wurden Opfer eines Cyberangriffs; die Notaufnahme ist eingeschränkt.", nil},
		// A hospital's name in its own language and in the English press:
		// the city named otherwise, the words in another order, a
		// country's possessive.
		{"munich-1", "2024-03-04", "de", "Cyberangriff auf das Klinikum der Universität München",
			"Das LMU Klinikum ist Ziel eines Hackerangriffs geworden; Operationen wurden verschoben.", nil},
		{"munich-2", "2024-03-05", "en", "Munich University Hospital hit by cyberattack",
			"The LMU hospital postponed operations after hackers breached its network.", nil},
		{"florence-1", "2023-10-02", "it", "Attacco hacker all'ospedale Careggi di Firenze",
			"L'Azienda ospedaliero-universitaria Careggi è stata colpita da un ransomware.", nil},
		{"florence-2", "2023-10-03", "en", "Ransomware attack hits Florence's Careggi hospital",
			"The Italian university hospital said systems were encrypted.", nil},
		{"vienna-1", "2024-01-10", "de", "Hackerangriff auf Wiener Gesundheitsverbund",
			"Der Wiener Gesundheitsverbund meldet einen Cyberangriff auf seine IT.", nil},
		{"vienna-2", "2024-01-11", "en", "Vienna Healthcare Group reports cyberattack",
			"The Vienna Healthcare Group, which runs the city's hospitals, said hackers attacked its IT systems.", nil},
		{"almada-1", "2022-03-21", "pt", "Ataque informático ao Hospital Garcia de Orta",
			"O hospital de Almada foi alvo de um ataque de ransomware.", nil},
		{"almada-2", "2022-03-22", "en", "Portugal's Garcia de Orta Hospital hit by ransomware",
			"The hospital near Lisbon said its systems were encrypted.", nil},
		{"brno-1", "2020-03-13", "en", "Brno University Hospital hit by cyberattack amid COVID-19 outbreak",
			"The Czech hospital shut down its IT network and postponed surgeries.", nil},
		{"brno-2", "2020-03-14", "de", "Cyberangriff auf Universitätsklinikum Brünn",
			"Das tschechische Krankenhaus musste Operationen verschieben.", nil},
		// Names written two ways: with and without a legal form, in one word
		// or two, in full and abbreviated.
		{"rockymountain-1", "2024-06-10", "en", "Cyberattack disrupts Rocky Mountain Health Care Services",
			"The Colorado provider said a ransomware attack disrupted its network.", nil},
		{"rockymountain-2", "2024-06-18", "en", "Rocky Mountain Health Care Services, Inc. data breach",
			"The company notified patients that hackers accessed files on its servers.", nil},
		{"mclaren-1", "2023-10-05", "en", "ALPHV claims McLaren Health Care ransomware attack",
			"The BlackCat gang claimed to have stolen 6 TB of data from the Michigan health system.", nil},
		{"mclaren-2", "2023-10-06", "en", "McLaren HealthCare investigates cyberattack",
			"McLaren said it was investigating a disruption of its IT network.", nil},
		{"hshs-1", "2023-08-28", "en", "Hospital Sisters Health System hit by cyberattack",
			"HSHS, which runs 15 hospitals in Illinois and Wisconsin, said a cybersecurity incident disrupted its systems.", nil},
		{"hshs-2", "2023-09-05", "en", "HSHS still recovering from cyberattack",
			"The Illinois-based health system said its phones and MyChart portal remain down.", nil},
		// A gang's campaign and a hospital it names, told by the hospital
		// the next day.
		{"killnet-1", "2023-01-30", "en", "Killnet claims DDoS attacks on US hospitals",
			"The pro-Russian group listed Duke University Hospital among its targets.", nil},
		{"killnet-2", "2023-02-01", "en", "Duke University Hospital says DDoS attack disrupted its website",
			"The attack was part of Killnet's campaign against US hospitals.", nil},
		{"cedars-1", "2023-01-31", "en", "Cedars-Sinai website knocked offline by DDoS attack",
			"The Los Angeles hospital said patient care was not affected by the attack claimed by Killnet.", nil},
		// 2015 and 2020: insurers' filings under their legal names, a chain
		// named by its abbreviation and then in full.
		{"anthem-1", "2015-02-05", "en", "Anthem says hackers stole data of 80 million customers",
			"The health insurer said attackers breached a database holding names, birthdays and Social Security numbers.", nil},
		{"anthem-2", "2015-03-13", "en", "Anthem, Inc. Affiliated Covered Entity", "",
			map[string]string{"breach_type": "Hacking/IT Incident", "records_affected": "78800000", "claim_status": "confirmed", "country": "US"}},
		{"premera-1", "2015-03-17", "en", "Premera Blue Cross says cyberattack exposed 11 million records",
			"The health insurer said hackers gained access to its systems in May 2014.", nil},
		{"premera-2", "2015-03-17", "en", "Premera Blue Cross", "",
			map[string]string{"breach_type": "Hacking/IT Incident", "records_affected": "11000000", "claim_status": "confirmed", "country": "US"}},
		{"uhs-1", "2020-09-28", "en", "UHS hospitals hit by Ryuk ransomware",
			"Universal Health Services, which operates 400 hospitals, shut down its network.", nil},
		{"uhs-2", "2020-10-12", "en", "Universal Health Services restores systems after ransomware attack",
			"The hospital chain said its EHR is back online.", nil},
		// Suppliers' breaches told by the supplier and by clients weeks later.
		{"ecl-1", "2022-03-28", "en", "Eye Care Leaders ransomware attack deletes eye practices' records",
			"The EHR vendor Eye Care Leaders said hackers accessed its myCare Integrity platform in December and deleted databases of client practices.", nil},
		{"ecl-2", "2022-04-06", "en", "Texas Tech University Health Sciences Center reports breach at EHR vendor",
			"TTUHSC said its electronic health record vendor, Eye Care Leaders, was hit by a cyberattack that may have exposed patient data of its ophthalmology clinics.", nil},
		{"ecl-3", "2022-05-10", "en", "Regional Eye Associates notifies patients of vendor breach",
			"Regional Eye Associates said an unauthorized party accessed the systems of its EHR vendor Eye Care Leaders and deleted patient records.", nil},
		{"shields-1", "2022-06-08", "en", "Shields Health Care Group data breach affects 2 million patients",
			"The Massachusetts MRI and imaging provider said hackers accessed its network in March and stole patient data.", nil},
		{"shields-2", "2022-06-15", "en", "Baystate Health patients affected by Shields Health Care Group breach",
			"Baystate said Shields Health Care Group, which provides MRI services at its hospitals, suffered a cyberattack that exposed patient information.", nil},
		{"shields-3", "2022-06-20", "en", "Southcoast Health says imaging vendor was hacked",
			"Southcoast Health said its imaging partner, Shields Health Care Group, experienced a data security incident that affected its patients.", nil},
		// Kept apart: two organisations breached through the same software
		// flaw, two hospitals of one name in two states, and one hospital's
		// DDoS and, six weeks later, its ransomware attack (with the leak).
		{"jhu-1", "2023-06-15", "en", "Johns Hopkins Health System says data stolen in MOVEit hack",
			"Johns Hopkins said patient information may have been stolen when the Cl0p ransomware gang exploited its MOVEit file-transfer server.", nil},
		{"urmc-1", "2023-06-20", "en", "University of Rochester Medical Center hit by MOVEit breach",
			"URMC said Cl0p stole patient data through a vulnerability in the MOVEit software used by one of its vendors.", nil},
		{"stmaryny-1", "2024-04-02", "en", "St. Mary's Hospital in Amsterdam, New York hit by ransomware",
			"The hospital diverted ambulances.", nil},
		{"stmarywi-1", "2024-04-05", "en", "St. Mary's Hospital in Madison, Wisconsin reports cyberattack",
			"The Wisconsin hospital said its network was disrupted by hackers.", nil},
		{"cedarsddos-1", "2024-02-01", "en", "Killnet DDoS attack knocks Cedars Valley Hospital website offline",
			"The pro-Russian group Killnet flooded the hospital's website with traffic.", nil},
		{"cedarsrw-1", "2024-03-15", "en", "Cedars Valley Hospital hit by LockBit ransomware",
			"The hospital's systems were encrypted by LockBit; ambulances were diverted.", nil},
		{"cedarsrw-2", "2024-03-29", "en", "LockBit leaks Cedars Valley Hospital patient data",
			"The gang published files stolen from the hospital in the March attack.", nil},
	}
	var in strings.Builder
	for _, r := range reports {
		url := "" // a registry's row has no page
		if r.fields == nil {
			url = "https://news.example/" + r.id // an article links to its page
		}
		b, _ := json.Marshal(map[string]any{"id": r.id, "published": r.date, "lang": r.lang, "title": r.title, "text": r.text,
			"fields": r.fields, "url": url})
		in.Write(b)
		in.WriteByte('\n')
	}
	classified, _, err := run(t, in.String(), "classify")
	if err != nil {
		t.Fatal(err)
	}
	linked, _, err := run(t, classified, "dedup")
	if err != nil {
		t.Fatal(err)
	}
	attackOf := func(id string) string { return id[:strings.IndexByte(id, '-')] }
	incidentOf := map[string]string{} // attack → incident id
	attackOfIncident := map[string]string{}
	for _, l := range jsonLines(t, linked) {
		id, inc := l["id"].(string), l["incident_id"].(string)
		a := attackOf(id)
		if got, ok := incidentOf[a]; ok && got != inc {
			t.Errorf("%s: incident %s, but earlier reports of %s are in %s", id, inc, a, got)
		}
		if other, ok := attackOfIncident[inc]; ok && other != a {
			t.Errorf("%s: incident %s also holds reports of %s", id, inc, other)
		}
		incidentOf[a], attackOfIncident[inc] = inc, a
	}
	if len(incidentOf) != 44 {
		t.Errorf("%d attacks seen, want 44", len(incidentOf))
	}
}
