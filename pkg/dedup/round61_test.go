package dedup

import (
	"testing"

	"github.com/cit-health/cit/pkg/cit"
)

// TestRound61TheftOfInformation: "the theft of patients' protected health
// information" is data taken in the breach, no stolen device: a later report
// of the same intrusion is not told apart by its breach mode; a stolen
// laptop stays a theft (round 61, set G1; sentences of our own).
func TestRound61TheftOfInformation(t *testing.T) {
	t.Parallel()
	first := classified("a-1", "Peachtree Women's Clinic notifying patients of April 2023 data breach",
		"Peachtree Women's Clinic just notified more than 20,000 patients about a data breach that occurred in April 2023. "+
			"The incident resulted in the theft of patients' protected health information.", "2024-02-03", "Peachtree Women's Clinic", "US", cit.AttackDataBreach)
	lawsuit := classified("a-2", "Peachtree Women's Clinic data breach lawsuit says practice waited too long",
		"Peachtree Women's Clinic learned on April 12, 2023, that an unauthorized party had accessed its servers, but it only began to "+
			"notify victims of the cyberattack in January 2024.", "2024-04-03", "Peachtree Women's Clinic", "US", cit.AttackDataBreach)
	e := NewEngine(Options{})
	e.Add(first, now)
	if d := e.Add(lawsuit, now); hasRule(d, "breach_mode_differs") || d.Action != ActionMerge {
		t.Errorf("lawsuit report of the same intrusion: %s, reasons %+v", d.Action, d.Reasons)
	}
	if m := modesOf("A laptop was stolen from an employee's car. The theft of the laptop containing patient data was reported."); m&modeTheft == 0 {
		t.Errorf("stolen laptop: modes %v, want theft", m)
	}
	if m := modesOf("The incident resulted in the theft of patients' protected health information."); m&modeTheft != 0 {
		t.Errorf("theft of information: modes %v, want no device theft", m)
	}
}
