package classify

import (
	"reflect"
	"testing"

	"github.com/cit-health/cit/pkg/classify/text"
)

func TestRecordsEachLanguage(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in   string
		want int64
	}{
		{"The breach affected approximately 3,116 patients.", 3116},
		{"The attack came as COVID-19 cases surged; 2,300 patients were notified.", 2300},            // a name's number ("COVID-19") counts nothing
		{"Less than 10 percent of 52,000 members were affected; 12% of patients had data taken.", 0}, // shares count nothing
		{"Names of 9,747 current or former students and 1,194 employees were on the drive.", 9747},
		{"Les données de 1,4 million de patients ont été dérobées.", 1_400_000},
		{"Data of 2.8 lakh patients of a Kochi hospital were leaked online.", 280_000}, // Indian English
		{"Covid test data of 81.5 crore Indians is up for sale.", 815_000_000},
		{"Die Daten von 1.800 Patienten wurden gestohlen.", 1800},
		{"Se filtraron los datos de 2,5 millones de pacientes.", 2_500_000},
		{"Rubati i dati di 50.000 pazienti dell'ospedale.", 50_000},
		{"Foram expostos dados de 30 mil utentes.", 30_000},
		{"Gegevens van 12.000 patiënten gestolen.", 12_000},
		// small numbers written out, before a multiplier only
		{"Hackers stole the records of two million patients.", 2_000_000},
		{"Les données de deux millions de patients ont été volées.", 2_000_000},
		{"Se robaron datos de tres mil pacientes.", 3_000},
		{"One of the two hospitals was hit; the records of ten patients were seen.", 0}, // no multiplier: not read
		// thousands grouped by spaces, "mila", and other languages' people
		{"Les informations de près de 500 000 patients ont fuité.", 500_000},
		{"Les données de 1 200 000 assurés sont concernées.", 1_200_000},
		{"Esfiltrati i dati di circa 30mila pazienti.", 30_000},
		{"Broward Health discloses data breach affecting 1.3M patients, staff", 1_300_000},
		{"The gang claims 500K records.", 500_000},
		{"Gegevens van 485.000 deelnemers aan het bevolkingsonderzoek buitgemaakt.", 485_000},
		{"In 2019 500 patients were notified.", 500},
		{"A list on its website names 657 health care clients, including hospitals.", 0}, // a supplier's client organisations (round 24)
		{"In 2019 the hospital opened 3 new wings.", 0},
		// A headline drops the noun.
		{"Lurie Children's Hospital says 791,000 affected by January ransomware attack", 791_000},
		{"Change Healthcare breach: 100 million impacted", 100_000_000},
		{"Mehr als 500.000 Betroffene nach Hackerangriff", 500_000},
		{"3 systems were affected by the outage", 0},
		// registries' people, modifiers and names between the count and its noun
		{"Social Security numbers of about 450 current and former University of Rochester students were stolen.", 450},
		{"She stole personal information on 2,100 co-workers.", 2100},
		{"The drive held more than 1,000 Social Security numbers of employees.", 1000},
		{"Direct-deposit information for 80,000 current and retired cops was exposed.", 80_000},
		{"Up to 600 files of G.E.D. recipients were viewed.", 600},
		{"The department mailed about 1,500 letters to warn of a breach.", 1500},
		{"The hospital, which serves more than 120,000 patients each year, could not tell whether data was accessed.", 0},
		{"The cooperative has about 30,000 members.", 0},
		{"The drive held the ePHI of approximately 900 current and former hospice patients and 75 employees.", 900},
		{"Card numbers of 45,000 riders were exposed.", 45_000},
		{"A laptop holding the personal information of about 225,000 Oklahomans was stolen.", 225_000},
		{"About 1,400 current, former and prospective students at Columbia University were told.", 1400},
		{"The pages held the names and tests of 1,950 VAMC visitors.", 1950},
		{"A total of 1,820 client names, email addresses and passwords were leaked.", 1820},
		{"A file with 34 names and 25 Social Security numbers was found.", 34},
		{"Police found a list of 136 Coastal Behavioral Healthcare patient names.", 0}, // a list found: some of those affected
		// a day of the month, a computer's encrypted files; account holders
		{"The vendor found the attack on March 4 and determined that files on its server were encrypted.", 0},
		{"Hancock Health paid a ransom after SamSam ransomware encrypted more than 1,400 files on its network.", 0},
		{"Up to 600 files of recipients were viewed.", 600},
		{"4,410 account holders were notified.", 4410},
		{"A spreadsheet with client diagnoses was attached to a newsletter email sent to roughly 300 recipients.", 0},
		// whose data, whatever the noun; not money
		{"The personal information of over 300 current and former state lawmakers was released.", 300},
		{"The laptop held data on approximately 2,200 North Kitsap (WA) residents.", 2200},
		{"A disc with detailed personal information about 969 New Yorkers was lost.", 969},
		{"The school employees' records, a total of 850, were on the computer.", 850},
		{"A total of $181,000 in fraudulent purchases resulted.", 0},
		{"Comcast agreed to pay $33 million to settle claims that it published the numbers of 75,000 customers.", 75_000},
		{"The database held records of more than 35 million prescriptions.", 0}, // records of things, not of people
		// a revised count replaces the earlier ones
		{"About 42,000 students were affected. UPDATE: the number of students affected was revised to 49,000.", 49_000},
		{"The breach exposed 150,000 people. The estimate was later reduced to 38,700.", 38_700},
		{"Card data of 4.2 million customers was stolen. The number of banks hit has jumped from fewer than 50 to more than 200.", 4_200_000},
		{"The number of affected patients was increased from 25,000 to over 63,000.", 63_000},
		// a count stated as what a total or number is
		{"The number of patients affected was 2,559.", 2559},
		{"The total number of credit cards accessed was 434.", 434},
		{"Shareholder 1099 forms were sent to the wrong addresses.", 0},
		// round 47: a count stated as the number stands over the others, as a revised one does
		{"Some 4,341 were notified. The CE determined that the actual number of affected individuals was 1,287.", 1287},
		{"The breach hit 80 people. UPDATE (4/10/10): The number of people affected is now nearing 200.", 200},
		{"Letters went to 1,012 people. UPDATE (8/17/10): The number is closer to 5,432 with an additional 2,824 in New York.", 5432},
		{"UPDATE (8/5/10): The total number of retirees exposed to ID theft is reported as 58,000.", 58_000},
		{"The total number of victims is now at 380 and over $109,000 in fraudulent charges have been made.", 380},
		{"About 30,000 records may have been involved, increasing the total from 30,000 to 310,000.", 310_000},
		{"Social Security numbers of about 450,000 licensed professionals were released.", 450_000},
		{"The breach exposed 3,000 patients. The number of hospitals affected is 12.", 3000}, // no people counted
		// a year is no count, nor a number that another number's noun follows
		{"A grade book from 2001 to 2004 that contained 303 students' SSNs was compromised.", 303},
		{"Files were posted from October 2006 to Feb. 15, 2007 when Census employees tested software.", 0},
		{"The 30 laptops used by the clinic's patients were replaced.", 0},
		// a partitive count: the part is affected, the whole is not
		{"The file contains information for 13,000 of the approximately 24,000 retired members.", 13_000},
		{"The employee's list held the Social Security numbers of 19 of the workers.", 19},
	}
	for _, tt := range tests {
		got, span, _ := records(text.Tokenize(tt.in), tt.in)
		if got != tt.want {
			t.Errorf("records(%q) = %d (span %q), want %d", tt.in, got, span, tt.want)
		}
	}
}

// dateCase is a sentence and the incident and disclosure dates its stated
// dates must give ("" for none).
type dateCase struct{ in, incident, disclosure string }

// checkDateRoles checks the roles classifyDates gives each case's dates.
func checkDateRoles(t *testing.T, cases []dateCase) {
	t.Helper()
	for _, tt := range cases {
		toks := text.Tokenize(tt.in)
		inc, dis := classifyDates(toks, tt.in, dates(toks))
		if inc.date != tt.incident || dis.date != tt.disclosure {
			t.Errorf("dates(%q) = incident %q, disclosure %q; want %q, %q", tt.in, inc.date, dis.date, tt.incident, tt.disclosure)
		}
	}
}

func TestDatesEachLanguage(t *testing.T) {
	t.Parallel()
	checkDateRoles(t, []dateCase{
		{"The covered entity discovered on March 7, 2011, that its server had been hacked.", "2011-03-07", ""},
		{"The hospital announced on 21 February 2024 that it had been attacked.", "", "2024-02-21"},
		{"L'attaque a été découverte le 18 avril 2021 ; l'hôpital l'a annoncé le 20 avril 2021.", "2021-04-18", "2021-04-20"},
		{"Der Angriff wurde am 10. September 2020 entdeckt.", "2020-09-10", ""},
		{"Seit dem 10. September 2020 ist die Klinik offline.", "2020-09-10", ""},
		{"El ataque, desde el 5 de marzo de 2023, afecta al hospital.", "2023-03-05", ""},
		{"L'ospedale ha comunicato il 3 maggio 2022 l'attacco.", "", "2022-05-03"},
		{"Ataque descoberto em 12 de janeiro de 2022.", "2022-01-12", ""},
		{"Het ziekenhuis heeft op 2 juni 2023 de aanval gemeld.", "", ""}, // an attack told, not dated
		// the nearest cue before the date decides
		{"The hospital said it took its network offline on January 31, 2024 after detecting a cyberattack.", "2024-01-31", ""},
		{"The clinic said on March 3, 2023 that hackers had stolen data.", "", "2023-03-03"},
		{"De cyberaanval werd ontdekt op 2 juni 2023.", "2023-06-02", ""},
		{"Incident discovered 2023-11-05 by staff.", "2023-11-05", ""},
		{"The clinic may see patients in May.", "", ""},
	})
}

func TestCareDisruptionEachLanguage(t *testing.T) {
	t.Parallel()
	lex := text.NewLexicon(disruptionWords())
	tests := []struct {
		in   string
		want []string
	}{
		{"Ambulances were diverted to nearby hospitals and elective surgeries postponed.", []string{"ambulance_diversion", "cancelled_procedures"}},
		{"Staff reverted to pen and paper while the EHR was down.", []string{"ehr_downtime"}},
		{"Les urgences ont été déroutées et les rendez-vous annulés.", []string{"ambulance_diversion", "cancelled_appointments"}},
		{"Rettungswagen werden umgeleitet, geplante Operationen verschoben.", []string{"ambulance_diversion", "cancelled_procedures"}},
		{"Se cancelaron citas y cirugías programadas.", []string{"cancelled_appointments", "cancelled_procedures"}},
		{"Interventi chirurgici rinviati e sistemi informatici fuori uso.", []string{"cancelled_procedures", "ehr_downtime"}},
		{"Consultas adiadas no hospital.", []string{"cancelled_appointments"}},
		{"Afspraken geannuleerd, systemen uitgevallen.", []string{"cancelled_appointments", "ehr_downtime"}},
		{"The hospital opened a new ambulance station.", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, s := range careDisruption(lex, text.Tokenize(tt.in), tt.in) {
			got = append(got, s.signal)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("careDisruption(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestExactCountBeatsRoundedOne: a headline's rounded count and the text's
// exact one of the same people: the exact one is recorded.
func TestExactCountBeatsRoundedOne(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		v, best int64
		want    bool
	}{{934326, 1_000_000, true}, {1_000_000, 934326, false}, {2_192_515, 2_200_000, true}, {5_000_000, 934326, true}, {120, 100, true}} {
		if got := preferCount(tt.v, tt.best); got != tt.want {
			t.Errorf("preferCount(%d, %d) = %v, want %v", tt.v, tt.best, got, tt.want)
		}
	}
}
