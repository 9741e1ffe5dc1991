package dedup

import (
	"testing"

	"github.com/cit-health/cit/pkg/cit"
)

// TestRound51UndatedClearBestMatch: an undated report that names the
// incident's organisation in its text and states its count, with nothing
// against the match, joins the incident instead of waiting for an analyst
// (round 51, set X4 of round 50: Namaste Health Care's 2017 ransomware
// attack; sentences of our own). The same report stays for review when a
// second incident of the name scores as well, and apart when its count is
// another's.
func TestRound51UndatedClearBestMatch(t *testing.T) {
	t.Parallel()
	first := withRecords(classified("nh-1", "Namaste Health Care hit by ransomware",
		"Namaste Health Care, a Texas hospice, said ransomware encrypted its servers on August 14, 2017.",
		"2017-10-12", "Namaste Health Care", "US", cit.AttackRansomware), 1600)
	undated := withRecords(classified("nh-2", "Hospice notifies patients after cyber attack",
		"Patients of Namaste Health Care are being notified that ransomware locked files holding their details.",
		"", "", "US", cit.AttackRansomware), 1600)
	e := NewEngine(Options{})
	d1 := e.Add(first, now)
	d := e.Add(undated, now)
	if d.IncidentID != d1.IncidentID || d.Action != ActionMerge {
		t.Fatalf("undated report of the only likely incident not merged: %s, reasons %+v %+v", d.Action, d.Reasons, d.Candidates)
	}
	if !hasRule(d, "undated_report_clear_best_match") {
		t.Errorf("no undated_report_clear_best_match reason: %+v", d.Reasons)
	}

	// A count of another breach is evidence against: an analyst decides.
	e = NewEngine(Options{})
	e.Add(first, now)
	if d := e.Add(withRecords(undated, 250_000), now); d.Action == ActionMerge || hasRule(d, "undated_report_clear_best_match") {
		t.Errorf("undated report of another count merged: %s, reasons %+v", d.Action, d.Reasons)
	}

	// A second attack on the organisation scores as well: an analyst decides.
	second := withRecords(classified("nh-3", "Namaste Health Care attacked again",
		"Namaste Health Care said hackers encrypted its systems on May 2, 2019.",
		"2019-05-10", "Namaste Health Care", "US", cit.AttackRansomware), 1600)
	e = NewEngine(Options{})
	e.Add(first, now)
	e.Add(second, now)
	if d := e.Add(undated, now); d.Action == ActionMerge {
		t.Errorf("undated report merged though two incidents of the name match it: reasons %+v %+v", d.Reasons, d.Candidates)
	}

	// A dated report is left to the dates.
	dated := undated
	dated.Published = "2017-10-20"
	e = NewEngine(Options{})
	e.Add(first, now)
	if d := e.Add(dated, now); hasRule(d, "undated_report_clear_best_match") {
		t.Errorf("dated report merged as undated: %+v", d.Reasons)
	}
}

// TestRound51DoubledLetterTown: "Jessup" for "Jesup" is a writer's slip,
// not another town, though "Salem" and "Salen" stay two (round 51, set
// X1: Wayne Memorial Hospital of Jesup, Georgia).
func TestRound51DoubledLetterTown(t *testing.T) {
	t.Parallel()
	if v, differ := localitiesConflict([]string{"town:jessup"}, []string{"town:jesup"}); differ {
		t.Errorf("a doubled letter read as another town: %s", v)
	}
	if _, differ := localitiesConflict([]string{"town:salem"}, []string{"town:salen"}); !differ {
		t.Error("Salem and Salen read as one town")
	}
	if _, differ := localitiesConflict([]string{"town:jetsup"}, []string{"town:jesup"}); !differ {
		t.Error("another inserted letter read as a doubled one")
	}
}
