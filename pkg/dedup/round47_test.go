package dedup

import (
	"testing"

	"github.com/cit-health/cit/pkg/cit"
)

// TestRound47ShortNameOfBothVictims: a name of five letters that two
// accepted reports give their victim ("Bayer", "Merck") is as exact as a
// long one: the gang both name joins an undated report to the dated one
// (round 47, set T2's Bayer; sentences of our own).
func TestRound47ShortNameOfBothVictims(t *testing.T) {
	t.Parallel()
	report := func(id, title, text, published, victim string) cit.Classified {
		c := classified(id, title, text, published, victim, "DE", cit.AttackMalware)
		c.Classification.ThreatActor = "APT41"
		return c
	}
	e := NewEngine(Options{})
	d1 := e.Add(report("vx-1", "Drug maker Vexor hit by Chinese hackers",
		"The German drug maker Vexor said hackers of the APT41 group had reached its network; no data was taken.",
		"2019-04-04", "Vexor"), now)
	if d := e.Add(report("vx-2", "Vexor, atacada por hackers chinos",
		"La farmacéutica alemana Vexor sufrió un ataque del grupo APT41, según la prensa alemana.", "", "Vexor"), now); d.IncidentID != d1.IncidentID {
		t.Errorf("two reports of Vexor's attack kept apart: %s, reasons %+v", d.Action, d.Reasons)
	}
}
