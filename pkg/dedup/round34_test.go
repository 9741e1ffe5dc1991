package dedup

import (
	"testing"
	"unicode/utf8"

	"github.com/cit-health/cit/pkg/cit"
)

// TestDatedReportOfUndatedIncident: an incident known only from undated
// pages is joined by the dated report of its victim's name when it is the
// only incident of that name, as an undated report joins a dated incident
// (round 34). With a second, dated incident of the name, which attack the
// report tells is decided by dates as before, never forced.
func TestDatedReportOfUndatedIncident(t *testing.T) {
	t.Parallel()
	undated := news("merkur-1", "merkur.de", "de", "", "Sieben Wochen offline – das Krankenhaus Oberried nach dem Angriff",
		"Das Krankenhaus Oberried arbeitet nach dem Hackerangriff wieder mit seinen Systemen.", "Krankenhaus Oberried", "")
	attack := news("wdr-1", "wdr.de", "de", "2024-06-20", "Hackerangriff auf das Krankenhaus Oberried",
		"Das Krankenhaus Oberried ist Opfer eines Hackerangriffs geworden, die Notaufnahme ist abgemeldet.", "Krankenhaus Oberried", "")
	e := NewEngine(Options{})
	first := e.Add(undated, now)
	d := e.Add(attack, now)
	if d.Action != ActionMerge || d.IncidentID != first.IncidentID || !hasRule(d, "undated_report_of_only_incident_of_its_name") {
		t.Errorf("dated report of the only (undated) incident of its name: %s, want merge; reasons %+v", d.Action, d.Reasons)
	}

	// a dated incident of the name besides the undated one: no rule forces the report
	earlier := news("wdr-0", "wdr.de", "de", "2019-03-02", "Hackerangriff auf das Krankenhaus Oberried",
		"Das Krankenhaus Oberried ist Opfer eines Hackerangriffs geworden.", "Krankenhaus Oberried", "")
	e = NewEngine(Options{})
	e.Add(earlier, now)
	e.Add(undated, now)
	if d := e.Add(attack, now); hasRule(d, "undated_report_of_only_incident_of_its_name") {
		t.Errorf("two incidents of the name: reasons %+v, want no forced match", d.Reasons)
	}
}

// TestKnownAliases: a national health body's two official names are one
// victim without any report defining them (round 34).
func TestKnownAliases(t *testing.T) {
	t.Parallel()
	a := classified("rnz-1", "Health NZ confirms data breach affecting staff",
		"A malicious actor downloaded staff health and safety records, Health NZ said.", "2024-10-20", "Health NZ", "NZ", cit.AttackDataBreach)
	b := classified("stuff-1", "Te Whatu Ora staff data stolen in cyber attack",
		"Te Whatu Ora says a malicious actor accessed staff records in two districts.", "2024-10-21", "Te Whatu Ora", "NZ", cit.AttackDataBreach)
	e := NewEngine(Options{})
	first := e.Add(a, now)
	if d := e.Add(b, now); d.Action != ActionMerge || d.IncidentID != first.IncidentID {
		t.Errorf("Health NZ and Te Whatu Ora: %s, want merge; reasons %+v", d.Action, d.Reasons)
	}
}

// TestVictimFromTitleAfterDash: a headline's subject after an en dash is
// cut after the dash's three bytes, never inside them (round 34).
func TestVictimFromTitleAfterDash(t *testing.T) {
	t.Parallel()
	got := victimFromTitle("(CNN) – A ransomware attack has triggered a system-wide technology outage at a network of medical centers in Ohio, causing cancellations")
	if !utf8.ValidString(got) {
		t.Errorf("victimFromTitle: %q is not valid UTF-8", got)
	}
}
