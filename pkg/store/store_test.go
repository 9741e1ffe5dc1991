package store_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/cit-health/cit/pkg/chtest"
	"github.com/cit-health/cit/pkg/cit"
	"github.com/cit-health/cit/pkg/store"
	"go.uber.org/zap"
)

func open(t *testing.T) *store.Store {
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

func TestMigrateIsIdempotent(t *testing.T) {
	s := open(t)
	ctx := context.Background()
	for i := 0; i < 2; i++ {
		if err := s.Migrate(ctx); err != nil {
			t.Fatalf("migrate #%d: %v", i+2, err)
		}
	}
	migs, err := store.Migrations()
	if err != nil {
		t.Fatal(err)
	}
	var n uint64
	if err := s.Conn().QueryRow(ctx, "SELECT count() FROM "+s.Database()+".schema_migrations FINAL").Scan(&n); err != nil {
		t.Fatal(err)
	}
	if int(n) != len(migs) {
		t.Errorf("schema_migrations has %d rows, want %d", n, len(migs))
	}
}

func ptr[T any](v T) *T { return &v }

func incident(id string, version uint64, victim, country, attack, date string, sources ...string) cit.Incident {
	in := cit.Incident{ID: id, Version: version, Status: cit.StatusActive, Victim: victim, VictimKey: victim,
		Country: country, AttackType: attack, IncidentDate: date, FirstSeen: date + "T00:00:00Z",
		CreatedAt: "2024-01-01T00:00:00Z", RecordsAffected: ptr(int64(10))}
	for _, s := range sources {
		in.Sources = append(in.Sources, cit.SourceRef{CandidateID: s, Source: "test", URL: "https://example.org/" + s})
	}
	return in
}

func TestRedeliveryNeverDoubleCounts(t *testing.T) {
	s := open(t)
	ctx := context.Background()
	a1 := incident("inc-a", 1, "st-mary", "US", cit.AttackRansomware, "2024-03-01", "c1")
	a2 := incident("inc-a", 2, "st-mary", "US", cit.AttackRansomware, "2024-03-01", "c1", "c2")
	b1 := incident("inc-b", 1, "chu-rennes", "FR", cit.AttackDataBreach, "2023-05-10", "c3")
	// The same batch twice, the newer version first, then an old version again.
	for _, batch := range [][]cit.Incident{{a2, b1}, {a2, b1}, {a1}} {
		if err := s.InsertIncidents(ctx, batch); err != nil {
			t.Fatal(err)
		}
	}
	sum, err := s.Summary(ctx, store.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Incidents != 2 || sum.Organizations != 2 || sum.Countries != 2 {
		t.Errorf("summary = %+v, want 2 incidents, 2 organisations, 2 countries", sum)
	}
	if sum.ByAttackType[cit.AttackRansomware] != 1 || sum.ByAttackType[cit.AttackDataBreach] != 1 {
		t.Errorf("by attack type = %v", sum.ByAttackType)
	}
	got, err := s.Incidents(ctx, store.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].ID != "inc-a" || got[0].Version != 2 || len(got[0].Sources) != 2 {
		t.Fatalf("incidents = %+v, want inc-a at version 2 with 2 sources, and inc-b", got)
	}
	if *got[0].RecordsAffected != 10 || got[0].IncidentDate != "2024-03-01" {
		t.Errorf("inc-a fields = %+v", got[0])
	}

	fr, err := s.Summary(ctx, store.Filter{Country: "FR"})
	if err != nil {
		t.Fatal(err)
	}
	if fr.Incidents != 1 {
		t.Errorf("FR incidents = %d, want 1", fr.Incidents)
	}
	from, _ := time.Parse("2006-01-02", "2024-01-01")
	recent, err := s.Summary(ctx, store.Filter{From: from})
	if err != nil {
		t.Fatal(err)
	}
	if recent.Incidents != 1 || recent.Since != "2024-03-01" {
		t.Errorf("since 2024 = %+v, want 1 incident since 2024-03-01", recent)
	}

	// A merged incident stops counting.
	merged := b1
	merged.Version, merged.Status, merged.MergedInto = 2, cit.StatusMerged, "inc-a"
	if err := s.InsertIncidents(ctx, []cit.Incident{merged}); err != nil {
		t.Fatal(err)
	}
	if sum, _ := s.Summary(ctx, store.Filter{}); sum.Incidents != 1 {
		t.Errorf("after merge: %d incidents, want 1", sum.Incidents)
	}
}

func TestInvalidFilterNamesParameter(t *testing.T) {
	for _, f := range []struct {
		filter store.Filter
		param  string
	}{
		{store.Filter{Country: "France"}, "country"},
		{store.Filter{AttackType: "virus"}, "attack_type"},
		{store.Filter{Sector: "x;DROP"}, "sector"},
	} {
		err := f.filter.Validate()
		var inv *store.InvalidFilterError
		if err == nil || !errorsAs(err, &inv) || inv.Param != f.param {
			t.Errorf("Validate(%+v) = %v, want an error naming %s", f.filter, err, f.param)
		}
	}
}

func TestOtherTablesAcceptBatches(t *testing.T) {
	s := open(t)
	ctx := context.Background()
	c := cit.Classified{Candidate: cit.Candidate{ID: "c1", Source: "s", Title: "t", Published: "2024-01-02"},
		Classification: &cit.Classification{Verdict: cit.VerdictAccept, IsHealthCyberattack: true, Score: 0.9, Country: ptr("FR")}}
	if err := s.InsertCandidates(ctx, []cit.Classified{c, c}, 1); err != nil {
		t.Fatal(err)
	}
	if err := s.InsertTriage(ctx, []cit.TriageDecision{{ID: "d1", At: "2024-01-02T03:04:05Z", Actor: "ana", Action: cit.ActionConfirm}}); err != nil {
		t.Fatal(err)
	}
	if err := s.InsertRuns(ctx, []cit.RunReport{{RunID: "r1", Source: "s", Fetched: 3, New: 2}}); err != nil {
		t.Fatal(err)
	}
	for table, want := range map[string]uint64{"candidates": 1, "triage_log": 1, "collection_runs": 1} {
		var n uint64
		if err := s.Conn().QueryRow(ctx, "SELECT count() FROM "+s.Database()+"."+table+" FINAL").Scan(&n); err != nil {
			t.Fatal(err)
		}
		if n != want {
			t.Errorf("%s has %d rows, want %d", table, n, want)
		}
	}
}

func TestRunsLatestPerSource(t *testing.T) {
	s := open(t)
	ctx := context.Background()
	runs := []cit.RunReport{
		{RunID: "r1", Source: "a", StartedAt: "2024-01-01T06:00:00Z", Fetched: 5, New: 5},
		{RunID: "r2", Source: "a", StartedAt: "2024-01-08T06:00:00Z", Fetched: 5, New: 1, Unchanged: 4},
		{RunID: "r2", Source: "b", StartedAt: "2024-01-08T06:00:01Z", Errors: 1, Error: "dial tcp: no such host"},
	}
	// Delivered twice: still one row per run and source.
	for i := 0; i < 2; i++ {
		if err := s.InsertRuns(ctx, runs); err != nil {
			t.Fatal(err)
		}
	}
	all, err := s.Runs(ctx, "", 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 3 || all[0].Source != "b" {
		t.Errorf("runs = %+v, want 3, newest first", all)
	}
	latest, err := s.LatestRuns(ctx)
	if err != nil {
		t.Fatal(err)
	}
	bySource := map[string]cit.RunReport{}
	for _, r := range latest {
		bySource[r.Source] = r
	}
	if len(latest) != 2 || bySource["a"].RunID != "r2" || bySource["a"].Unchanged != 4 || bySource["b"].Error == "" {
		t.Errorf("latest runs = %+v", latest)
	}
}

func TestVerdictCountsOfManyCandidates(t *testing.T) {
	s := open(t)
	ctx := context.Background()
	var items []cit.Classified
	var ids []string
	for i := 0; i < 5000; i++ {
		verdict := cit.VerdictReject
		if i%5 == 0 {
			verdict = cit.VerdictAccept
		}
		id := fmt.Sprintf("leak-site-tracker:candidate-with-a-long-stable-identifier-%08d", i)
		items = append(items, cit.Classified{Candidate: cit.Candidate{ID: id, Source: "leaks"},
			Classification: &cit.Classification{Verdict: verdict}})
		ids = append(ids, id)
	}
	if err := s.InsertCandidates(ctx, items, 1); err != nil {
		t.Fatal(err)
	}
	got, err := s.VerdictCounts(ctx, ids)
	if err != nil {
		t.Fatal(err)
	}
	if got["leaks"][cit.VerdictAccept] != 1000 || got["leaks"][cit.VerdictReject] != 4000 {
		t.Errorf("verdict counts = %v, want 1000 accepted and 4000 rejected", got)
	}
}
