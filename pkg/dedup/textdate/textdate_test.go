package textdate

import (
	"slices"
	"strings"
	"testing"
	"time"
)

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestFind(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, text, ref string
		want            []string // Span.String of each span
	}{
		{"english with year", "On April 14, 2013, a SynerMed employee's laptop was stolen.", "2013-05-24", []string{"2013-04-14"}},
		{"ordinal without year takes the report's year", "It was discovered on May 8th that a computer was breached.", "2006-05-24", []string{"2006-05-08"}},
		{"without year, later in the year than the report: last year", "The theft happened on December 20.", "2013-01-10", []string{"2012-12-20"}},
		{"range borrows the year", "between March 1 and March 5, 2012 hackers accessed a server", "2012-06-01", []string{"2012-03-01/2012-03-05"}},
		{"from through", "From November 11, 2011 through October 1, 2012, an employee improperly accessed records.", "2013-03-14",
			[]string{"2011-11-11/2012-10-01"}},
		{"two separate dates", "On June 28, 2013, the CE reported a breach; the theft occurred on May 1, 2013.", "2013-06-28",
			[]string{"2013-06-28", "2013-05-01"}},
		{"month and year", "In March 2012 a hacker accessed the portal.", "2012-07-01", []string{"2012-03"}},
		{"month alone after in", "Information was mailed to the wrong address in October.", "2011-12-03", []string{"2011-10"}},
		{"modal may is no month", "Patients may have had their data exposed; 12 may 2 be affected.", "2011-12-03", nil},
		{"month naming an event", "UnitedHealth said the February ransomware attack exposed 100 million people.", "2024-10-24", []string{"2024-02"}},
		{"month before a noun that is no event", "The March issue of the journal is out.", "2024-10-24", nil},
		{"french", "Le CHU a été victime d'une cyberattaque le 12 mars, puis le 1er avril 2024.", "2024-04-10", []string{"2024-03-12", "2024-04-01"}},
		{"french range", "du 3 au 5 mai 2021", "2021-06-01", []string{"2021-05-03/2021-05-05"}},
		{"german", "Das Klinikum wurde am 3. Mai von Hackern angegriffen.", "2024-05-06", []string{"2024-05-03"}},
		{"german with umlaut month", "Seit dem 14. März 2023 ist das Netz gestört.", "2023-03-20", []string{"2023-03-14"}},
		{"spanish", "El hospital sufrió un ciberataque el 5 de marzo de 2023.", "2023-03-08", []string{"2023-03-05"}},
		{"italian", "L'ospedale ha subito un attacco il 12 marzo.", "2024-03-15", []string{"2024-03-12"}},
		{"iso and numeric", "Breach date 2024-05-03; letters mailed 06/14/2024; Vorfall am 7.5.2024.", "2024-06-20",
			[]string{"2024-05-03", "2024-06-14", "2024-05-07"}},
		{"day-first numeric when unambiguous", "Attack detected 14/03/2012.", "2012-04-01", []string{"2012-03-14"}},
		{"future deadline dropped", "Patients may enroll until December 31, 2014.", "2013-06-01", nil},
		{"too old dropped", "Records dating back to January 1, 1995 were on the server.", "2013-06-01", nil},
		{"impossible day dropped", "On February 30, 2013 nothing happened.", "2013-06-01", nil},
		{"no dates", "A laptop was stolen from an office.", "2013-06-01", nil},
		{"another incident's date", "Ascension restored its records after the May 8 attack. The attack is separate from the February hack of Change Healthcare.", "2024-06-14", []string{"2024-05-08"}},
		{"an earlier attack's date", "The gang claimed the theft. It is not the trust's first brush with malware: in January 2017 a Trojan forced it offline.", "2023-07-03", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var got []string
			for _, s := range Find(tt.text, day(tt.ref)) {
				got = append(got, s.String())
			}
			if strings.Join(got, " ") != strings.Join(tt.want, " ") {
				t.Errorf("Find(%q, %s) = %v, want %v", tt.text, tt.ref, got, tt.want)
			}
		})
	}
}

func TestFindWithoutReference(t *testing.T) {
	t.Parallel()
	got := Find("On May 8th a server was breached; on April 14, 2013 a laptop was stolen.", time.Time{})
	if len(got) != 1 || got[0].String() != "2013-04-14" {
		t.Errorf("without a reference date: %v, want only the date with a year", got)
	}
}

func TestParseRoundTrip(t *testing.T) {
	t.Parallel()
	for _, v := range []string{"2013-04-14", "2012-03", "2012-02", "2012-03-01/2012-03-05"} {
		s, ok := Parse(v)
		if !ok || s.String() != v {
			t.Errorf("Parse(%q) = %+v %v, String %q; want it back", v, s, ok, s.String())
		}
	}
	for _, v := range []string{"", "2013-13-01", "2013-04-14/2013-04-01", "April"} {
		if _, ok := Parse(v); ok {
			t.Errorf("Parse(%q) accepted", v)
		}
	}
}

func TestGap(t *testing.T) {
	t.Parallel()
	mar, _ := Parse("2012-03")
	tests := []struct {
		a, b string
		want float64
	}{
		{"2012-03-05", "2012-03-05", 0},
		{"2012-03-05", "2012-03-20", 15},
		{"2012-04-20", "2012-03", 20},
		{"2012-01-01/2012-06-30", "2012-03-05", 0},
	}
	for _, tt := range tests {
		a, _ := Parse(tt.a)
		b, _ := Parse(tt.b)
		if got := Gap(a, b); got != tt.want {
			t.Errorf("Gap(%s, %s) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
	if Gap(mar, mar) != 0 {
		t.Error("a month overlaps itself")
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{"On April 14, 2013, a laptop", "le 12 mars", "am 3. Mai", "03/14/2012", "between March 1 and March 5, 2012", "in October"} {
		f.Add(s)
	}
	ref := day("2020-06-01")
	f.Fuzz(func(t *testing.T, text string) {
		for _, s := range Find(text, ref) {
			if s.To.Before(s.From) {
				t.Fatalf("Find(%q): span %v ends before it starts", text, s)
			}
			if back, ok := Parse(s.String()); !ok || !back.From.Equal(s.From) || !back.To.Equal(s.To) {
				t.Fatalf("Find(%q): span %v does not round-trip through %q", text, s, s.String())
			}
		}
	})
}

func TestRoles(t *testing.T) {
	t.Parallel()
	tests := []struct {
		text, ref string
		wantLater []bool
		primary   string // "" when every date is a later one
	}{
		{"On June 28, 2013, the covered entity (CE), Lone Star Circle of Care, reported a breach when a car was broken into.", "2013-06-28",
			[]bool{true}, ""},
		{"The theft of a laptop from an employee's car around May 1, 2013 resulted in the exposure of patient information.", "2013-07-29",
			[]bool{false}, "2013-05-01"},
		{"North County Hospital first learned of the issue on September 18.", "2013-11-11", []bool{true}, ""},
		{"A former employee retained a laptop following his termination on July 15, 2013.", "2013-10-15", []bool{false}, "2013-07-15"},
		{"The theft of a laptop on or around November 10, 2011 may have exposed data. It is unclear if this is related to a December 29, 2011 incident.",
			"2012-03-22", []bool{false, false}, "2011-11-10"},
		{"An office burglary was discovered on March 26. Patients seen between February 1 and March 23 were affected.", "2012-07-23",
			[]bool{true, false}, "2012-02-01/2012-03-23"},
		{"Das Klinikum wurde am 3. Mai angegriffen; der Angriff wurde am 5. Mai gemeldet.", "2024-05-10", []bool{false, true}, "2024-05-03"},
		// a registry echoing the regulator's filing states the filing's day
		{"The home medical equipment provider reported a hacking/IT incident involving a network server to HHS on June 23, 2017. 500,000 individuals were affected.",
			"2017-07-05", []bool{true}, ""},
		// when a breach began is no date of its discovery, however near the discovery's word
		{"The intrusion was discovered in late January and may have begun as early as November 2013.", "2014-02-21",
			[]bool{true, false}, "2013-11"},
	}
	for _, tt := range tests {
		spans := Find(tt.text, day(tt.ref))
		later := make([]bool, len(spans))
		for i, s := range spans {
			later[i] = s.Later
		}
		if !slices.Equal(later, tt.wantLater) {
			t.Errorf("Find(%q): later %v, want %v (spans %v)", tt.text, later, tt.wantLater, spans)
		}
		got := ""
		if p, ok := Primary(spans); ok {
			got = p.String()
		}
		if got != tt.primary {
			t.Errorf("Primary(Find(%q)) = %q, want %q", tt.text, got, tt.primary)
		}
	}
}

// TestMonthNamingAnEvent: a month alone names a date after "in" or before
// the event it names ("by May ransomware attack"); English "may" is a verb
// anywhere else.
func TestMonthNamingAnEvent(t *testing.T) {
	t.Parallel()
	ref := time.Date(2024, 12, 20, 0, 0, 0, 0, time.UTC)
	for text, want := range map[string]string{
		"Ascension says 5.6 million people affected by May ransomware attack": "2024-05",
		"The hospital was attacked in May.":                                   "2024-05",
		"Letters went to patients after the February breach.":                 "2024-02",
		"Hackers may have accessed patient data.":                             "",
		"A breach may attack the reputation of the hospital.":                 "",
	} {
		spans := Find(text, ref)
		got := ""
		if len(spans) > 0 {
			got = spans[0].From.Format("2006-01")
		}
		if got != want {
			t.Errorf("Find(%q) = %q, want %q (spans %v)", text, got, want, spans)
		}
	}
}

// TestEarlierAttack: an attack the organisation suffered before the one
// reported, in the ways reports recall it.
func TestEarlierAttack(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"L'hôpital avait déjà été paralysé par un rançongiciel en février 2021.", true},
		{"The hospital had already been crippled by ransomware in 2021.", true},
		{"La institución ya había sufrido en mayo de 2022 el ataque del grupo Hive.", true},
		{"The hospital said it had already restored its systems.", false},
		{"The incident occurred seven months after the institute was hit by a ransomware attack on November 23.", true},
		{"Seven months after the attack, the institute was hit by a court order.", false},
	} {
		if got := EarlierAttack(tt.text); got != tt.want {
			t.Errorf("EarlierAttack(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestOtherVictimsDates: a date told of other organisations attacked before
// ("D'autres centres hospitaliers … en mars dernier") is not the report's
// breach date (round 33).
func TestOtherVictimsDates(t *testing.T) {
	t.Parallel()
	ref := time.Date(2023, 6, 22, 0, 0, 0, 0, time.UTC)
	for text, want := range map[string]string{
		"Le CHU est victime depuis mercredi d'une cyberattaque. D'autres centres hospitaliers français ont été la cible de cyberattaques ces derniers mois, notamment celui de Brest qui avait dû fonctionner en mode dégradé pendant plusieurs semaines en mars dernier.": "",
		"Other hospitals in the region were hit by ransomware in March.":               "",
		"The hospital was hit by ransomware in March, like two clinics of the region.": "2023-03",
	} {
		got := ""
		if p, ok := Primary(Find(text, ref)); ok {
			got = p.From.Format("2006-01")
		}
		if got != want {
			t.Errorf("Primary(Find(%q)) = %q, want %q", text, got, want)
		}
	}
}
