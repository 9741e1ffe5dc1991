package collect

import (
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/cit-health/cit/pkg/cit"
	"github.com/cit-health/cit/pkg/fetch"
	"github.com/cit-health/cit/pkg/source"
)

func fixture(t *testing.T, rel string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "..", "shared", "data", "fixtures", rel))
	if err != nil {
		t.Skipf("fixture %s absent (expected ../shared/data beside the repository): %v", rel, err)
	}
	return data
}

// recorder is a Publisher and RunRecorder that keeps what it received and
// refuses the candidates whose id is in fail.
type recorder struct {
	mu    sync.Mutex
	cands []cit.Candidate
	runs  []cit.RunReport
	fail  map[string]bool
}

func (r *recorder) PublishCandidate(_ context.Context, c cit.Candidate) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.fail[c.ID] {
		return errors.New("bus unavailable")
	}
	r.cands = append(r.cands, c)
	return nil
}

func (r *recorder) PublishRun(_ context.Context, rep cit.RunReport) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.runs = append(r.runs, rep)
	return nil
}

func newTestCollector(t *testing.T, srv *httptest.Server, st State, pub *recorder) *Collector {
	t.Helper()
	client := fetch.New(fetch.Options{AllowAddrs: []string{srv.Listener.Addr().String()}, HostInterval: time.Millisecond,
		RetryBase: time.Millisecond, Retries: -1, Timeout: 10 * time.Second})
	c, err := New(Options{Fetcher: client, Publisher: pub, Runs: pub, State: st})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestRunNewUnchangedAndFailures(t *testing.T) {
	t.Parallel()
	feedXML := fixture(t, "rss/therecord_feed.xml")
	var mu sync.Mutex
	version := 1
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/feed":
			mu.Lock()
			v := version
			mu.Unlock()
			body := string(feedXML)
			if v == 2 { // one more item at the top
				body = strings.Replace(body, "<item>", "<item><title>Hospital ransomware attack</title><link>https://therecord.media/new-story</link></item><item>", 1)
			}
			fmt.Fprint(w, body)
		case "/broken":
			http.Error(w, "down", http.StatusInternalServerError)
		case "/html-as-feed":
			fmt.Fprint(w, "<!DOCTYPE html><html><body>Maintenance</body></html>")
		case "/robots.txt":
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(srv.Close)
	pub := &recorder{}
	c := newTestCollector(t, srv, NewMemState(), pub)
	sources := []source.Source{
		{Name: "broken", Kind: "rss", URL: srv.URL + "/broken"},
		{Name: "therecord", Kind: "rss", URL: srv.URL + "/feed"},
		{Name: "html", Kind: "rss", URL: srv.URL + "/html-as-feed"},
	}
	reps := c.Run(context.Background(), sources, RunOptions{RunID: "r1"})
	if len(reps) != 3 {
		t.Fatalf("%d reports, want 3", len(reps))
	}
	if r := reps[1]; r.Fetched != 5 || r.New != 5 || r.Unchanged != 0 || r.Errors != 0 || r.RunID != "r1" {
		t.Errorf("first run of the good source: %+v, want 5 fetched and new", r)
	}
	if r := reps[0]; r.Errors != 1 || !strings.Contains(r.Error, "http status 500") {
		t.Errorf("broken source: %+v, want one error naming the status", r)
	}
	if r := reps[2]; r.Errors != 1 || !strings.Contains(r.Error, "HTML, not a feed") {
		t.Errorf("html-as-feed source: %+v, want one error naming the cause", r)
	}
	if len(pub.runs) != 3 || len(pub.cands) != 5 {
		t.Errorf("published %d runs and %d candidates, want 3 and 5", len(pub.runs), len(pub.cands))
	}

	mu.Lock()
	version = 2
	mu.Unlock()
	reps = c.Run(context.Background(), sources[1:2], RunOptions{})
	if r := reps[0]; r.Fetched != 6 || r.New != 1 || r.Unchanged != 5 {
		t.Errorf("second run with one added item: %+v, want 6 fetched, 1 new, 5 unchanged", r)
	}
	if got := pub.cands[len(pub.cands)-1].Title; got != "Hospital ransomware attack" {
		t.Errorf("last published %q, want the added item", got)
	}

	// The failed source now backs off, unless forced.
	reps = c.Run(context.Background(), sources[:1], RunOptions{})
	if !strings.Contains(reps[0].Error, "backing off") {
		t.Errorf("failed source run again at once: %+v, want it skipped while backing off", reps[0])
	}
	reps = c.Run(context.Background(), sources[:1], RunOptions{Force: true})
	if !strings.Contains(reps[0].Error, "http status 500") {
		t.Errorf("forced run: %+v, want a new fetch", reps[0])
	}
}

func TestConditionalGetAndStateAcrossRestart(t *testing.T) {
	t.Parallel()
	feedXML := fixture(t, "rss/bleepingcomputer_feed.xml")
	var mu sync.Mutex
	var conditional int
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		if r.Header.Get("If-None-Match") == `"abc"` {
			mu.Lock()
			conditional++
			mu.Unlock()
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"abc"`)
		w.Write(feedXML)
	}))
	t.Cleanup(srv.Close)
	dir := t.TempDir()
	src := []source.Source{{Name: "bc", Kind: "rss", URL: srv.URL + "/feed"}}
	st1, err := NewFileState(dir)
	if err != nil {
		t.Fatal(err)
	}
	first := newTestCollector(t, srv, st1, &recorder{}).Run(context.Background(), src, RunOptions{})
	if first[0].New != 4 {
		t.Fatalf("first run: %+v, want 4 new", first[0])
	}
	// A new collector over the same directory: a restart.
	st2, _ := NewFileState(dir)
	pub := &recorder{}
	again := newTestCollector(t, srv, st2, pub).Run(context.Background(), src, RunOptions{})
	if r := again[0]; r.Fetched != 0 || r.New != 0 || r.Errors != 0 || conditional != 1 || len(pub.cands) != 0 {
		t.Errorf("after restart: %+v, conditional requests %d, published %d; want a 304 and nothing new", r, conditional, len(pub.cands))
	}
	forced := newTestCollector(t, srv, st2, pub).Run(context.Background(), src, RunOptions{Force: true})
	if r := forced[0]; r.Fetched != 4 || r.Unchanged != 4 || r.New != 0 {
		t.Errorf("forced run after restart: %+v, want 4 fetched, all unchanged (seen ids persisted)", r)
	}
}

func TestPublishFailureRetriedNextRun(t *testing.T) {
	t.Parallel()
	data := fixture(t, "rss/therecord_feed.xml")
	pub := &recorder{fail: map[string]bool{}}
	c, err := New(Options{Fetcher: nilFetcher{}, Publisher: pub, State: NewMemState()})
	if err != nil {
		t.Fatal(err)
	}
	src := source.Source{Name: "therecord", Kind: "rss"}
	first := c.RunDocument(context.Background(), src, data, RunOptions{})
	if first.New != 5 {
		t.Fatalf("first: %+v", first)
	}
	// A fresh state, the bus refusing one id: that id stays unseen.
	c2, _ := New(Options{Fetcher: nilFetcher{}, Publisher: pub, State: NewMemState()})
	pub.fail[pub.cands[0].ID] = true
	r := c2.RunDocument(context.Background(), src, data, RunOptions{})
	if r.New != 4 || r.Errors != 1 || !strings.Contains(r.Error, "bus unavailable") {
		t.Fatalf("with one refused publish: %+v, want 4 new and 1 error", r)
	}
	delete(pub.fail, pub.cands[0].ID)
	r = c2.RunDocument(context.Background(), src, data, RunOptions{})
	if r.New != 1 || r.Unchanged != 4 {
		t.Errorf("next run: %+v, want the refused item new again", r)
	}
}

// nilFetcher fails every fetch; for runs over documents in hand.
type nilFetcher struct{}

func (nilFetcher) Get(context.Context, fetch.Request) (*fetch.Response, error) {
	return nil, errors.New("no network in this test")
}

func TestProgressOnLongRun(t *testing.T) {
	t.Parallel()
	data := fixture(t, "leak_tracker/ransomwatch_posts_2024-04-23.json")
	c, err := New(Options{Fetcher: nilFetcher{}, Publisher: &recorder{}, State: NewMemState()})
	if err != nil {
		t.Fatal(err)
	}
	var calls []Progress
	rep := c.RunDocument(context.Background(), source.Source{Name: "ransomwatch", Kind: "json"}, data, RunOptions{
		Progress: func(p Progress) { calls = append(calls, p) },
	})
	if rep.New != 11039 {
		t.Fatalf("report %+v, want 11039 new", rep)
	}
	if len(calls) != 2+11039/ProgressEvery {
		t.Errorf("%d progress calls, want start, one per %d items, and done", len(calls), ProgressEvery)
	}
	last := calls[len(calls)-1]
	if !last.Done || last.Report == nil || last.Report.New != 11039 || calls[1].Items != ProgressEvery || calls[1].OfItems != 11039 {
		t.Errorf("progress %+v ... %+v", calls[1], last)
	}
}

func TestBackfillSince(t *testing.T) {
	t.Parallel()
	data := fixture(t, "hhs_ocr/hhs_breach_report_2023-2024.csv")
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		w.Write(data)
	}))
	t.Cleanup(srv.Close)
	// Count the rows on or after the date independently of the parser.
	rows, err := csv.NewReader(strings.NewReader(string(data))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	want := 0
	for _, row := range rows[1:] {
		if row[4] >= "2024-06-01" {
			want++
		}
	}
	pub := &recorder{}
	c := newTestCollector(t, srv, NewMemState(), pub)
	sources := []source.Source{
		{Name: "hhs-ocr", Kind: "csv", URL: srv.URL + "/export.csv", History: true},
		{Name: "news", Kind: "rss", URL: srv.URL + "/feed"},
	}
	from := time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC)
	reps, err := c.Backfill(context.Background(), sources, from, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(reps) != 1 || reps[0].Source != "hhs-ocr" || reps[0].New != want || reps[0].Fetched != len(rows)-1 {
		t.Fatalf("backfill: %+v, want only the history source with %d new of %d rows", reps, want, len(rows)-1)
	}
	reps, _ = c.Backfill(context.Background(), sources, from, nil, "hhs-ocr")
	if reps[0].New != 0 || reps[0].Unchanged != want || len(pub.cands) != 2*want {
		t.Errorf("second backfill: %+v and %d published, want all %d republished as unchanged", reps[0], len(pub.cands), want)
	}
	if _, err := c.Backfill(context.Background(), sources, from, nil, "nope"); err == nil {
		t.Error("backfill of an unknown source accepted")
	}
}

func TestTeaserArticleFetched(t *testing.T) {
	t.Parallel()
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/feed":
			fmt.Fprintf(w, `<rss version="2.0"><channel><item><title>Clinic attacked</title><link>%s/story</link><description>Short teaser.</description></item></channel></rss>`, srv.URL)
		case "/story":
			fmt.Fprint(w, `<html><body><nav><p>Menu</p></nav><article><p>The clinic confirmed that a ransomware attack encrypted its scheduling systems on Monday.</p><p>Patients were asked to bring paper records.</p></article></body></html>`)
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(srv.Close)
	pub := &recorder{}
	c := newTestCollector(t, srv, NewMemState(), pub)
	reps := c.Run(context.Background(), []source.Source{{Name: "t", Kind: "rss", URL: srv.URL + "/feed", FetchArticle: true}}, RunOptions{})
	if reps[0].New != 1 {
		t.Fatalf("report %+v", reps[0])
	}
	if got := pub.cands[0].Text; !strings.Contains(got, "ransomware attack encrypted its scheduling systems") || strings.Contains(got, "Menu") {
		t.Errorf("text = %q, want the article's main text", got)
	}
}

func TestSchedulerDue(t *testing.T) {
	t.Parallel()
	now := time.Date(2026, 8, 27, 12, 0, 0, 0, time.UTC) // a Thursday
	st := NewMemState()
	ctx := context.Background()
	_ = st.Save(ctx, "ran-monday", SourceState{LastRun: time.Date(2026, 8, 24, 6, 5, 0, 0, time.UTC)})
	_ = st.Save(ctx, "missed-monday", SourceState{LastRun: time.Date(2026, 8, 17, 6, 5, 0, 0, time.UTC)})
	c, _ := New(Options{Fetcher: nilFetcher{}, Publisher: &recorder{}, State: st})
	weekly := source.DefaultSchedule
	s, err := NewScheduler(c, []source.Source{
		{Name: "ran-monday", Schedule: weekly}, {Name: "missed-monday", Schedule: weekly}, {Name: "never-ran", Schedule: weekly},
	}, SchedulerOptions{})
	if err != nil {
		t.Fatal(err)
	}
	got := s.Due(ctx, now)
	if strings.Join(got, ",") != "missed-monday,never-ran" {
		t.Errorf("due = %v, want the source that missed Monday 24 Aug and the one never run", got)
	}
	if _, err := NewScheduler(c, []source.Source{{Name: "x", Schedule: "weekly"}}, SchedulerOptions{}); err == nil {
		t.Error("invalid schedule accepted")
	}
	if a, b := jitterOffset("x", time.Hour), jitterOffset("x", time.Hour); a != b || a >= time.Hour {
		t.Errorf("jitter %s, %s: want a stable offset below the jitter", a, b)
	}
}

func TestSchedulerCatchUpOnStart(t *testing.T) {
	t.Parallel()
	c, _ := New(Options{Fetcher: nilFetcher{}, Publisher: &recorder{}, State: NewMemState()})
	got := make(chan []cit.RunReport, 4)
	s, err := NewScheduler(c, []source.Source{{Name: "never-ran", Kind: "rss", URL: "https://example.org/feed", Schedule: source.DefaultSchedule}},
		SchedulerOptions{OnReports: func(r []cit.RunReport) { got <- r }})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	if err := s.Start(ctx); err != nil {
		t.Fatal(err)
	}
	select {
	case r := <-got:
		if len(r) != 1 || r[0].Source != "never-ran" || !strings.Contains(r[0].Error, "no network") {
			t.Errorf("catch-up reports %+v", r)
		}
	case <-time.After(10 * time.Second):
		t.Error("no catch-up run within 10s of Start")
	}
	if next := s.NextRuns()["never-ran"]; next.Weekday() != time.Monday || next.Hour() != 6 {
		t.Errorf("next run %s, want a Monday 06:00", next)
	}
	if err := s.Shutdown(); err != nil {
		t.Fatal(err)
	}
}

// TestItemsPublishedOldestFirst: a feed lists its newest item first; the
// collector publishes a document's items oldest first, so the deduplicator
// sees reports in the order things happened.
func TestItemsPublishedOldestFirst(t *testing.T) {
	t.Parallel()
	data := fixture(t, "rss/therecord_feed.xml")
	pub := &recorder{}
	c, err := New(Options{Fetcher: nilFetcher{}, Publisher: pub, State: NewMemState()})
	if err != nil {
		t.Fatal(err)
	}
	if rep := c.RunDocument(context.Background(), source.Source{Name: "therecord", Kind: "rss"}, data, RunOptions{}); rep.New != 5 {
		t.Fatalf("run: %+v", rep)
	}
	var dates []time.Time
	for _, cand := range pub.cands {
		d, ok := cand.PublishedTime()
		if !ok {
			t.Fatalf("%s: no publication date", cand.ID)
		}
		dates = append(dates, d)
	}
	if !slices.IsSortedFunc(dates, func(a, b time.Time) int { return a.Compare(b) }) {
		t.Errorf("published in this order: %v, want oldest first", dates)
	}
	if dates[0].Equal(dates[len(dates)-1]) {
		t.Fatal("the fixture's items share one date; the test shows nothing")
	}
}

// TestRunTogetherPublishesOneHistory: two documents whose years overlap (a
// breach portal's filings and a leak tracker's posts) are published as one
// chronological history, each source keeping its report and its state; a
// second run publishes nothing new.
func TestRunTogetherPublishesOneHistory(t *testing.T) {
	t.Parallel()
	hhs, posts := fixture(t, "hhs_ocr/hhs_breach_report_2023-2024.csv"), fixture(t, "leak_tracker/ransomwatch_posts_2024-04-23.json")
	pub := &recorder{}
	st := NewMemState()
	c, err := New(Options{Fetcher: nilFetcher{}, Publisher: pub, Runs: pub, State: st})
	if err != nil {
		t.Fatal(err)
	}
	srcs := []source.Source{{Name: "hhs"}, {Name: "ransomwatch"}, {Name: "broken", Kind: "rss"}}
	reps := c.RunTogether(context.Background(), srcs, [][]byte{hhs, posts, []byte("not a feed")}, RunOptions{})
	if len(reps) != 3 || reps[0].New != 853 || reps[1].New != 11039 || reps[2].Errors != 1 || reps[2].Error == "" {
		t.Fatalf("reports: %+v", reps)
	}
	if len(pub.runs) != 3 {
		t.Errorf("%d run reports published, want 3", len(pub.runs))
	}
	if len(pub.cands) != 853+11039 {
		t.Fatalf("%d candidates published", len(pub.cands))
	}
	sorted := slices.IsSortedFunc(pub.cands, func(a, b cit.Candidate) int {
		if c := cit.ComparePublished(a, b); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
	if !sorted {
		t.Error("candidates not published oldest first (then by id) across the two sources")
	}
	// The sources interleave: a filing of 2024 comes after posts of 2020.
	first := map[string]int{}
	for i, cand := range pub.cands {
		if _, ok := first[cand.Source]; !ok {
			first[cand.Source] = i
		}
	}
	if first["ransomwatch"] > first["hhs"] {
		t.Errorf("the first filing came before the first post (%d, %d): no common history", first["hhs"], first["ransomwatch"])
	}
	again := c.RunTogether(context.Background(), srcs[:2], [][]byte{hhs, posts}, RunOptions{})
	if again[0].New != 0 || again[1].New != 0 || again[0].Unchanged != 853 || again[1].Unchanged != 11039 {
		t.Errorf("second run: %+v, want everything unchanged", again)
	}
}
