package dedup

import (
	"testing"

	"github.com/cit-health/cit/pkg/cit"
)

// TestRound45PressOfClaimCorroboratedByActor: two press reports of one
// gang's claim on a provider, one naming it in full and one in short,
// undated, are one incident: the gang they both name corroborates the
// alike names. Two leak-site posts of the gang stay for an analyst (round
// 45, set M2's HCRG Care Group; sentences of our own). A short name
// ("HWCG") is no distinctive one, so the type words alone do not join them.
func TestRound45PressOfClaimCorroboratedByActor(t *testing.T) {
	t.Parallel()
	press := func(id, title, text, victim string) cit.Classified {
		c := classified(id, title, text, "", victim, "GB", cit.AttackRansomware)
		c.Classification.ThreatActor = "Medusa"
		return c
	}
	first := press("hc-1", "Medusa ransomware gang demands $2M from UK health services provider",
		"HWCG Care Group, a private health provider, seems to have fallen victim to the Medusa ransomware gang, "+
			"which claimed on its dark web leak site to have stolen internal records.", "HWCG")
	then := press("hc-2", "HWCG Care Group investigates cyberattack",
		"HWCG Care Group is investigating a cybersecurity breach after the Medusa ransomware group claimed "+
			"responsibility on its leak site.", "HWCG Care Group")
	e := NewEngine(Options{})
	d1 := e.Add(first, now)
	if d := e.Add(then, now); d.IncidentID != d1.IncidentID || d.Action != "merge" {
		t.Errorf("press reports of one claim kept apart: %s, reasons %+v", d.Action, d.Reasons)
	}

	post := func(id, victim string) cit.Classified {
		c := classified(id, victim+" listed on the Medusa ransomware leak site",
			"The ransomware group Medusa listed "+victim+" as a victim on its data leak site.", "", victim, "GB",
			cit.AttackRansomware)
		c.Classification.ThreatActor = "Medusa"
		c.Candidate.Fields = map[string]string{cit.FieldClaimStatus: cit.ClaimClaimed, cit.FieldThreatActor: "Medusa"}
		return c
	}
	e = NewEngine(Options{})
	d1 = e.Add(post("p-1", "HWCG"), now)
	if d := e.Add(post("p-2", "HWCG Care Group"), now); d.Action == "merge" || d.IncidentID == d1.IncidentID {
		t.Errorf("two posts of alike names merged on their gang alone: reasons %+v", d.Reasons)
	}
}

// TestRound45UndatedYearsApart: a page without a date whose text dates its
// events two years after every date of an organisation's only incident
// tells of another attack; one that states the incident's own date is its
// report (round 45, set M1's Kaiser Permanente; sentences of our own).
func TestRound45UndatedYearsApart(t *testing.T) {
	t.Parallel()
	first := classified("kp-1", "Harbor Permanente notifies patients of April 5 security incident",
		"On April 5, 2022, Harbor Permanente discovered that an unauthorized party gained access to an employee's email "+
			"account.", "2022-06-14", "Harbor Permanente", "US", cit.AttackAccountCompromise)
	later := classified("kp-2", "Harbor Permanente gets hit with email hack",
		"On September 3, 2024, Harbor Permanente discovered that an unauthorized party gained access to the email "+
			"accounts of two members of its workforce.", "", "Harbor Permanente", "US", cit.AttackAccountCompromise)
	same := classified("kp-3", "Harbor Permanente email breach exposes member data",
		"Harbor Permanente said that on April 5, 2022 an unauthorized party gained access to an employee's email "+
			"account.", "", "Harbor Permanente", "US", cit.AttackAccountCompromise)
	e := NewEngine(Options{})
	d1 := e.Add(first, now)
	if d := e.Add(later, now); d.IncidentID == d1.IncidentID {
		t.Errorf("a report of 2024's events merged into 2022's incident: %s, reasons %+v", d.Action, d.Reasons)
	}
	e = NewEngine(Options{})
	d1 = e.Add(first, now)
	if d := e.Add(same, now); d.IncidentID != d1.IncidentID {
		t.Errorf("an undated report of the incident's own day kept apart: %s, reasons %+v", d.Action, d.Reasons)
	}
}

// TestRound45WorldRegionNoLocality: a continent a report names beside the
// victim's town ("centers in Florida and Latin America") is no locality
// that sets two reports of one attack apart (round 45, set M3's 21st
// Century Oncology; sentences of our own).
func TestRound45WorldRegionNoLocality(t *testing.T) {
	t.Parallel()
	if got := localities("Oakridge Oncology, which runs cancer centers in Latin America, said a hacker accessed its database.", false); len(got) != 0 {
		t.Errorf("localities = %v, want none", got)
	}
	if got := localities("The hospital in Tucumcari said a hacker accessed its database.", false); len(got) != 1 {
		t.Errorf("localities = %v, want the town", got)
	}
}
