package dedup

import (
	"testing"

	"github.com/cit-health/cit/pkg/cit"
)

// TestRound60SecondBreachRecalled: an undated report of a practice's
// second breach, which recalls the first ("The first breach, which occurred
// in April 2024, … a second incident took place by the end of July 2025"),
// is dated by the second; an undated report of the first breach, stating
// April 2024, is no report of it (round 60, set G1's Radiology Associates
// of Richmond; sentences of our own).
func TestRound60SecondBreachRecalled(t *testing.T) {
	t.Parallel()
	second := classified("b-1", "", "Harbor Imaging Associates of Norfolk (HIAN), a Virginia-based radiology practice, has disclosed a "+
		"second significant data breach within a span of roughly 14 months. The first breach, which occurred in April 2024, was "+
		"reported to HHS on July 1, 2025, and affected more than 900,000 patients. Before that investigation had fully resolved, a "+
		"second incident took place by the end of July 2025.", "", "Harbor Imaging Associates of Norfolk", "US", cit.AttackDataBreach)
	first := classified("b-2", "Harbor Imaging Associates of Norfolk facing lawsuits after huge data breach",
		"Harbor Imaging Associates of Norfolk is facing a barrage of lawsuits after a data breach impacted more than 900,000 of its "+
			"patients. According to the practice, someone gained unauthorized access to its network in April 2024.",
		"", "Harbor Imaging Associates of Norfolk", "US", cit.AttackDataBreach)
	e := NewEngine(Options{})
	e.Add(second, now)
	if d := e.Add(first, now); d.Action == ActionMerge {
		t.Errorf("report of the first breach merged into the second's incident: reasons %+v", d.Reasons)
	}
	again := classified("b-3", "Harbor Imaging Associates of Norfolk notifies 266,000 patients of breach",
		"Harbor Imaging Associates of Norfolk began mailing breach notifications to approximately 266,000 patients. The cyberattack "+
			"occurred in July 2025, the practice said.", "", "Harbor Imaging Associates of Norfolk", "US", cit.AttackDataBreach)
	if d := e.Add(again, now); hasRule(d, "stated_dates_differ") {
		t.Errorf("another report of the second breach told apart by its date: %s, reasons %+v", d.Action, d.Reasons)
	}
}
