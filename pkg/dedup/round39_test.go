package dedup

import (
	"testing"

	"github.com/cit-health/cit/pkg/cit"
)

// TestMonthDatedPage: a page dated by its month only (the first of the
// month) reads a day later in that month as this month's, so a report that
// dates its own incident there is no follow-up of the earlier attack it
// recalls (round 39, from set K's Singing River Health System).
func TestMonthDatedPage(t *testing.T) {
	t.Parallel()
	first := classified("sr-1", "Gulf Coast Health System hit by ransomware attack",
		"Gulf Coast Health System said a ransomware attack took its computer systems offline.", "2023-08-21",
		"Gulf Coast Health System", "US", "ransomware")
	later := classified("sr-3", "Gulf Coast Health System takes systems offline",
		"Gulf Coast Health System shut down its internet and MyChart access Dec. 23 in response to a potential "+
			"hacking attempt. The health system was the victim of a ransomware attack in 2023.",
		"2025-12-01", "Gulf Coast Health System", "US", "unknown")
	e := NewEngine(Options{})
	d1 := e.Add(first, now)
	if d := e.Add(later, now); d.IncidentID == d1.IncidentID {
		t.Errorf("a later incident on a page of its month: %s into %s, reasons %+v, want apart", d.Action, d.IncidentID, d.Reasons)
	}
}

// TestVictimFromHeadlineSubject: a headline's subject ends at its first
// lower-case word that no name holds (round 39, set M's Norton
// Healthcare).
func TestVictimFromHeadlineSubject(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct{ title, want string }{
		{"Norton Healthcare responds to ransomware attack", "Norton Healthcare"},
		{"University of Vermont Health Network hit by cyberattack", "University of Vermont Health Network"},
		{"Lakeside Clinic now says it was hit by ransomware", "Lakeside Clinic"},
	} {
		if got := victimFromTitle(tt.title); got != tt.want {
			t.Errorf("victimFromTitle(%q) = %q, want %q", tt.title, got, tt.want)
		}
	}
}

// TestUndatedReviewReportOfOnlyIncident: an undated report that the
// classifier holds for review, naming the organisation of the only
// incident of its name, joins that incident like an accepted one (round
// 39, set M's MediMap).
func TestUndatedReviewReportOfOnlyIncident(t *testing.T) {
	t.Parallel()
	first := classified("mm-1", "Hack of medication platform Lakeside MedChart declares patients dead",
		"An apparent hack of medication platform Lakeside MedChart has led to some patients being marked as dead.",
		"2026-02-03", "Lakeside MedChart", "NZ", "unknown")
	held := classified("mm-3", "Hacked health portal Lakeside MedChart must explain itself",
		"The hacked health portal Lakeside MedChart needs to be doing everything it can to tell patients what happened.",
		"", "Lakeside MedChart", "NZ", "unknown")
	held.Classification.Verdict = cit.VerdictReview
	held.Classification.Score = 0.45
	e := NewEngine(Options{})
	d1 := e.Add(first, now)
	if d := e.Add(held, now); d.IncidentID != d1.IncidentID || d.Action != ActionMerge {
		t.Errorf("an undated report held for review: %s into %s, reasons %+v, want a merge into %s", d.Action, d.IncidentID, d.Reasons, d1.IncidentID)
	}
}
