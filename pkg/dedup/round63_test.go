package dedup

import (
	"slices"
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

// TestRound63PathologyProvider: a hospital that blames "their pathology
// provider, Synnovis" tells of the supplier's attack, one incident with the
// supplier's own report; a later report naming only the hospital joins it
// too (round 63; sentences of our own).
func TestRound63PathologyProvider(t *testing.T) {
	t.Parallel()
	supplier := classified("s-1", "Synnovis hit by ransomware attack",
		"Synnovis, a pathology laboratory that processes blood tests for hospitals in south east London, said it had been hit by a ransomware attack on Monday.",
		"2024-06-04", "Synnovis", "GB", cit.AttackRansomware)
	client := classified("s-2", "King's College Hospital cancels operations after cyber attack",
		"King's College Hospital declared a critical incident after a cyber attack on its pathology provider, Synnovis. Operations have been cancelled.",
		"2024-06-05", "King's College Hospital", "GB", cit.AttackUnknown)
	e := NewEngine(Options{})
	e.Add(supplier, now)
	d := e.Add(client, now)
	if d.Action != ActionMerge {
		t.Errorf("client of the pathology provider: %s, reasons %+v", d.Action, d.Reasons)
	}
	if got := supplierNamed("after a cyber attack on their diagnostics provider, Acme Labs Ltd, on Monday"); got != "Acme Labs Ltd" {
		t.Errorf("supplierNamed = %q, want Acme Labs Ltd", got)
	}
}

// TestRound63CyberThieves: data "lost to thieves who broke into its clinical
// network" and "cyber thieves" are an intrusion, no stolen device; a laptop
// stolen by thieves stays a theft (round 63; sentences of our own).
func TestRound63CyberThieves(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"The cancer center said that some patient data had been lost to thieves who broke into its clinical network in November.",
		"Cyber thieves took the records of 800,000 patients.",
		"The clinic said files were lost to hackers last spring.",
	} {
		if m := modesOf(s); m&modeTheft != 0 || !m.hacked() {
			t.Errorf("modesOf(%q) = %v, want hacking without theft", s, m)
		}
	}
	if m := modesOf("A laptop was stolen by thieves from a nurse's car."); m&modeTheft == 0 {
		t.Errorf("stolen laptop: modes %v, want theft", m)
	}
}

// TestRound63ParentNamedFirst: "Ardent Health Services [1] [2], the parent
// company of Hillcrest HealthCare System" names the member's group before
// it, past a page's citations; the member's undated report joins the
// group's incident (round 63; sentences of our own).
func TestRound63ParentNamedFirst(t *testing.T) {
	t.Parallel()
	if got := parentsNamed("Ardent Health Services [1] [2], the parent company of Hillcrest HealthCare System, said its hospitals diverted ambulances."); len(got) == 0 || got[0] != "Ardent Health Services" {
		t.Errorf("parentsNamed = %q, want Ardent Health Services", got)
	}
	group := classified("a-1", "Ardent Health Services hit by ransomware",
		"Ardent Health Services said a ransomware attack forced its hospitals in three states to divert ambulances.",
		"2023-11-27", "Ardent Health Services", "US", cit.AttackRansomware)
	member := classified("a-2", "Hillcrest hospitals divert ambulances",
		"Ardent Health Services, the parent company of Hillcrest HealthCare System, said a ransomware attack took its systems offline.",
		"", "Hillcrest HealthCare System", "US", cit.AttackRansomware)
	e := NewEngine(Options{})
	e.Add(group, now)
	if d := e.Add(member, now); d.Action != ActionMerge || !hasRule(d, "same_group") {
		t.Errorf("member naming its parent first: %s, reasons %+v", d.Action, d.Reasons)
	}
}

// TestRound63ServingSupplierAndTownOfNamedHospital: "Synnovis, the company
// that supplies blood tests" names a supplier; and a report naming its
// victim only by kind and town ("Hospital Centre of Versailles") joins the
// incident of a named hospital its reports place in that town (round 63;
// sentences of our own).
func TestRound63ServingSupplierAndTownOfNamedHospital(t *testing.T) {
	t.Parallel()
	if got := supplierNamed("Synnovis, the company that supplies blood tests for hospitals in London, was hit by ransomware."); got != "Synnovis" {
		t.Errorf("supplierNamed = %q, want Synnovis", got)
	}
	named := classified("v-1", "The Andre-Mignot Hospital cancels operations after cyberattack",
		"The Andre-Mignot Hospital has been forced to cancel operations in Versailles after a cyberattack over the weekend.",
		"2022-12-05", "Andre-Mignot Hospital", "FR", cit.AttackUnknown)
	byTown := classified("v-2", "French hospital complex transfers patients after ransomware attack",
		"The health ministry said the Hospital Centre of Versailles was without any computer systems after the attack.",
		"", "Hospital Centre of Versailles", "FR", cit.AttackRansomware)
	e := NewEngine(Options{})
	e.Add(named, now)
	if d := e.Add(byTown, now); d.Action != ActionMerge || !hasRule(d, "unnamed_victim_in_its_town") {
		t.Errorf("hospital named by its town: %s, reasons %+v", d.Action, d.Reasons)
	}
}

// TestRound63SaintNameInOneTown: two names of one saint ("St. Mary's
// Regional Medical Center", "St. Mary's Health System") placed in one town
// are alike enough to link undated reports; in two towns they stay apart;
// and "Covenant Health, the Catholic nonprofit that owns St. Mary's" names
// the group (round 63; sentences of our own).
func TestRound63SaintNameInOneTown(t *testing.T) {
	t.Parallel()
	hospital := classified("m-1", "Cyberattack disrupts hospital in Lewiston",
		"A cyberattack forced St. Mary's Regional Medical Center in Lewiston, Maine, to disconnect from all data systems.",
		"2025-05-27", "St. Mary's Regional Medical Center", "US", cit.AttackDataBreach)
	system := classified("m-2", "Data hack at health systems impacted more than 284,000",
		"The parent company of St. Mary's Health System in Lewiston now reports that the data breach impacted 284,000 people.",
		"", "St. Mary's Health System", "US", cit.AttackDataBreach)
	elsewhere := classified("m-3", "Data hack at health system impacted thousands",
		"St. Mary's Health System in Evansville, Indiana, reports that a data breach impacted 12,000 people.",
		"", "St. Mary's Health System", "US", cit.AttackDataBreach)
	e := NewEngine(Options{})
	e.Add(hospital, now)
	if d := e.Add(system, now); d.Action != ActionMerge || !hasRule(d, "same_leading_words") {
		t.Errorf("one saint's name in one town: %s, reasons %+v", d.Action, d.Reasons)
	}
	e = NewEngine(Options{})
	e.Add(hospital, now)
	if d := e.Add(elsewhere, now); d.Action == ActionMerge {
		t.Errorf("one saint's name in two towns merged: reasons %+v", d.Reasons)
	}
	if got := parentsNamed("Officials from Covenant Health, the Catholic nonprofit that owns St. Mary's, confirmed the incident."); len(got) == 0 || got[0] != "Covenant Health" {
		t.Errorf("parentsNamed = %q, want Covenant Health", got)
	}
}

// TestRound63OwnerVerbAndLaterParagraph: "Covenant Health operates St.
// Mary's Health System" names the group, and a group named in a lead's
// second paragraph, past the first 300 bytes, is read (round 63; sentences
// of our own).
func TestRound63OwnerVerbAndLaterParagraph(t *testing.T) {
	t.Parallel()
	if got := parentsNamed("Covenant Health operates St. Mary's Health System in Lewiston."); len(got) == 0 || got[0] != "Covenant Health" {
		t.Errorf("parentsNamed = %q, want Covenant Health", got)
	}
	lead := "A cyberattack forced St. Mary's Regional Medical Center in Lewiston, Maine, and the affiliated community clinics " +
		"to disconnect from all data systems beginning Monday, while staff went back to paper charts and phones for the " +
		"rest of the week, the hospital said in a statement to patients and families on its website and social media. " +
		"Officials from Covenant Health, the Catholic nonprofit that owns St. Mary's, confirmed the incident."
	r := newReport(classified("c-1", "Cyberattack disrupts hospital in Lewiston", lead, "2025-05-27",
		"St. Mary's Regional Medical Center", "US", cit.AttackDataBreach), now, nil)
	if !slices.Contains(r.parentKeys, "covenant health") {
		t.Errorf("parentKeys = %q, want covenant health", r.parentKeys)
	}
}
