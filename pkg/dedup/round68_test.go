package dedup

import (
	"testing"
	"time"

	"github.com/cit-health/cit/pkg/cit"
	"github.com/cit-health/cit/pkg/dedup/orgname"
	"github.com/cit-health/cit/pkg/dedup/textdate"
)

// TestRound68Initials: a health system's three initials, written alone in
// one headline ("LMH notifies …") and with its kind in the next report
// ("LMH HealthCare"), find each other either way round: the incident is a
// candidate, weighed by the rest of the evidence (a stated day joined the
// two in set G15), where before no lookup found it (round 68; sentences of
// our own).
func TestRound68Initials(t *testing.T) {
	t.Parallel()
	for _, order := range [][2]string{{"LMH", "LMH HealthCare"}, {"LMH HealthCare", "LMH"}} {
		e := NewEngine(Options{})
		e.Add(classified("a", order[0]+" notifies patients of payment portal breach",
			"On November 19, 2024, "+order[0]+" learned that hackers had planted malware on its online payment portal.",
			"2024-12-10", order[0], "US", cit.AttackDataBreach), now)
		d := e.Add(classified("b", "Card numbers exposed in "+order[1]+" breach",
			"Hackers uploaded malware to the payment portal of "+order[1]+", which discovered the breach on November 19, 2024.",
			"2024-12-12", order[1], "US", cit.AttackDataBreach), now)
		if d.Action == ActionNew || len(d.Candidates) == 0 || d.Candidates[0].Victim != order[0] {
			t.Errorf("%q then %q: %s, candidates %+v; want the first report's incident found and weighed", order[0], order[1], d.Action, d.Candidates)
		}
	}
	if got := acronymStem("lmh healthcare"); got != "lmh" {
		t.Errorf(`acronymStem("lmh healthcare") = %q, want "lmh"`, got)
	}
	for _, k := range []string{"lmh", "lakemont healthcare", "ab healthcare"} {
		if got := acronymStem(k); got != "" {
			t.Errorf("acronymStem(%q) = %q, want none", k, got)
		}
	}
}

// TestRound68Deadline: an undated report that dates its attack only by
// month and day ("between Jan. 26-28"), and writes the year only in its
// enrolment deadline ("by a deadline of Feb. 18, 2023"), is not held apart
// from the January 2022 attack it tells of: a deadline is no event's date
// (round 68, set G13a; sentences of our own).
func TestRound68Deadline(t *testing.T) {
	t.Parallel()
	e := NewEngine(Options{})
	e.Add(classified("n-1", "Michigan prosthetics provider discloses ransomware attack",
		"Lakeside Prosthetics said a ransomware attack hit its servers between January 26 and January 28, 2022.",
		"2022-06-01", "Lakeside Prosthetics", "US", cit.AttackRansomware), now)
	d := e.Add(classified("u-1", "Lakeside Prosthetics ransomware attack impacts 800,000",
		"Lakeside Prosthetics said its servers were hacked between Jan. 26-28. Patients may enroll in credit monitoring by a "+
			"deadline of Feb. 18, 2023.", "", "Lakeside Prosthetics", "US", cit.AttackRansomware), now)
	for _, r := range d.Reasons {
		if r.Rule == "stated_dates_years_apart" {
			t.Errorf("the deadline read as the attack's date: %+v", d.Reasons)
		}
	}
	if d.Action != ActionMerge {
		t.Errorf("%s, reasons %+v; want the undated report merged", d.Action, d.Reasons)
	}
	spans := textdate.Find("Claims must be submitted by March 3, 2024. The breach occurred on May 2, 2022.", time.Time{})
	if len(spans) != 2 || !spans[0].Deadline || spans[1].Deadline {
		t.Errorf("spans %+v: want the first a deadline, the second not", spans)
	}
}

// TestRound68AttackYearOfItsLine: a page's dateline above its lead ("October
// 30, 2025\nA 2024 ransomware attack led to …") gives no year to the attack
// the next line names (round 68, set G17a; sentences of our own).
func TestRound68AttackYearOfItsLine(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		text string
		want int
	}{
		{"Lakeside Orthopedics to pay $2 million in ransomware settlement\nJane Doe\nOctober 30, 2025\nA 2024 ransomware attack led to the settlement.", 2024},
		{"the 2022 data breach", 2022},
		{"a settlement over a 2021 ransomware attack", 2021},
	} {
		if got := attackYearOf(tt.text); got != tt.want {
			t.Errorf("attackYearOf(%q) = %d, want %d", tt.text, got, tt.want)
		}
	}
}

// TestRound68BritishSpellings: a specialty's British spelling names the same
// organisation ("Southern Orthopaedic Associates" of a settlement's page,
// "Southern Orthopedic Associates" of its case) (round 68, set G14a).
func TestRound68BritishSpellings(t *testing.T) {
	t.Parallel()
	for _, pair := range [][2]string{
		{"Southern Orthopaedic Associates", "Southern Orthopedic Associates"},
		{"Lakeside Paediatric Clinic", "Lakeside Pediatric Clinic"},
		{"Riverside Anaesthesia Partners", "Riverside Anesthesia Partners"},
	} {
		if a, b := orgname.Key(pair[0]), orgname.Key(pair[1]); a != b {
			t.Errorf("Key(%q) = %q, Key(%q) = %q; want the same", pair[0], a, pair[1], b)
		}
	}
}

// TestRound68DoubtIsNoRival: three undated pages on one hospital's breach.
// The second gives a different count and is held for an analyst, which
// opens an incident of its own; the third, with nothing against the first,
// is the only attack of the name's still: the incident an analyst has yet
// to decide on, opened by a report that may belong to the first, is no
// second attack. The same after a restart (round 68, sets G8 and G14a;
// sentences of our own).
func TestRound68DoubtIsNoRival(t *testing.T) {
	t.Parallel()
	withCount := func(c cit.Classified, n int64) cit.Classified {
		c.Classification.RecordsAffected = &n
		return c
	}
	e := NewEngine(Options{})
	first := e.Add(withCount(classified("a", "Lawsuit filed over data breach at Lakemont Medical Center",
		"On October 4, 2023, a ransomware gang encrypted the servers of Lakemont Medical Center, the lawsuit said.",
		"", "Lakemont Medical Center", "US", cit.AttackRansomware), 1942), now)
	second := e.Add(withCount(classified("b", "Cybercriminals stole patient data at Lakemont Medical Center, lawsuit alleges",
		"A ransomware gang encrypted Lakemont Medical Center's servers in October. The records of as many as 1.7 million employees or patients may have been compromised.",
		"", "Lakemont Medical Center", "US", cit.AttackRansomware), 1700000), now)
	if second.Action != ActionReview {
		t.Fatalf("second report: %s, candidates %+v; want review (the counts differ)", second.Action, second.Candidates)
	}
	third := classified("c", "Lakemont Medical Center — class action complaint",
		"Plaintiff brings this action against Lakemont Medical Center over the ransomware attack on its network.",
		"", "Lakemont Medical Center", "US", cit.AttackRansomware)
	restarted := NewEngine(Options{})
	restarted.Load(e.Incidents())
	for name, eng := range map[string]*Engine{"live": e, "restarted": restarted} {
		d := eng.Add(third, now)
		if d.Action != ActionMerge || d.IncidentID != first.IncidentID {
			t.Errorf("%s: third report %s into %s, reasons %+v; want merged into the first incident %s", name, d.Action, d.IncidentID,
				d.Reasons, first.IncidentID)
		}
	}
}
