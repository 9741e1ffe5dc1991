package triagesvc

import (
	"encoding/json"
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/cit-health/cit/pkg/cit"
	"github.com/cit-health/cit/pkg/dedup"
	"github.com/cit-health/cit/pkg/store"
)

func as(cand, source, value string) cit.Assertion {
	return cit.Assertion{Value: value, CandidateID: cand, Source: source, At: "2026-01-10"}
}

func TestConflict(t *testing.T) {
	for _, tc := range []struct {
		name  string
		field string
		as    []cit.Assertion
		want  []string
	}{
		{"one report", "country", []cit.Assertion{as("a", "s1", "FR")}, nil},
		{"two agree", "country", []cit.Assertion{as("a", "s1", "FR"), as("b", "s2", "fr")}, nil},
		{"two disagree", "country", []cit.Assertion{as("a", "s1", "FR"), as("b", "s2", "BE")}, []string{"FR", "BE"}},
		{"same report, two values", "country", []cit.Assertion{as("a", "s1", "FR"), as("a", "s1", "BE")}, nil},
		{"unknown attack type asserts nothing", "attack_type",
			[]cit.Assertion{as("a", "s1", "ransomware"), as("b", "s2", "unknown")}, nil},
		{"attack types disagree", "attack_type",
			[]cit.Assertion{as("a", "s1", "ransomware"), as("b", "s2", "data_breach"), as("c", "s3", "ransomware")},
			[]string{"ransomware", "data_breach"}},
		{"victim spellings agree", "victim",
			[]cit.Assertion{as("a", "s1", "St Mary Hospital"), as("b", "s2", "ST MARY HOSPITAL")}, nil},
		{"joint notice shares a victim", "victim",
			[]cit.Assertion{as("a", "s1", "Alpha Clinic"), as("a", "s1", "Beta Hospital"), as("b", "s2", "Beta Hospital")}, nil},
		{"victims disagree", "victim",
			[]cit.Assertion{as("a", "s1", "Alpha Clinic"), as("b", "s2", "Gamma Medical Center")},
			[]string{"Alpha Clinic", "Gamma Medical Center"}},
		{"analyst settled it", "records_affected",
			[]cit.Assertion{as("a", "s1", "100"), as("b", "s2", "2000"), as("triage:x", analystSource, "2000")}, nil},
		{"a report after the analyst disagrees", "records_affected",
			[]cit.Assertion{as("a", "s1", "100"), as("triage:x", analystSource, "2000"), as("c", "s3", "5000")},
			[]string{"2000", "5000"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Conflict(tc.field, tc.as); !slices.Equal(got, tc.want) {
				t.Errorf("Conflict = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestDefinedNamesAgree: a report naming the hospital by its town and
// defining its official name agrees with reports using that name or its
// abbreviation; without the definitions the names disagree.
func TestDefinedNamesAgree(t *testing.T) {
	victims := []cit.Assertion{as("a", "s1", "hôpital de Corbeil-Essonnes"), as("b", "s2", "CHSF")}
	cur := map[string]string{fieldVictim: "CHSF", fieldCountry: "FR"}
	hasConflict := func(issues []FieldIssue) bool {
		return slices.ContainsFunc(issues, func(i FieldIssue) bool { return i.Field == fieldVictim && i.Kind == IssueConflict })
	}
	if !hasConflict(FieldIssues(cur, map[string][]cit.Assertion{fieldVictim: victims})) {
		t.Error("two names without definitions: no conflict, want one")
	}
	prov := map[string][]cit.Assertion{fieldVictim: victims,
		dedup.ProvVictimAlias: {as("a", "s1", "CHSF"), as("a", "s1", "Centre hospitalier Sud Francilien")}}
	if issues := FieldIssues(cur, prov); hasConflict(issues) {
		t.Errorf("names the reports define as one victim: %+v, want no conflict", issues)
	}
}

// TestVictimAliasFieldNames: the queue reads the field dedup writes.
func TestVictimAliasFieldNames(t *testing.T) {
	if store.VictimAliasField != dedup.ProvVictimAlias {
		t.Errorf("store reads %q, dedup writes %q", store.VictimAliasField, dedup.ProvVictimAlias)
	}
}

func row(id string, reports uint32, country, attack, victim string, date string, prov map[string][]cit.Assertion) store.FieldCheckRow {
	d, _ := time.Parse(time.DateOnly, date)
	return store.FieldCheckRow{IncidentItem: store.IncidentItem{ID: id, Status: cit.StatusActive, Country: country,
		AttackType: attack, Victim: victim, SourceCount: reports, EventDate: d}, Assertions: prov}
}

func TestSelectFieldChecks(t *testing.T) {
	rows := []store.FieldCheckRow{
		// Two reports that agree: nothing to check.
		row("inc-agree", 2, "FR", "ransomware", "Alpha", "2026-01-01", map[string][]cit.Assertion{
			"country": {as("a", "s1", "FR"), as("b", "s2", "FR")}}),
		// Reports disagree on the country and the attack type.
		row("inc-conflict", 3, "FR", "ransomware", "Beta", "2026-01-03", map[string][]cit.Assertion{
			"country":     {as("a", "s1", "FR"), as("b", "s2", "BE")},
			"attack_type": {as("a", "s1", "ransomware"), as("c", "s3", "ddos")}}),
		// One report, no country and no known attack type.
		row("inc-missing", 1, "", "unknown", "Gamma", "2026-01-02", nil),
	}
	ids := func(cs []FieldCheck) []string {
		var out []string
		for _, c := range cs {
			out = append(out, c.ID)
		}
		return out
	}
	for _, tc := range []struct {
		name string
		f    FieldCheckFilter
		want []string
	}{
		{"all, newest first", FieldCheckFilter{}, []string{"inc-conflict", "inc-missing"}},
		{"oldest first", FieldCheckFilter{Asc: true}, []string{"inc-missing", "inc-conflict"}},
		{"conflicts", FieldCheckFilter{Kind: IssueConflict}, []string{"inc-conflict"}},
		{"missing", FieldCheckFilter{Kind: IssueMissing}, []string{"inc-missing"}},
		{"missing country", FieldCheckFilter{Kind: IssueMissing, Field: "country"}, []string{"inc-missing"}},
		{"conflicting victim", FieldCheckFilter{Kind: IssueConflict, Field: "victim"}, nil},
		{"country FR", FieldCheckFilter{Country: "FR"}, []string{"inc-conflict"}},
		{"by reports, fewest first", FieldCheckFilter{Sort: "reports", Asc: true}, []string{"inc-missing", "inc-conflict"}},
		{"by issues, most first", FieldCheckFilter{Sort: "issues"}, []string{"inc-conflict", "inc-missing"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if err := tc.f.Validate(); err != nil {
				t.Fatal(err)
			}
			if got := ids(SelectFieldChecks(rows, tc.f)); !slices.Equal(got, tc.want) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
	got := SelectFieldChecks(rows, FieldCheckFilter{Kind: IssueConflict})
	want := []FieldIssue{{Field: "country", Kind: IssueConflict, Values: []string{"FR", "BE"}},
		{Field: "attack_type", Kind: IssueConflict, Values: []string{"ransomware", "ddos"}}}
	if len(got) != 1 || len(got[0].Issues) != 2 || got[0].Issues[0].Field != want[0].Field ||
		!slices.Equal(got[0].Issues[0].Values, want[0].Values) || !slices.Equal(got[0].Issues[1].Values, want[1].Values) {
		t.Errorf("issues = %+v, want %+v", got, want)
	}
	for _, bad := range []FieldCheckFilter{{Kind: "wrong"}, {Field: "title"}, {Country: "France"}, {Sort: "id; DROP"}} {
		if err := bad.Validate(); err == nil {
			t.Errorf("filter %+v accepted", bad)
		}
	}
}

func TestFieldViews(t *testing.T) {
	n := int64(100)
	in := cit.Incident{ID: "inc", Country: "FR", RecordsAffected: &n, Provenance: map[string][]cit.Assertion{
		"country":          {as("a", "s1", "FR"), as("b", "s2", "BE")},
		"records_affected": {as("a", "s1", "100")},
	}}
	views := FieldViews(in)
	by := map[string]FieldView{}
	for _, v := range views {
		by[v.Field] = v
	}
	if len(views) != len(store.CheckedFields()) {
		t.Fatalf("%d views, want one per checked field", len(views))
	}
	if v := by["country"]; v.Issue != IssueConflict || !slices.Equal(v.Choices, []string{"BE"}) || len(v.Assertions) != 2 {
		t.Errorf("country view = %+v, want a conflict with BE to pick", v)
	}
	if v := by["victim"]; v.Issue != IssueMissing || v.Choices != nil {
		t.Errorf("victim view = %+v, want missing", v)
	}
	if v := by["records_affected"]; v.Issue != "" || v.Current != "100" || v.Choices != nil {
		t.Errorf("records view = %+v, want no issue and nothing else to pick", v)
	}
}

// applyAsDedup feeds decisions to a dedup engine the way dedupsvc does: a
// confirm of a candidate adds the candidate in After, anything else is
// Engine.Apply.
func applyAsDedup(t *testing.T, e *dedup.Engine, ds []cit.TriageDecision, now time.Time) []error {
	t.Helper()
	var errs []error
	for _, d := range ds {
		if d.Action == cit.ActionConfirm && d.CandidateID != "" && d.IncidentID == "" {
			var c cit.Classified
			if err := json.Unmarshal([]byte(d.After), &c); err != nil {
				t.Fatalf("After of %s: %v", d.ID, err)
			}
			e.Add(c, now)
			continue
		}
		_, err := e.Apply(d, now)
		errs = append(errs, err)
	}
	return errs
}

func incidentOf(e *dedup.Engine, candidateID string) cit.Incident {
	for _, in := range e.Incidents() {
		if in.Status == cit.StatusActive && slices.ContainsFunc(in.Sources, func(s cit.SourceRef) bool { return s.CandidateID == candidateID }) {
			return in
		}
	}
	return cit.Incident{}
}

func TestConfirmIntoLinksTheCandidateThroughDedup(t *testing.T) {
	now := time.Date(2026, 1, 12, 0, 0, 0, 0, time.UTC)
	de, fr := "DE", "FR"
	accepted := cit.Classified{Candidate: cit.Candidate{ID: "t1", Source: "s1", Title: "Klinikum Nord hit by ransomware",
		Text: "Klinikum Nord in Hamburg was hit by ransomware.", Published: "2026-01-05", Lang: "en"},
		Classification: &cit.Classification{IsHealthCyberattack: true, Score: 0.9, Verdict: cit.VerdictAccept,
			AttackType: cit.AttackRansomware, Sector: cit.SectorCareProvider, Country: &de, Victim: "Klinikum Nord"}}
	// A review candidate dedup would not link to it by itself: another
	// victim name, country and attack type (the analyst knows better).
	rev := cit.Classified{Candidate: cit.Candidate{ID: "r1", Source: "s2", Title: "Hospital group reports IT outage",
		Text: "A hospital group reported an outage of its IT systems.", Published: "2026-01-09", Lang: "en"},
		Classification: &cit.Classification{IsHealthCyberattack: true, Score: 0.5, Verdict: cit.VerdictReview,
			AttackType: cit.AttackUnknown, Country: &fr, Victim: "Groupe Hospitalier Est"}}

	e := dedup.NewEngine(dedup.DefaultOptions())
	e.Add(accepted, now)
	target := incidentOf(e, "t1")
	if target.ID == "" {
		t.Fatal("the accepted candidate opened no incident")
	}
	st := Stamp{ID: DecisionID("r1", 7, stepDecide), At: "2026-01-12T00:00:00Z", Actor: "ana"}
	link := Stamp{ID: DecisionID("r1", 7, stepLink), At: st.At, Actor: "ana"}
	ds, err := ConfirmInto(st, link, rev, map[string]string{"victim": "Klinikum Nord"}, target)
	if err != nil {
		t.Fatal(err)
	}
	if len(ds) != 2 {
		t.Fatalf("%d decisions, want confirm then merge", len(ds))
	}
	c, m := ds[0], ds[1]
	if c.Action != cit.ActionConfirm || c.CandidateID != "r1" || c.IncidentID != "" || c.ID != st.ID {
		t.Errorf("first decision = %+v, want the candidate's confirm", c)
	}
	if m.Action != cit.ActionMerge || m.IncidentID != dedup.IncidentID("r1") || m.TargetID != target.ID ||
		m.CandidateID != "r1" || m.After != "" || m.ID != link.ID || m.ID == c.ID {
		t.Errorf("second decision = %+v, want a merge of the candidate's own incident into %s, no After", m, target.ID)
	}

	if errs := applyAsDedup(t, e, ds, now); errors.Join(errs...) != nil {
		t.Fatalf("dedup refused: %v", errs)
	}
	got := incidentOf(e, "r1")
	if got.ID != target.ID {
		t.Fatalf("r1 ended in %q, want %q", got.ID, target.ID)
	}
	if !slices.ContainsFunc(got.Sources, func(s cit.SourceRef) bool { return s.CandidateID == "t1" }) {
		t.Errorf("target lost its own report: %+v", got.Sources)
	}
	for _, in := range e.Incidents() {
		if in.ID == dedup.IncidentID("r1") && (in.Status != cit.StatusMerged || in.MergedInto != target.ID) {
			t.Errorf("r1's own incident = %s into %q, want merged into %s", in.Status, in.MergedInto, target.ID)
		}
	}

	// Refused: into an incident that is not active, or into the one the
	// candidate opens itself.
	if _, err := ConfirmInto(st, link, rev, nil, cit.Incident{ID: "x", Status: cit.StatusMerged}); err == nil {
		t.Error("confirm into a merged incident accepted")
	}
	if _, err := ConfirmInto(st, link, rev, nil, cit.Incident{ID: dedup.IncidentID("r1"), Status: cit.StatusActive}); err == nil {
		t.Error("confirm into the candidate's own incident accepted")
	}
}

func TestDecisionID(t *testing.T) {
	a := DecisionID("cand-1", 3, stepDecide)
	for _, tc := range []struct {
		name string
		id   string
		same bool
	}{
		{"same row, same step", DecisionID("cand-1", 3, stepDecide), true},
		{"newer row", DecisionID("cand-1", 4, stepDecide), false},
		{"other step", DecisionID("cand-1", 3, stepLink), false},
		{"other candidate", DecisionID("cand-2", 3, stepDecide), false},
		{"no separator games", DecisionID("cand-13", 0, stepDecide), false},
	} {
		if (tc.id == a) != tc.same {
			t.Errorf("%s: %s vs %s, same = %v, want %v", tc.name, tc.id, a, tc.id == a, tc.same)
		}
	}
}
