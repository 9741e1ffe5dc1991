package dedup

import (
	"testing"

	"github.com/cit-health/cit/pkg/cit"
)

// TestRound58CaptionDate: the date of a stock photo's caption ("… on a
// laptop in Taipei, Taiwan, 13 May, 2017. EPA/…") is no breach date the
// report states: an undated report of the only incident of its name joins
// it (round 58, set G1's Vancouver Coastal Health; sentences of our own).
func TestRound58CaptionDate(t *testing.T) {
	t.Parallel()
	first := classified("a-1", "Lakeshore Coastal Health hit by ransomware", "Lakeshore Coastal Health was the victim of a "+
		"ransomware attack this spring, the health authority said Wednesday. According to the authority, hackers hit on May 21.",
		"2020-07-08", "Lakeshore Coastal Health", "CA", cit.AttackRansomware)
	undated := classified("a-2", "", "Health authority hit with ransomware attack\n\n"+
		"A programmer shows a sample of a ransomware cyberattack on a laptop in Taipei, Taiwan, 13 May, 2017. EPA/JOHN DOE\n\n"+
		"Lakeshore Coastal Health says it was the victim of a ransomware attack this spring. The authority said that as soon as it "+
		"learned of the May 21 attack, it hired external experts.", "", "Lakeshore Coastal Health", "CA", cit.AttackRansomware)
	e := NewEngine(Options{})
	e.Add(first, now)
	if d := e.Add(undated, now); d.Action != ActionMerge || hasRule(d, "stated_dates_differ") {
		t.Errorf("undated report with a caption's date: %s, reasons %+v", d.Action, d.Reasons)
	}
}
