package dedup

import (
	"strings"
	"testing"
)

// TestLocalities40: "in Loretto Hospital" names the hospital, not its
// town, and a writer's slip in a place's name ("Puebo County") is the same
// place (round 40, set O's Loretto Hospital and Parkview Medical Center).
func TestLocalities40(t *testing.T) {
	t.Parallel()
	if got := localities("Personal info of over 500 may have been compromised in Lakeview Hospital data breach", false); len(got) != 0 {
		t.Errorf("a hospital read as a town: %v", got)
	}
	if v, differ := localitiesConflict([]string{"town:pueblo county"}, []string{"town:puebo county"}); differ {
		t.Errorf("a one-letter slip read as another place: %s", v)
	}
	if v, differ := localitiesConflict([]string{"town:tampa"}, []string{"town:syracuse"}); !differ {
		t.Errorf("Tampa and Syracuse read as one place (%s)", v)
	}
	if _, differ := localitiesConflict([]string{"town:salem"}, []string{"town:salen"}); !differ {
		t.Error("short names one letter apart read as one place")
	}
}

// TestTownSlipStillMerges: two reports of one hospital's ransomware attack,
// one of them misspelling its county, are one incident (round 40).
func TestTownSlipStillMerges(t *testing.T) {
	t.Parallel()
	first := classified("pv-1", "Parkside Medical Center target of cyber-incident",
		"Parkside Medical Center, the largest health care center in Pueblo County, was hit by ransomware.", "",
		"Parkside Medical Center", "US", "ransomware")
	second := classified("pv-3", "Hackers infect Parkside Medical Center systems with ransomware",
		"Hackers have infected the infrastructure of Parkside Medical Center, the largest hospital in Puebo County, with ransomware.", "",
		"Parkside Medical Center", "US", "ransomware")
	e := NewEngine(Options{})
	d1 := e.Add(first, now)
	if d := e.Add(second, now); d.IncidentID != d1.IncidentID {
		t.Errorf("a misspelt county kept apart: %s into %s, reasons %+v", d.Action, d.IncidentID, d.Reasons)
	}
}

// TestBackgroundDateFarInText: the breach date a report states is read
// from its first paragraphs; a date far on, in the article's background
// about another organisation, does not set the report against the
// incident it tells of (round 40, set O's Frederick Health).
func TestBackgroundDateFarInText(t *testing.T) {
	t.Parallel()
	background := strings.Repeat("Ransomware attacks are serious threats to a healthcare facility's overall security "+
		"as they store tons of sensitive data such as patient medical records. ", 12)
	first := classified("fh-2", "Lakeview Health hit by ransomware attack",
		"Lakeview Health said on January 28 that a ransomware attack detected on January 27, 2025 took its IT systems offline.",
		"2025-01-29", "Lakeview Health", "US", "ransomware")
	later := classified("fh-1", "Lakeview Health Grappling with Ransomware Attack on IT Systems",
		"On January 27, Lakeview Health detected a ransomware attack on its IT systems, according to a press release. "+
			background+"However, not all healthcare facilities share the same fate. Harbor Medical Group suffered from a "+
			"cyberattack in May 2024 that took out its systems.", "", "Lakeview Health", "US", "ransomware")
	e := NewEngine(Options{})
	d1 := e.Add(first, now)
	d := e.Add(later, now)
	if d.IncidentID != d1.IncidentID {
		t.Errorf("a background date kept the report apart: %s into %s, reasons %+v", d.Action, d.IncidentID, d.Candidates)
	}
}

// TestRecoveryMonthsAfter: a report that an organisation has fully
// restored its operations after a cyberattack, three months on, belongs to
// that attack; a second attack three months on, told as one, does not
// (round 40, set O's Palomar Health Medical Group).
func TestRecoveryMonthsAfter(t *testing.T) {
	t.Parallel()
	first := classified("ph-2", "Harbor Medical Group discloses details about cybersecurity incident",
		"Harbor Medical Group said it first detected suspicious activity on its network on or around May 5, taking "+
			"phones and patient portals offline.", "2024-05-10", "Harbor Medical Group", "US", "unknown")
	restored := classified("ph-4", "Harbor Medical Group Fully Restores Operations Following Cyberattack",
		"Harbor Medical Group announced its operations are fully restored after a cyber incident was detected on its "+
			"network. Over the past two months, it worked with its cybersecurity teams around the clock.",
		"2024-08-19", "Harbor Medical Group", "US", "unknown")
	again := classified("ph-5", "Harbor Medical Group hit by second cyberattack, systems back online",
		"Harbor Medical Group suffered a second cyberattack this month; its systems are back online.",
		"2024-08-19", "Harbor Medical Group", "US", "unknown")
	e := NewEngine(Options{})
	d1 := e.Add(first, now)
	if d := e.Add(restored, now); d.IncidentID != d1.IncidentID || d.Action != ActionMerge {
		t.Errorf("the restoration three months on: %s into %s, reasons %+v", d.Action, d.IncidentID, d.Candidates)
	}
	e = NewEngine(Options{})
	d1 = e.Add(first, now)
	if d := e.Add(again, now); d.IncidentID == d1.IncidentID {
		t.Errorf("a second attack merged into the first: %s, reasons %+v", d.Action, d.Reasons)
	}
}
