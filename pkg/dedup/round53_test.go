package dedup

import (
	"testing"

	"github.com/cit-health/cit/pkg/cit"
)

// TestRound53NameWithinOtherAnyOrderAndS: an undated report whose victim's
// words all stand in the incident's name, in another order or with a
// possessive's, a genitive's or a plural's "s", is a name within the other
// ("EMS de Vessy" and "Vessy's Geneva EMS", "Caritasverband Dinslaken" and
// "des Caritasverbands Dinslaken und Wesel") and joins it; a name sharing
// only some of those words stays apart (round 53, set X2; sentences of our
// own).
func TestRound53NameWithinOtherAnyOrderAndS(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ first, later string }{
		{"Vessy’s Geneva EMS", "EMS de Vessy"},
		{"Caritasverband Dinslaken", "Caritasverbands Dinslaken und Wesel"},
	} {
		first := classified("a-1", "Ransomware hits "+c.first,
			"Hackers encrypted the servers of "+c.first+" and stole residents' files in a ransomware attack.",
			"", c.first, "CH", cit.AttackRansomware)
		later := classified("a-2", "",
			"The care home "+c.later+" was hit by a ransomware attack; hackers encrypted its servers.",
			"", c.later, "CH", cit.AttackRansomware)
		e := NewEngine(Options{})
		d1 := e.Add(first, now)
		d := e.Add(later, now)
		if d.IncidentID != d1.IncidentID || !hasRule(d, "name_within_other_name") {
			t.Errorf("%q not joined to %q: %s, reasons %+v", c.later, c.first, d.Action, d.Reasons)
		}
	}
	first := classified("b-1", "Ransomware hits Vessy Geneva EMS",
		"Hackers encrypted the servers of Vessy Geneva EMS in a ransomware attack.", "", "Vessy Geneva EMS", "CH", cit.AttackRansomware)
	other := classified("b-2", "", "The care home EMS Lancy was hit by a ransomware attack; hackers encrypted its servers.",
		"", "EMS Lancy", "CH", cit.AttackRansomware)
	e := NewEngine(Options{})
	d1 := e.Add(first, now)
	if d := e.Add(other, now); d.IncidentID == d1.IncidentID || hasRule(d, "name_within_other_name") {
		t.Errorf("another care home joined: %s, reasons %+v", d.Action, d.Reasons)
	}
}

// TestRound53SameWordButS: a final "s" joins a word only to the same word,
// four letters at least.
func TestRound53SameWordButS(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"vessy", "vessys", true}, {"caritasverbands", "caritasverband", true}, {"mary", "marys", true},
		{"ems", "emss", false}, {"vessy", "vessey", false}, {"lancy", "vessy", false}, {"marys", "maryst", false},
	} {
		if got := sameWordButS(c.a, c.b); got != c.want {
			t.Errorf("sameWordButS(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}
