package dedup

import (
	"reflect"
	"slices"
	"testing"

	"github.com/cit-health/cit/pkg/cit"
)

// hasRule reports whether a decision's reasons hold a rule.
func hasRule(d Decision, rule string) bool {
	return slices.ContainsFunc(d.Reasons, func(r cit.Reason) bool { return r.Rule == rule })
}

// TestVictimNamedAcrossReports: the press of other languages describes the
// victim ("German hospital") or names it in its own words ("Universitair
// ziekenhuis van Düsseldorf"); the proper name the reports share links them
// (round 33). Two hospitals of their own, one report naming the other's
// town, stay apart.
func TestVictimNamedAcrossReports(t *testing.T) {
	t.Parallel()
	described := news("ap-7", "apnews.com", "en", "2026-09-17", "German hospital hacked, patient taken to another city dies",
		"Thirty servers at the hospital were encrypted last week and an extortion note was addressed to the Heinrich Heine University, "+
			"to which the Nordhafener university clinic belongs, news agency dpa reported.", "German hospital", "")
	named := news("nu-8", "nu.nl", "nl", "2026-09-20", "Vrouw overlijdt nadat cyberaanval Duits ziekenhuis lamlegt",
		"In het Universitair ziekenhuis van Nordhafen is een vrouw overleden ten gevolge van een ransomware-aanval.",
		"Universitair ziekenhuis van Nordhafen", "")
	polish := news("pap-9", "pap.pl", "pl", "2026-09-21", "Niemcy: cyberatak uniemożliwił przyjęcie pacjentki",
		"Klinika uniwersytecka w Nordhafenie została zaatakowana przez oprogramowanie ransomware.", "", "")
	e := NewEngine(Options{})
	first := e.Add(described, now)
	for _, c := range []cit.Classified{named, polish} {
		d := e.Add(c, now)
		if d.Action != ActionMerge || d.IncidentID != first.IncidentID || !hasRule(d, "victim_named_across_reports") {
			t.Errorf("%s: %s into %s, want merge into %s by the shared name; reasons %+v", c.ID, d.Action, d.IncidentID, first.IncidentID, d.Reasons)
		}
	}

	// "a week after Dax, the hospital of Villefranche": two attacks
	dax := news("sud-1", "sudouest.fr", "fr", "2026-02-09", "L'hôpital de Daxville au ralenti après une attaque informatique",
		"Le centre hospitalier de Daxville est victime d'un rançongiciel depuis lundi soir.", "hôpital de Daxville", "")
	villefranche := news("prog-1", "leprogres.fr", "fr", "2026-02-16", "Une semaine après Daxville, l'hôpital de Villefranche attaqué",
		"L'hôpital de Villefranche est à son tour victime d'un rançongiciel, une semaine après celui de Daxville.", "hôpital de Villefranche", "")
	e = NewEngine(Options{})
	e.Add(dax, now)
	if d := e.Add(villefranche, now); d.Action == ActionMerge {
		t.Errorf("Villefranche's attack naming Daxville's: merged, want apart; reasons %+v", d.Reasons)
	}
}

// TestUndatedReports: a page without a date is read now, which says nothing
// of when it was written. It joins the only incident of its victim's name;
// with two incidents of that name it goes to an analyst; an incident known
// only from undated pages is no evidence against a dated report (round 33).
func TestUndatedReports(t *testing.T) {
	t.Parallel()
	attack := news("wdr-1", "wdr.de", "de", "2024-06-20", "Hackerangriff auf das Krankenhaus Oberried",
		"Das Krankenhaus Oberried ist Opfer eines Hackerangriffs geworden, die Notaufnahme ist abgemeldet.", "Krankenhaus Oberried", "")
	undated := news("merkur-1", "merkur.de", "de", "", "Sieben Wochen offline – das Krankenhaus Oberried nach dem Angriff",
		"Das Krankenhaus Oberried arbeitet nach dem Hackerangriff wieder mit seinen Systemen.", "Krankenhaus Oberried", "")
	e := NewEngine(Options{})
	first := e.Add(attack, now)
	d := e.Add(undated, now)
	if d.Action != ActionMerge || d.IncidentID != first.IncidentID || !hasRule(d, "undated_report_of_only_incident_of_its_name") {
		t.Errorf("undated report of a name attacked once: %s, want merge; reasons %+v", d.Action, d.Reasons)
	}

	// the same hospital attacked twice: which attack is not said
	second := news("wdr-2", "wdr.de", "de", "2025-11-03", "Erneut Hackerangriff auf das Krankenhaus Oberried",
		"Das Krankenhaus Oberried ist erneut Opfer eines Hackerangriffs geworden.", "Krankenhaus Oberried", "")
	e = NewEngine(Options{})
	e.Add(attack, now)
	e.Add(second, now)
	if d := e.Add(undated, now); d.Action != ActionReview {
		t.Errorf("undated report of a name attacked twice: %s, want review; reasons %+v", d.Action, d.Reasons)
	}

	// an incident known only from an undated page, then the dated report
	e = NewEngine(Options{})
	first = e.Add(undated, now)
	later := e.Add(attack, now)
	if hasRule(later, "too_far_apart") {
		t.Errorf("dated report against an undated incident: reasons %+v, want no date evidence", later.Reasons)
	}
	if first.Incident.Sources[0].Published == "" {
		t.Errorf("undated source kept without a date, want the day it was read")
	}
}

// TestUndatedIncidentSurvivesRestart: what marks a report undated, and the
// names its text writes, are kept in provenance, so a restarted engine
// decides the next report as the live one does.
func TestUndatedIncidentSurvivesRestart(t *testing.T) {
	t.Parallel()
	undated := news("merkur-1", "merkur.de", "de", "", "Sieben Wochen offline – das Krankenhaus Oberried nach dem Angriff",
		"Das Krankenhaus Oberried arbeitet nach dem Hackerangriff wieder mit seinen Systemen.", "Krankenhaus Oberried", "")
	described := news("dpa-1", "dpa.de", "de", "2024-06-21", "Klinik in Bayern nach Cyberangriff offline",
		"Nach dem Hackerangriff auf das Oberrieder Krankenhaus bleibt die Notaufnahme geschlossen.", "", "")
	live := NewEngine(Options{})
	live.Add(undated, now)
	restarted := NewEngine(Options{})
	restarted.Load(live.Incidents())
	want, got := live.Add(described, now), restarted.Add(described, now)
	if !hasRule(want, "victim_named_across_reports") || !hasRule(want, "no_date_to_compare") {
		t.Fatalf("live engine: %s, want the name written across reports, with no date to compare; reasons %+v", want.Action, want.Reasons)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("after a restart\n%+v\nwithout a restart\n%+v", got, want)
	}
}

// TestReportOfAFurtherAttack: "seven months after AIIMS was hit by a
// ransomware attack on November 23" recalls the earlier attack's day; the
// report is of a new one and does not join it (round 33).
func TestReportOfAFurtherAttack(t *testing.T) {
	t.Parallel()
	first := news("ht-1", "hindustantimes.com", "en", "2022-11-25", "Institute of Medical Sciences servers down after ransomware attack",
		"The All Bharat Institute of Medical Sciences (ABIMS) was hit by a ransomware attack on November 23 that took its servers offline.",
		"All Bharat Institute of Medical Sciences", "")
	later := news("ht-2", "hindustantimes.com", "en", "2023-06-06", "ABIMS services hit by malware attack",
		"The All Bharat Institute of Medical Sciences (ABIMS) was targeted by a possible cyber attack on Tuesday. The incident occurred "+
			"seven months after ABIMS was hit by a ransomware attack on November 23, 2022, which wiped outpatient data.",
		"All Bharat Institute of Medical Sciences", "")
	e := NewEngine(Options{})
	e.Add(first, now)
	if d := e.Add(later, now); d.Action == ActionMerge {
		t.Errorf("a further attack recalling the first one's day: merged, want apart; reasons %+v", d.Reasons)
	}
}

// TestNationalityIsNoTown: "an Israeli hospital" places the victim in no
// town, so it does not conflict with the hospital's own town.
func TestNationalityIsNoTown(t *testing.T) {
	t.Parallel()
	for _, text := range []string{"Hackers attacked an Israeli hospital's systems.", "Le piratage d'un hôpital allemand."} {
		if got := localities(text, false); len(got) != 0 {
			t.Errorf("localities(%q) = %v, want none", text, got)
		}
	}
}

// TestBackgroundDateInOneWeekOfPress: two reports of one hospital's attack
// published the same day, one recalling another hospital's attack months
// before, are one attack (round 33).
func TestBackgroundDateInOneWeekOfPress(t *testing.T) {
	t.Parallel()
	a := news("lp-1", "leparisien.fr", "fr", "2023-06-22", "Alerte au CHU de Nordville",
		"Le CHU de Nordville est victime depuis mercredi d'une cyberattaque. En décembre 2022, le centre hospitalier "+
			"de Sudville avait également été la cible de pirates.", "CHU de Nordville", "")
	b := news("e1-1", "europe1.fr", "en", "2023-06-22", "University Hospital of Nordville hit by a cyberattack",
		"Since Wednesday, the University Hospital of Nordville has been the victim of a cyberattack that led to a data leak.",
		"University Hospital of Nordville", "")
	e := NewEngine(Options{})
	first := e.Add(a, now)
	if d := e.Add(b, now); d.Action != ActionMerge || d.IncidentID != first.IncidentID {
		t.Errorf("two reports of one day, one recalling another attack's month: %s, want merge; reasons %+v", d.Action, d.Reasons)
	}
}
