package dedup

import (
	"slices"
	"testing"
	"time"

	"github.com/cit-health/cit/pkg/cit"
)

// withRecords is a classified report with its count of records.
func withRecords(c cit.Classified, n int64) cit.Classified {
	c.Classification.RecordsAffected = &n
	return c
}

// TestRound50SettlementYearsLater: a settlement's report three years after
// a breach, naming the organisation exactly, one of the breach's stated
// days and its count, is a follow-up of that breach, though the first date
// it states is another (round 50, set X5 of round 49: Independent Living
// Systems' 2022 breach; sentences of our own). A report of the name years
// later whose count is another's stays apart.
func TestRound50SettlementYearsLater(t *testing.T) {
	t.Parallel()
	first := withRecords(classified("ils-1", "Healthcare data breach affects more than 4.2 million people",
		"An unauthorized user accessed the network of Independent Living Systems on July 5, 2022, the company "+
			"said.",
		"2023-03-16", "Independent Living Systems", "US", cit.AttackDataBreach), 4_226_508)
	settlement := withRecords(classified("ils-2", "$14M settlement approved in Independent Living Systems data breach case",
		"A judge approved a settlement over a 2022 breach of the data of over 4.2 million people. It was first "+
			"discovered around July 5, 2022, and letters were sent on March 14, 2023. Lawsuits followed, beginning "+
			"March 17, 2023.",
		"2025-07-27", "Independent Living Systems", "US", cit.AttackDataBreach), 4_200_000)
	e := NewEngine(Options{})
	d1 := e.Add(first, now)
	if d := e.Add(settlement, now); d.IncidentID != d1.IncidentID {
		t.Errorf("settlement naming the breach's day and count kept apart: %s, reasons %+v %+v", d.Action, d.Reasons, d.Candidates)
	}
	other := withRecords(classified("ils-3", "Independent Living Systems reports new breach",
		"Independent Living Systems said on June 30, 2025 that an unauthorized user accessed its email. The company "+
			"suffered an earlier breach on July 5, 2022.",
		"2025-07-28", "Independent Living Systems", "US", cit.AttackDataBreach), 12_000)
	e = NewEngine(Options{})
	d1 = e.Add(first, now)
	if d := e.Add(other, now); d.IncidentID == d1.IncidentID {
		t.Errorf("a later breach of another count merged: %s, reasons %+v", d.Action, d.Reasons)
	}
}

// TestRound50ClientCountOfSupplierAttack: a supplier's attack counted by
// each client it hit ("about 600 employees at A.O. Fox Hospital", after
// "nearly 8,000 employees" at another client) is one attack, though the
// counts differ (round 50, set X1's Kronos attack of December 2021;
// sentences of our own). A hospital's own attack with another count, in a
// text that names no supplier, still counts against the match.
func TestRound50ClientCountOfSupplierAttack(t *testing.T) {
	t.Parallel()
	first := withRecords(classified("kr-1", "Queen's Health Systems affected after ransomware attack strikes Kronos",
		"The timekeeping software provider Kronos that serves the nearly 8,000 employees of Queen's suffered a ransomware attack.",
		"2021-12-14", "Kronos", "US", cit.AttackRansomware), 8000)
	client := withRecords(classified("kr-2", "Ransomware attack affects hundreds of Bassett employees",
		"A ransomware attack on Kronos, a payroll company, has affected about 600 employees at A.O. Fox Hospital.",
		"2022-01-08", "Kronos", "US", cit.AttackRansomware), 600)
	e := NewEngine(Options{})
	d1 := e.Add(first, now)
	d := e.Add(client, now)
	if d.IncidentID != d1.IncidentID {
		t.Errorf("a client's count of the supplier's attack kept apart: %s, reasons %+v %+v", d.Action, d.Reasons, d.Candidates)
	}
	if !slices.ContainsFunc(d.Reasons, func(r cit.Reason) bool { return r.Rule == "client_count_of_supplier_attack" }) {
		t.Errorf("no client_count_of_supplier_attack reason: %+v", d.Reasons)
	}
	own := withRecords(classified("kr-3", "Kronos hit by ransomware again",
		"Kronos said a ransomware attack encrypted its servers; 600 customers are affected.",
		"2022-01-08", "Kronos", "US", cit.AttackRansomware), 600)
	e = NewEngine(Options{})
	e.Add(first, now)
	if d := e.Add(own, now); slices.ContainsFunc(d.Reasons, func(r cit.Reason) bool { return r.Rule == "client_count_of_supplier_attack" }) {
		t.Errorf("a count in a text naming no supplier read as a client's: %+v", d.Reasons)
	}
}

// TestRound50SettlementAndBylineDates: a settlement's date is a later one,
// not the breach's, though "Data Breach" names the settlement ("November
// 16, 2022 – Forefront Dermatology Data Breach Settlement Website Is
// Live"); so is a byline's ("by Nadia El-Yaouti | Nov 28, 2022"): reports
// of one breach's settlement stating those dates are not two breaches
// (round 50, set X1's Forefront Dermatology reports; sentences of our
// own).
func TestRound50SettlementAndBylineDates(t *testing.T) {
	t.Parallel()
	for _, text := range []string{
		"November 16, 2022 – Forefront Dermatology Data Breach Settlement Website Is Live. The settlement covers a breach in 2021.",
		"by Nadia El-Yaouti | Nov 28, 2022  Hackers attacked Forefront Dermatology in 2021.",
	} {
		c := classified("ff", "Forefront Dermatology settlement", text, "2022-12-01", "Forefront Dermatology", "US", cit.AttackRansomware)
		if r := newReport(c, now, nil); r.hasStated && r.stated.Day {
			t.Errorf("%q: breach dated %s", text, r.stated)
		}
	}
}

// TestRound50RejectedReportOfHack: an undated report the classifier
// rejected that tells of a ransomware attack on the organisation of the
// only incident of its name is that attack's, as a report held for review
// is (round 50, set X1's Oklahoma City Indian Clinic; sentences of our
// own). One that tells of no attack stays apart.
func TestRound50RejectedReportOfHack(t *testing.T) {
	t.Parallel()
	rejected := func(c cit.Classified) cit.Classified {
		c.Classification.Verdict, c.Classification.IsHealthCyberattack, c.Classification.Score = cit.VerdictReject, false, 0.1
		return c
	}
	first := classified("ok-1", "Oklahoma City Indian Clinic says it is victim of cyberattack",
		"The Oklahoma City Indian Clinic said a ransomware attack disrupted its systems.",
		"2022-03-29", "Oklahoma City Indian Clinic", "US", cit.AttackRansomware)
	hack := rejected(classified("ok-2", "Oklahoma City Indian Clinic reports network disruptions",
		"The Oklahoma City Indian Clinic is working with investigators after ransomware disrupted its pharmacy network.",
		"", "Oklahoma City Indian Clinic", "US", cit.AttackRansomware))
	e := NewEngine(Options{})
	d1 := e.Add(first, now)
	if d := e.Add(hack, now); d.IncidentID != d1.IncidentID {
		t.Errorf("rejected report of the hack kept apart: %s, reasons %+v", d.Action, d.Reasons)
	}
	other := rejected(classified("ok-3", "Oklahoma City Indian Clinic opens new pharmacy",
		"The Oklahoma City Indian Clinic opened a pharmacy for its patients.",
		"", "Oklahoma City Indian Clinic", "US", ""))
	e = NewEngine(Options{})
	d1 = e.Add(first, now)
	if d := e.Add(other, now); d.IncidentID == d1.IncidentID {
		t.Errorf("report of no attack merged: %s, reasons %+v", d.Action, d.Reasons)
	}
}

// TestRound50NamesIncidentStatedDay: a report weeks later that states the
// very day of the incident's breach among its other dates, with the same
// name, is that breach's ("Taylor Regional Hospital … the ransomware attack
// began on January 19, 2022", 83 days on); one years later that recalls the
// day beside an incident of its own stays apart ("reminiscent of a
// ransomware attack HRA experienced on Oct. 20, 2022") (round 50, set X1;
// sentences of our own).
func TestRound50NamesIncidentStatedDay(t *testing.T) {
	t.Parallel()
	first := classified("tr-1", "Cybersecurity incident takes down Kentucky hospital's phones",
		"The ransomware attack on Taylor Regional Hospital began on January 19, 2022.",
		"2022-01-25", "Taylor Regional Hospital", "US", cit.AttackRansomware)
	later := classified("tr-2", "Amid recovery, Kentucky hospital details cyberattack",
		"Taylor Regional Hospital said on April 12, 2022 that it restored its systems. The ransomware attack began on "+
			"January 19, 2022.",
		"2022-04-18", "Taylor Regional Hospital", "US", cit.AttackRansomware)
	e := NewEngine(Options{})
	d1 := e.Add(first, now)
	if d := e.Add(later, now); d.IncidentID != d1.IncidentID {
		t.Errorf("report naming the breach's day weeks later kept apart: %s, reasons %+v %+v", d.Action, d.Reasons, d.Candidates)
	}
	hra := classified("hra-1", "Radiology company confirms it was victim of cyber attack",
		"Hawaii Radiologic Associates experienced a ransomware attack on Oct. 20, 2022.",
		"2022-11-04", "Hawaii Radiologic Associates", "US", cit.AttackRansomware)
	again := classified("hra-2", "Security incident shuts Hilo-based medical imaging company",
		"Hawaii Radiologic Associates has canceled all appointments since August 26, 2024 due to a security incident. It "+
			"is reminiscent of a ransomware attack HRA experienced on Oct. 20, 2022.",
		"2024-09-19", "Hawaii Radiologic Associates", "US", cit.AttackUnknown)
	e = NewEngine(Options{})
	d1 = e.Add(hra, now)
	if d := e.Add(again, now); d.IncidentID == d1.IncidentID {
		t.Errorf("an incident two years later that recalls the first's day merged: %s, reasons %+v", d.Action, d.Reasons)
	}
}

// TestRound50SameAttackYear: undated follow-ups of one breach that give it
// the same year and name the organisation exactly are one incident's
// ("Forefront Dermatology settles lawsuit from 2021 breach", "… to Pay
// Nearly $4 Million Following 2021 Data Breach"); one that gives another
// year stays apart (round 50, set X1; sentences of our own).
func TestRound50SameAttackYear(t *testing.T) {
	t.Parallel()
	first := classified("ff-1", "Forefront Dermatology to pay nearly $4 million following 2021 data breach",
		"Forefront Dermatology agreed to a settlement to end a class action lawsuit over a 2021 data breach.",
		"", "Forefront Dermatology", "US", cit.AttackDataBreach)
	same := classified("ff-2", "Forefront Dermatology settles lawsuit from 2021 breach",
		"Forefront Dermatology reached a settlement with the patients whose data was stolen in the 2021 breach.",
		"", "Forefront Dermatology", "US", cit.AttackDataBreach)
	other := classified("ff-3", "Forefront Dermatology settles lawsuit from 2019 breach",
		"Forefront Dermatology reached a settlement with the patients whose data was stolen in the 2019 breach.",
		"", "Forefront Dermatology", "US", cit.AttackDataBreach)
	e := NewEngine(Options{})
	d1 := e.Add(first, now)
	if d := e.Add(same, now); d.IncidentID != d1.IncidentID {
		t.Errorf("undated follow-ups of one 2021 breach kept apart: %s, reasons %+v %+v", d.Action, d.Reasons, d.Candidates)
	}
	e = NewEngine(Options{})
	d1 = e.Add(first, now)
	if d := e.Add(other, now); d.IncidentID == d1.IncidentID {
		t.Errorf("a follow-up of a 2019 breach merged with the 2021 one: %s, reasons %+v", d.Action, d.Reasons)
	}
}

// TestRound50MonthOnlyPublished: a page that shows only the month it was
// published ("2024-07") is dated mid-month, not undated: two reports of one
// attack, each dated so, fall in one window; a date later in that month in
// its text is no date after the report (round 50, set X4 of round 49;
// sentences of our own).
func TestRound50MonthOnlyPublished(t *testing.T) {
	t.Parallel()
	a := classified("cr-1", "500K patient records exposed in radiology hack",
		"Consulting Radiologists in Minnesota notified patients of a February cyberattack.",
		"2024-07", "Consulting Radiologists", "US", cit.AttackRansomware)
	r := newReport(a, now, nil)
	if r.undated || r.date.Format(time.DateOnly) != "2024-07-15" {
		t.Errorf("month-only page dated %s (undated %v), want 2024-07-15", r.date.Format(time.DateOnly), r.undated)
	}
	late := classified("cr-2", "Radiology group notifies patients", "Consulting Radiologists mailed letters on July 27.",
		"2024-07", "Consulting Radiologists", "US", cit.AttackRansomware)
	if r := newReport(late, now, nil); len(r.spans) == 0 || r.spans[0].From.Year() != 2024 {
		t.Errorf("'July 27' on a July 2024 page read as %v", r.spans)
	}
	if got, ok := cit.ParseDate("2024-07"); !ok || got.Format(time.DateOnly) != "2024-07-01" {
		t.Errorf("ParseDate(2024-07) = %v, %v", got, ok)
	}
}

// TestRound50TitleSubjectBeforeLawsuit: a headline's subject ends at what
// the organisation faced after its attack ("… Sued Over 4 Million-Record
// Data Breach", "… agrees to $2.2M settlement") (round 50, sets X4 and X5
// of round 49).
func TestRound50TitleSubjectBeforeLawsuit(t *testing.T) {
	t.Parallel()
	for title, want := range map[string]string{
		"Independent Living Systems Sued Over 4 Million-Record Data Breach":                    "Independent Living Systems",
		"Consulting Radiologists agrees to $2.2M settlement after a ransomware attack in 2024": "Consulting Radiologists",
	} {
		if got := victimFromTitle(title); got != want {
			t.Errorf("victimFromTitle(%q) = %q, want %q", title, got, want)
		}
	}
}

// TestRound50IncidentNamedInTitle: an undated report that names no victim
// of its own and writes the incident's organisation in its title is about
// that organisation, the only attack of its name ("Lake Region Healthcare
// investigating unidentified network activity"); years later, recalling
// the first attack's month, it is no follow-up for it (round 50, set X1 of
// round 49 and the written press flows of round 20; sentences of our own).
func TestRound50IncidentNamedInTitle(t *testing.T) {
	t.Parallel()
	first := classified("lr-1", "Lake Region Healthcare hit by ransomware",
		"Lake Region Healthcare said a ransomware attack disrupted its network.",
		"2020-12-28", "Lake Region Healthcare", "US", cit.AttackRansomware)
	later := classified("lr-2", "Lake Region Healthcare investigating unidentified network activity",
		"The health system said a ransomware attack disrupted its computer systems.",
		"", "", "US", cit.AttackRansomware)
	e := NewEngine(Options{})
	d1 := e.Add(first, now)
	d := e.Add(later, now)
	if d.IncidentID != d1.IncidentID {
		t.Errorf("undated report naming the organisation in its title kept apart: %s, reasons %+v %+v", d.Action, d.Reasons, d.Candidates)
	}
	if !slices.ContainsFunc(d.Reasons, func(r cit.Reason) bool { return r.Rule == "incident_organisation_named_in_title" }) {
		t.Errorf("no incident_organisation_named_in_title reason: %+v", d.Reasons)
	}
	again := classified("lr-3", "Lake Region Healthcare hit by ransomware again",
		"The health system, whose network was hit in December 2020, said a new ransomware attack disrupted it.",
		"2024-03-01", "", "US", cit.AttackRansomware)
	e = NewEngine(Options{})
	d1 = e.Add(first, now)
	if d := e.Add(again, now); d.IncidentID == d1.IncidentID {
		t.Errorf("an attack years later recalling the first merged: %s, reasons %+v", d.Action, d.Reasons)
	}
}
