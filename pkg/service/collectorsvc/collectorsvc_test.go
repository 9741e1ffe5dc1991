package collectorsvc_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cit-health/cit/pkg/bus"
	"github.com/cit-health/cit/pkg/bus/bustest"
	"github.com/cit-health/cit/pkg/cit"
	"github.com/cit-health/cit/pkg/service/collectorsvc"
	"github.com/cit-health/cit/pkg/source"
	"github.com/cit-health/cit/pkg/wire"
	citv1 "github.com/cit-health/cit/proto/cit/v1"
	"github.com/nats-io/nats.go/jetstream"
	"go.uber.org/zap"
)

func feedFixture(t *testing.T) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "..", "..", "shared", "data", "fixtures", "rss", "therecord_feed.xml"))
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal(err)
		}
		t.Skipf("fixture missing: %v", err)
	}
	return b
}

func streamCount(t *testing.T, b *bus.Bus, stream string) uint64 {
	t.Helper()
	s, err := b.JetStream().Stream(context.Background(), stream)
	if err != nil {
		t.Fatal(err)
	}
	info, err := s.Info(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return info.State.Msgs
}

// One source served by a local server and one unreachable source: run-now
// publishes the first's candidates and both run reports; the failing source
// does not stop the other; a second run finds nothing new (conditional GET
// and seen ids kept in the state folder).
func TestRunNowPublishesCandidatesAndReports(t *testing.T) {
	feed := feedFixture(t)
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		hits.Add(1)
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Header().Set("ETag", `"v1"`)
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		_, _ = w.Write(feed)
	}))
	defer srv.Close()

	ctx := context.Background()
	b := bustest.Start(t)

	cfg, err := source.Parse([]byte(fmt.Sprintf(`
sources:
  - name: local-feed
    kind: rss
    url: %s/feed.xml
    lang: en
    schedule: "0 6 * * 1"
  - name: unreachable
    kind: rss
    url: http://127.0.0.1:1/feed.xml
    schedule: "0 6 * * 1"
`, srv.URL)))
	if err != nil {
		t.Fatal(err)
	}
	state := t.TempDir()
	coll, err := collectorsvc.NewCollector(b, nil, state, true, zap.NewNop())
	if err != nil {
		t.Fatal(err)
	}
	svc, err := collectorsvc.New(coll, cfg, nil, zap.NewNop())
	if err != nil {
		t.Fatal(err)
	}
	api := httptest.NewServer(svc.Handler())
	defer api.Close()

	runNow := func() []cit.RunReport {
		t.Helper()
		resp, err := http.Post(api.URL+"/api/v1/run", "application/json", nil)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("run now: %s", resp.Status)
		}
		var reps []cit.RunReport
		if err := json.NewDecoder(resp.Body).Decode(&reps); err != nil {
			t.Fatal(err)
		}
		return reps
	}
	first := runNow()
	byName := map[string]cit.RunReport{}
	for _, r := range first {
		byName[r.Source] = r
	}
	if r := byName["local-feed"]; r.Fetched != 5 || r.New != 5 || r.Errors != 0 {
		t.Errorf("local-feed first run = %+v, want 5 fetched and new", r)
	}
	if r := byName["unreachable"]; r.Errors == 0 || r.Error == "" {
		t.Errorf("unreachable source report = %+v, want its error", r)
	}
	if n := streamCount(t, b, bus.StreamCandidates); n != 5 {
		t.Errorf("CANDIDATES holds %d messages, want the feed's 5", n)
	}
	if n := streamCount(t, b, bus.StreamRuns); n != 2 {
		t.Errorf("RUNS holds %d reports, want one per source", n)
	}
	cons, err := b.Consumer(ctx, bus.ConsumerClassifier)
	if err != nil {
		t.Fatal(err)
	}
	msgs, err := cons.Fetch(1, jetstream.FetchMaxWait(time.Second))
	if err != nil {
		t.Fatal(err)
	}
	for m := range msgs.Messages() {
		p, err := wire.Decode[citv1.Candidate](m.Data())
		if err != nil {
			t.Fatal(err)
		}
		if c := wire.CandidateFromProto(p); c.Source != "local-feed" || c.ID == "" || c.Title == "" || c.URL == "" {
			t.Errorf("published candidate = %+v", c)
		}
		if m.Subject() != "cit.candidate.local-feed" {
			t.Errorf("subject = %s", m.Subject())
		}
	}

	// Run-now forces a fetch, but nothing is new; the state folder remembers.
	second := runNow()
	for _, r := range second {
		if r.Source == "local-feed" && (r.New != 0 || r.Unchanged != 5) {
			t.Errorf("local-feed second run = %+v, want 0 new and 5 unchanged", r)
		}
	}
	if n := streamCount(t, b, bus.StreamCandidates); n != 5 {
		t.Errorf("CANDIDATES holds %d messages after a second run, want still 5", n)
	}

	// The schedule endpoint lists every source's next run.
	resp, err := http.Get(api.URL + "/api/v1/schedule")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Errorf("schedule: %s", resp.Status)
	}
}
