package writersvc_test

import (
	"context"
	"encoding/json"
	"strconv"
	"testing"
	"time"

	"github.com/cit-health/cit/pkg/bus"
	"github.com/cit-health/cit/pkg/bus/bustest"
	"github.com/cit-health/cit/pkg/chtest"
	"github.com/cit-health/cit/pkg/cit"
	"github.com/cit-health/cit/pkg/service/writersvc"
	"github.com/cit-health/cit/pkg/store"
	"go.uber.org/zap"
)

type fixture struct {
	bus *bus.Bus
	st  *store.Store
}

func setup(t *testing.T) fixture {
	t.Helper()
	addr := chtest.Addr(t)
	db := chtest.Database(t, addr)
	ctx := context.Background()
	st, err := store.Open(ctx, store.Config{Addr: addr, Database: db}, zap.NewNop())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	b := bustest.Start(t)
	return fixture{bus: b, st: st}
}

func (f fixture) start(t *testing.T) (stop func()) {
	t.Helper()
	w, err := writersvc.New(f.bus, f.st, 100, 200*time.Millisecond, nil, zap.NewNop())
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- w.Run(ctx) }()
	return func() {
		cancel()
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}

func (f fixture) count(t *testing.T, table string) uint64 {
	t.Helper()
	var n uint64
	if err := f.st.Conn().QueryRow(context.Background(), "SELECT count() FROM "+f.st.Database()+"."+table+" FINAL").Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

func (f fixture) pending(t *testing.T, consumer string) uint64 {
	t.Helper()
	p, err := f.bus.Pending(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return p[consumer]
}

func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func ptr[T any](v T) *T { return &v }

func TestWritesEveryStreamOnceAndAcksAfterInsert(t *testing.T) {
	f := setup(t)
	ctx := context.Background()
	c := cit.Classified{Candidate: cit.Candidate{ID: "c1", Source: "s", Title: "Hospital hit", Published: "2024-03-01"},
		Classification: &cit.Classification{Verdict: cit.VerdictReview, Score: 0.4, Country: ptr("FR")}}
	in := cit.Incident{ID: "inc-1", Version: 1, Status: cit.StatusActive, Victim: "CHU", VictimKey: "chu",
		Country: "FR", AttackType: cit.AttackRansomware, FirstSeen: "2024-03-01T00:00:00Z", CreatedAt: "2024-03-01T00:00:00Z",
		Sources: []cit.SourceRef{{CandidateID: "c1", Source: "s"}}}
	confirmed := c
	confirmed.Classification = &cit.Classification{Verdict: cit.VerdictAccept, IsHealthCyberattack: true, Score: 1}
	after, _ := json.Marshal(confirmed)
	d := cit.TriageDecision{ID: "d1", At: "2024-03-02T00:00:00Z", Actor: "ana", Action: cit.ActionConfirm,
		CandidateID: "c1", After: string(after)}

	stop := f.start(t)
	defer stop()
	for i := 0; i < 2; i++ { // a second publish of the same items must not double-count
		if err := f.bus.PublishClassified(ctx, c, ""); err != nil {
			t.Fatal(err)
		}
		if err := f.bus.PublishIncident(ctx, 0, in); err != nil {
			t.Fatal(err)
		}
		if err := f.bus.PublishDecision(ctx, d); err != nil {
			t.Fatal(err)
		}
		if err := f.bus.PublishRun(ctx, cit.RunReport{RunID: "r1", Source: "s", Fetched: 1, New: 1}); err != nil {
			t.Fatal(err)
		}
	}
	eventually(t, "all rows written", func() bool {
		return f.count(t, "candidates") == 1 && f.count(t, "incidents") == 1 && f.count(t, "triage_log") == 1 &&
			f.count(t, "collection_runs") == 1
	})
	for _, cons := range []string{bus.ConsumerWriterCandidates, bus.ConsumerWriterIncidents, bus.ConsumerWriterTriage, bus.ConsumerWriterRuns} {
		eventually(t, cons+" acked", func() bool { return f.pending(t, cons) == 0 })
	}
	// The analyst's confirm outranks the machine's review verdict.
	var verdict string
	if err := f.st.Conn().QueryRow(ctx, "SELECT argMax(verdict, version) FROM "+f.st.Database()+".candidates WHERE id = 'c1'").Scan(&verdict); err != nil {
		t.Fatal(err)
	}
	if verdict != cit.VerdictAccept {
		t.Errorf("candidate verdict after confirm = %q, want accept", verdict)
	}
}

func TestNothingIsAckedUntilClickHouseAccepts(t *testing.T) {
	f := setup(t)
	ctx := context.Background()
	// The table is gone: every batch is refused.
	if err := f.st.Conn().Exec(ctx, "DROP TABLE "+f.st.Database()+".collection_runs"); err != nil {
		t.Fatal(err)
	}
	stop := f.start(t)
	defer stop()
	if err := f.bus.PublishRun(ctx, cit.RunReport{RunID: "r1", Source: "s", Fetched: 3}); err != nil {
		t.Fatal(err)
	}
	time.Sleep(2 * time.Second)
	if n := f.pending(t, bus.ConsumerWriterRuns); n != 1 {
		t.Fatalf("pending while ClickHouse refuses = %d, want the message kept (1)", n)
	}
	// ClickHouse is back: the rebuilt batch goes through.
	if err := f.st.Conn().Exec(ctx, "CREATE TABLE "+f.st.Database()+".collection_runs (run_id String, source String, started_at DateTime, finished_at DateTime, fetched UInt32, new UInt32, unchanged UInt32, errors UInt32, error String, duration_ms UInt64) ENGINE = ReplacingMergeTree() ORDER BY (run_id, source)"); err != nil {
		t.Fatal(err)
	}
	eventually(t, "the run written after recovery", func() bool { return f.count(t, "collection_runs") == 1 })
	eventually(t, "the message acked", func() bool { return f.pending(t, bus.ConsumerWriterRuns) == 0 })
}

func TestUndecodableMessagesAreDeadLettered(t *testing.T) {
	f := setup(t)
	ctx := context.Background()
	stop := f.start(t)
	defer stop()
	if _, err := f.bus.JetStream().Publish(ctx, "cit.run.junk", []byte{0xff, 0x00, 0xff}); err != nil {
		t.Fatal(err)
	}
	eventually(t, "junk terminated", func() bool { return f.pending(t, bus.ConsumerWriterRuns) == 0 })
	s, err := f.bus.JetStream().Stream(ctx, bus.StreamDLQ)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.GetLastMsgForSubject(ctx, "cit.dlq."+bus.ConsumerWriterRuns); err != nil {
		t.Errorf("no dead letter for the junk message: %v", err)
	}
}

// Messages that arrive together are written together: one insert (one
// ClickHouse part) per batch, not one per message, or ClickHouse drowns in
// parts as the candidates stream in.
func TestBatchesMessagesIntoFewParts(t *testing.T) {
	f := setup(t)
	ctx := context.Background()
	const n = 300
	for i := 0; i < n; i++ {
		c := cit.Classified{Candidate: cit.Candidate{ID: "c" + strconv.Itoa(i), Source: "s", Title: "t"},
			Classification: &cit.Classification{Verdict: cit.VerdictReject}}
		if err := f.bus.PublishClassified(ctx, c, ""); err != nil {
			t.Fatal(err)
		}
	}
	stop := f.start(t) // batches of up to 100
	defer stop()
	eventually(t, "all candidates written", func() bool { return f.count(t, "candidates") == n })
	// Level-0 parts are the inserted ones, active or already merged away.
	var inserts uint64
	if err := f.st.Conn().QueryRow(ctx, "SELECT count() FROM system.parts WHERE database = ? AND table = 'candidates' AND level = 0",
		f.st.Database()).Scan(&inserts); err != nil {
		t.Fatal(err)
	}
	if inserts > 10 {
		t.Errorf("%d candidates written in %d inserts, want one insert per batch (3–10)", n, inserts)
	}
}
