package store_test

import (
	"context"
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/cit-health/cit/pkg/chtest"
	"github.com/cit-health/cit/pkg/cit"
	"github.com/cit-health/cit/pkg/store"
	"go.uber.org/zap"
)

func openTriageStore(t *testing.T) *store.Store {
	t.Helper()
	addr := chtest.Addr(t)
	db := chtest.Database(t, addr)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	s, err := store.Open(ctx, store.Config{Addr: addr, Database: db}, zap.NewNop())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestUsersLatestVersionWins(t *testing.T) {
	s := openTriageStore(t)
	ctx := context.Background()
	now := time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)
	if _, err := s.User(ctx, "ana"); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("User(ana) before any insert: err = %v, want ErrNotFound", err)
	}
	v1 := store.NextUserVersion(0, now)
	put := func(u store.User) {
		t.Helper()
		if err := s.PutUser(ctx, u); err != nil {
			t.Fatal(err)
		}
	}
	put(store.User{Username: "ana", PasswordHash: "h1", Role: "analyst", CreatedAt: now, UpdatedAt: now, Version: v1})
	put(store.User{Username: "bob", PasswordHash: "h2", Role: "viewer", CreatedAt: now, UpdatedAt: now, Version: v1})
	// A later state of ana: disabled, new hash.
	v2 := store.NextUserVersion(v1, now) // same clock: still above v1
	if v2 <= v1 {
		t.Fatalf("NextUserVersion(%d, same clock) = %d, want more", v1, v2)
	}
	put(store.User{Username: "ana", PasswordHash: "h3", Role: "admin", Disabled: true, CreatedAt: now, UpdatedAt: now, Version: v2})

	ana, err := s.User(ctx, "ana")
	if err != nil {
		t.Fatal(err)
	}
	if ana.PasswordHash != "h3" || ana.Role != "admin" || !ana.Disabled || ana.Version != v2 {
		t.Errorf("User(ana) = %+v, want the second state (h3, admin, disabled)", ana)
	}
	users, err := s.Users(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, u := range users {
		names = append(names, u.Username+":"+u.Role)
	}
	if want := []string{"ana:admin", "bob:viewer"}; !slices.Equal(names, want) {
		t.Errorf("Users() = %v, want %v", names, want)
	}
}

func classified(id, source, lang, verdict, attack, country string, score float64, published string) cit.Classified {
	var cc *string
	if country != "" {
		cc = &country
	}
	return cit.Classified{
		Candidate: cit.Candidate{ID: id, Source: source, URL: "https://example.org/" + id, Title: "Title " + id,
			Text: "text of " + id, Published: published, Lang: lang, Fields: map[string]string{"victim": "V " + id}},
		Classification: &cit.Classification{IsHealthCyberattack: verdict != cit.VerdictReject, Score: score,
			Verdict: verdict, AttackType: attack, Sector: cit.SectorCareProvider, Country: cc, Victim: "Victim " + id,
			Reasons: []cit.Reason{{Field: "attack_type", Rule: "lexicon", Span: "ransomware"}}},
	}
}

func TestQueueFiltersSortsAndPages(t *testing.T) {
	s := openTriageStore(t)
	ctx := context.Background()
	items := []cit.Classified{
		classified("a", "therecord", "en", cit.VerdictReview, cit.AttackRansomware, "US", 0.55, "2026-01-10"),
		classified("b", "therecord", "fr", cit.VerdictReview, cit.AttackDataBreach, "FR", 0.45, "2026-01-12"),
		classified("c", "hhs", "en", cit.VerdictReview, cit.AttackRansomware, "US", 0.65, "2026-01-05"),
		classified("d", "hhs", "en", cit.VerdictAccept, cit.AttackRansomware, "US", 0.95, "2026-01-06"),
		classified("e", "hhs", "en", cit.VerdictReview, cit.AttackDDoS, "DE", 0.50, "2026-02-01"),
	}
	if err := s.InsertCandidates(ctx, items, 1); err != nil {
		t.Fatal(err)
	}
	// e was decided by an analyst: its newer row is an accept, so it leaves the queue.
	decided := classified("e", "hhs", "en", cit.VerdictAccept, cit.AttackDDoS, "DE", 0.50, "2026-02-01")
	if err := s.InsertCandidates(ctx, []cit.Classified{decided}, 2); err != nil {
		t.Fatal(err)
	}
	day := func(s string) time.Time { t, _ := time.Parse("2006-01-02", s); return t }
	tests := []struct {
		name      string
		f         store.QueueFilter
		want      []string
		wantTotal uint64
	}{
		{"default: review only, newest first", store.QueueFilter{}, []string{"b", "a", "c"}, 3},
		{"by source", store.QueueFilter{Source: "hhs"}, []string{"c"}, 1},
		{"by language", store.QueueFilter{Lang: "fr"}, []string{"b"}, 1},
		{"by country", store.QueueFilter{Country: "US"}, []string{"a", "c"}, 2},
		{"by attack type", store.QueueFilter{AttackType: cit.AttackDataBreach}, []string{"b"}, 1},
		{"by score range", store.QueueFilter{MinScore: 0.5, MaxScore: 0.6}, []string{"a"}, 1},
		{"by dates", store.QueueFilter{From: day("2026-01-06"), To: day("2026-01-11")}, []string{"a"}, 1},
		{"score ascending", store.QueueFilter{Sort: "score", Asc: true}, []string{"b", "a", "c"}, 3},
		{"score descending", store.QueueFilter{Sort: "score"}, []string{"c", "a", "b"}, 3},
		{"second page", store.QueueFilter{Sort: "score", Limit: 2, Offset: 2}, []string{"b"}, 3},
		{"accepted verdicts", store.QueueFilter{Verdict: cit.VerdictAccept, Sort: "published", Asc: true}, []string{"d", "e"}, 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, total, err := s.Queue(ctx, tc.f)
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			for _, it := range got {
				ids = append(ids, it.ID)
			}
			if !slices.Equal(ids, tc.want) || total != tc.wantTotal {
				t.Errorf("Queue(%+v) = %v (total %d), want %v (total %d)", tc.f, ids, total, tc.want, tc.wantTotal)
			}
		})
	}
	if _, _, err := s.Queue(ctx, store.QueueFilter{Sort: "text; DROP TABLE x"}); err == nil {
		t.Error("Queue with an unknown sort column: want an error")
	}

	got, version, err := s.Candidate(ctx, "e")
	if err != nil {
		t.Fatal(err)
	}
	if version != 2 || got.Classification.Verdict != cit.VerdictAccept || got.Text != "text of e" ||
		got.Fields["victim"] != "V e" || len(got.Classification.Reasons) != 1 || got.Classification.CountryCode() != "DE" {
		t.Errorf("Candidate(e) = %+v (version %d), want the accepted row, version 2, with text, fields and reasons", got, version)
	}
	if _, _, err := s.Candidate(ctx, "nope"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Candidate(nope): err = %v, want ErrNotFound", err)
	}
	sources, langs, err := s.QueueFacets(ctx, cit.VerdictReview)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(sources, []string{"hhs", "therecord"}) || !slices.Equal(langs, []string{"en", "fr"}) {
		t.Errorf("QueueFacets = %v, %v; want [hhs therecord], [en fr]", sources, langs)
	}
}

func TestSimilarAndUncertainIncidents(t *testing.T) {
	s := openTriageStore(t)
	ctx := context.Background()
	inc := func(id, victim, key, country, date string, conf float64) cit.Incident {
		return cit.Incident{ID: id, Version: 1, Status: cit.StatusActive, Title: "About " + victim, Victim: victim,
			VictimKey: key, Country: country, AttackType: cit.AttackRansomware, IncidentDate: date,
			FirstSeen: date + "T00:00:00Z", Confidence: conf,
			Sources: []cit.SourceRef{{CandidateID: "cand-" + id, Source: "s", URL: "https://x/" + id, Published: date}}}
	}
	incidents := []cit.Incident{
		inc("same-key", "St Mary Hospital", "st mary hosp", "US", "2026-01-01", 0.9),
		inc("word", "Mary Medical Group", "mary medical", "GB", "2025-01-01", 0.5), // "mary" is 4 letters: shared word
		inc("country-date", "Other Clinic", "other clinic", "US", "2026-01-20", 0.4),
		inc("country-only", "Far Clinic", "far clinic", "US", "2024-06-01", 0.95),
		inc("unrelated", "Elsewhere", "elsewhere", "JP", "2026-01-02", 1),
	}
	if err := s.InsertIncidents(ctx, incidents); err != nil {
		t.Fatal(err)
	}
	merged := inc("word", "Mary Medical Group", "mary medical", "GB", "2025-01-01", 0.5)
	merged.Version, merged.Status, merged.MergedInto = 2, cit.StatusMerged, "same-key"
	if err := s.InsertIncidents(ctx, []cit.Incident{merged}); err != nil {
		t.Fatal(err)
	}
	date, _ := time.Parse("2006-01-02", "2026-01-05")
	got, err := s.SimilarIncidents(ctx, store.SimilarQuery{VictimKey: "st mary hosp", Country: "US", Date: date})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, it := range got {
		ids = append(ids, it.ID)
	}
	// "word" shares "mary" but is merged now, so it is no longer suggested.
	if want := []string{"same-key", "country-date"}; !slices.Equal(ids, want) {
		t.Errorf("SimilarIncidents = %v, want %v", ids, want)
	}
	if len(got) > 0 && got[0].Score != 6 {
		t.Errorf("score of same-key = %v, want 6 (key 4 + country 1 + date 1)", got[0].Score)
	}
	got, err = s.SimilarIncidents(ctx, store.SimilarQuery{VictimKey: "st mary hosp", Country: "US", Date: date, ExcludeID: "same-key"})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].ID != "country-date" {
		t.Errorf("SimilarIncidents excluding same-key = %+v, want only country-date", got)
	}

	unc, total, err := s.UncertainIncidents(ctx, 0.8, 10, 0)
	if err != nil {
		t.Fatal(err)
	}
	ids = nil
	for _, it := range unc {
		ids = append(ids, it.ID)
	}
	if want := []string{"country-date"}; !slices.Equal(ids, want) || total != 1 {
		t.Errorf("UncertainIncidents(0.8) = %v (total %d), want %v", ids, total, want)
	}

	full, err := s.Incident(ctx, "word")
	if err != nil {
		t.Fatal(err)
	}
	if full.Status != cit.StatusMerged || full.MergedInto != "same-key" || len(full.Sources) != 1 {
		t.Errorf("Incident(word) = %+v, want version 2, merged into same-key, one source", full)
	}
	owner, err := s.IncidentOfCandidate(ctx, "cand-same-key")
	if err != nil || owner != "same-key" {
		t.Errorf("IncidentOfCandidate(cand-same-key) = %q, %v; want same-key", owner, err)
	}
	if _, err := s.Incident(ctx, "nope"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Incident(nope): err = %v, want ErrNotFound", err)
	}
}

func TestTriageLogAndLabelDecisions(t *testing.T) {
	s := openTriageStore(t)
	ctx := context.Background()
	ds := []cit.TriageDecision{
		{ID: "d1", At: "2026-02-01T10:00:00Z", Actor: "ana", Action: cit.ActionReject, CandidateID: "c1", Reason: "not health"},
		{ID: "d2", At: "2026-02-01T11:00:00Z", Actor: "bob", Action: cit.ActionConfirm, CandidateID: "c1", After: `{"id":"c1"}`},
		{ID: "d3", At: "2026-02-01T12:00:00Z", Actor: "ana", Action: cit.ActionMerge, IncidentID: "i1", TargetID: "i2"},
		{ID: "d4", At: "2026-02-01T13:00:00Z", Actor: "ana", Action: cit.ActionReject, CandidateID: "c2", Reason: "dup"},
	}
	if err := s.InsertTriage(ctx, ds); err != nil {
		t.Fatal(err)
	}
	// Redelivery of d4 must not show twice.
	if err := s.InsertTriage(ctx, ds[3:]); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		f    store.LogFilter
		want []string
	}{
		{"all, newest first", store.LogFilter{}, []string{"d4", "d3", "d2", "d1"}},
		{"by candidate", store.LogFilter{CandidateID: "c1"}, []string{"d2", "d1"}},
		{"by merge target", store.LogFilter{IncidentID: "i2"}, []string{"d3"}},
		{"by actor and action", store.LogFilter{Actor: "ana", Actions: []string{cit.ActionReject}}, []string{"d4", "d1"}},
		{"paged", store.LogFilter{Limit: 2, Offset: 1}, []string{"d3", "d2"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := s.TriageLog(ctx, tc.f)
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			for _, d := range got {
				ids = append(ids, d.ID)
			}
			if !slices.Equal(ids, tc.want) {
				t.Errorf("TriageLog(%+v) = %v, want %v", tc.f, ids, tc.want)
			}
		})
	}
	labels, err := s.LabelDecisions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, d := range labels {
		got = append(got, d.CandidateID+":"+d.Action)
	}
	// c1's latest decision (confirm) overrides the earlier reject.
	if want := []string{"c1:confirm", "c2:reject"}; !slices.Equal(got, want) {
		t.Errorf("LabelDecisions = %v, want %v", got, want)
	}
}
