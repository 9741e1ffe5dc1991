package dedup

import (
	"testing"

	"github.com/cit-health/cit/pkg/cit"
)

// TestRound63MemberOfBrandedGroup: a member hospital that bears its group's
// brand ("MedStar Union Memorial Hospital") attacked in the fortnight of the
// group's own report ("MedStar Health") is the group's attack, in either
// order, and the member's attack a year later stays apart (round 63; sentences of our own).
func TestRound63MemberOfBrandedGroup(t *testing.T) {
	t.Parallel()
	group := classified("g-1", "MedStar Health hit by cyberattack, systems down across hospitals",
		"MedStar Health, which runs ten hospitals in Maryland and Washington, said a ransomware attack forced it to shut down its computer systems.",
		"2020-03-30", "MedStar Health", "US", cit.AttackRansomware)
	member := classified("g-2", "Union Memorial Hospital turns to paper charts after computer virus",
		"Nurses at MedStar Union Memorial Hospital in Baltimore used paper charts on Tuesday after a virus took down the electronic health record.",
		"2020-03-31", "MedStar Union Memorial Hospital", "US", cit.AttackRansomware)
	later := classified("g-3", "MedStar Union Memorial Hospital reports new cyberattack",
		"MedStar Union Memorial Hospital said hackers reached an e-mail account and patient data.",
		"2021-05-02", "MedStar Union Memorial Hospital", "US", cit.AttackDataBreach)
	for _, order := range [][]cit.Classified{{group, member}, {member, group}} {
		e := NewEngine(Options{})
		e.Add(order[0], now)
		if d := e.Add(order[1], now); d.Action != ActionMerge || !hasRule(d, "same_group") {
			t.Errorf("%s after %s: %s, reasons %+v", order[1].ID, order[0].ID, d.Action, d.Reasons)
		}
	}
	e := NewEngine(Options{})
	e.Add(group, now)
	e.Add(member, now)
	if d := e.Add(later, now); d.Action == ActionMerge {
		t.Errorf("the member's attack a year later merged: reasons %+v", d.Reasons)
	}

}
