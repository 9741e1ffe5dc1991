package dedup

import "testing"

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
