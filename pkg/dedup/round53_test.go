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

// TestRound53ModesOfNotices: a notice's letters mailed to the people of a
// breach mail no record by mistake, its misspelt "identify theft
// protection" steals no device, and "unauthorized actors who gained access
// to the DMG network" hacked it (round 53, set Z1: DuPage Medical Group;
// sentences of our own).
func TestRound53ModesOfNotices(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		text string
		want modeSet
	}{
		{"The outage was caused by unauthorized actors who gained access to the WMG network.", modeHacking},
		{"WMG is in the process of mailing letters to individuals; it offers identify theft protection at no cost.", 0},
		{"The clinic sent notification letters to 4,000 patients after hackers breached its server.", modeHacking},
		{"Letters were mailed to the wrong addresses.", modeDisclosure},
	} {
		if got := modesOf(tt.text); got != tt.want {
			t.Errorf("modesOf(%q) = %s, want %s", tt.text, got, tt.want)
		}
	}
}

// TestRound53NamedInTownByCity: a pharmacy's report that the classifier
// placed in Mönchengladbach joins the incident of "a Mönchengladbacher
// Apotheke", the town's German adjective and a kind; a report placed in
// another town does not (round 53, set Z2; sentences of our own).
func TestRound53NamedInTownByCity(t *testing.T) {
	t.Parallel()
	withCity := func(c cit.Classified, city string) cit.Classified {
		cl := *c.Classification
		cl.Reasons = append(cl.Reasons, cit.Reason{Field: "country", Rule: "text:city", Value: "DE", Span: city})
		c.Classification = &cl
		return c
	}
	first := classified("ap-1", "Cyberangriff legt Mönchengladbacher Apotheke lahm",
		"Eine Mönchengladbacher Apotheke ist Opfer eines Cyberangriffs geworden; die Täter verschlüsselten die Systeme.",
		"2025-12-15", "Mönchengladbacher Apotheke", "DE", cit.AttackRansomware)
	later := withCity(classified("ap-2", "", "Die Laurentius-Apotheke am Ostwall ist Opfer eines "+
		"Cyberangriffs geworden. Unbekannte Täter verschlüsselten die Systeme der Apotheke.",
		"", "Laurentius-Apotheke", "DE", cit.AttackRansomware), "Mönchengladbach")
	e := NewEngine(Options{})
	d1 := e.Add(first, now)
	if d := e.Add(later, now); d.IncidentID != d1.IncidentID || !hasRule(d, "unnamed_victim_in_its_town") {
		t.Errorf("the named pharmacy not joined: %s, reasons %+v", d.Action, d.Reasons)
	}
	elsewhere := withCity(classified("ap-3", "", "Die Laurentius-Apotheke am Ostwall ist Opfer eines "+
		"Cyberangriffs geworden. Unbekannte Täter verschlüsselten die Systeme der Apotheke.",
		"", "Laurentius-Apotheke", "DE", cit.AttackRansomware), "Krefeld")
	e = NewEngine(Options{})
	d1 = e.Add(first, now)
	if d := e.Add(elsewhere, now); d.IncidentID == d1.IncidentID {
		t.Errorf("a pharmacy of another town joined: %+v", d.Reasons)
	}
}
