package dedup

import (
	"testing"

	"github.com/cit-health/cit/pkg/cit"
)

// TestRound65UndatedReportDatedByDisclosure: a page that shows no date but
// states the day the organisation announced the attack is dated by it,
// so it joins that year's incident, not an older one of the same name
// (round 65; sentences of our own).
func TestRound65UndatedReportDatedByDisclosure(t *testing.T) {
	t.Parallel()
	old := classified("s-1", "さくら記念病院 メールアカウントに不正アクセス", "さくら記念病院の職員のメールアカウントが乗っ取られた。",
		"2019-03-02", "さくら記念病院", "JP", cit.AttackAccountCompromise)
	recent := classified("s-2", "さくら記念病院 メールアカウントに不正アクセス", "さくら記念病院の職員のメールアカウントが不正利用された。",
		"2024-01-10", "さくら記念病院", "JP", cit.AttackAccountCompromise)
	undated := classified("s-3", "さくら記念病院、メールアカウントの不正利用を公表",
		"さくら記念病院は2024年2月1日、職員のメールアカウントが第三者に不正利用されたと明らかにしました。",
		"", "さくら記念病院", "JP", cit.AttackAccountCompromise)
	undated.Classification.DisclosureDate = "2024-02-01"
	e := NewEngine(Options{})
	e.Add(old, now)
	want := e.Add(recent, now).IncidentID
	d := e.Add(undated, now)
	if d.Action != ActionMerge || d.IncidentID != want {
		t.Errorf("undated report with its disclosure day: %s into %s, want merge into %s; reasons %+v", d.Action, d.IncidentID, want, d.Reasons)
	}
}

// TestRound65UndatedReprint: a wire story reprinted without a date by a
// feed that gave the dated one is not that source repeating its text weeks
// later: its date is unknown, and the likeness counts (round 65; sentences
// of our own).
func TestRound65UndatedReprint(t *testing.T) {
	t.Parallel()
	text := "Police said on Tuesday that hackers linked to a foreign state broke into the network of a large university " +
		"hospital in the capital last August and controlled its servers for eight months before the intrusion was found. " +
		"The attackers used a flaw in the antivirus software of a local security vendor, police said, and no patient " +
		"data appears to have left the hospital. The hospital has strengthened its defences."
	dated := classified("w-1", "University hospital hacked for eight months", text, "2015-08-12", "University Hospital", "KR", cit.AttackMalware)
	undated := classified("w-2", "University hospital hacked for eight months, police say", text, "", "University Hospital", "KR", cit.AttackMalware)
	e := NewEngine(Options{})
	e.Add(dated, now)
	d := e.Add(undated, now)
	if hasRule(d, "same_source_repeats_text") || !hasRule(d, "near_duplicate_text") {
		t.Errorf("undated reprint: %s, reasons %+v", d.Action, d.Reasons)
	}
}
