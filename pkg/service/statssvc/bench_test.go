package statssvc_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/cit-health/cit/pkg/chtest"
	"github.com/cit-health/cit/pkg/cit"
	"github.com/cit-health/cit/pkg/service/statssvc"
	"github.com/cit-health/cit/pkg/store"
	"go.uber.org/zap"
)

// benchStore loads n generated incidents (every updated one also with its
// first version, as the pipeline would have stored it) into a fresh database.
// CIT_BENCH_INCIDENTS sets n (default 20,000; the target is 1,000,000).
// CIT_BENCH_DATABASE names an existing, already loaded database to reuse
// instead (loading a million incidents through the driver takes long).
func benchStore(b *testing.B) (*store.Store, int) {
	b.Helper()
	if db := os.Getenv("CIT_BENCH_DATABASE"); db != "" {
		st, err := store.Open(context.Background(), store.Config{Addr: chtest.Addr(b), Database: db}, zap.NewNop())
		if err != nil {
			b.Fatal(err)
		}
		b.Cleanup(func() { st.Close() })
		sum, err := st.StatsSummary(context.Background(), store.Filter{})
		if err != nil {
			b.Fatal(err)
		}
		return st, int(sum.Incidents)
	}
	n := 20000
	if v := os.Getenv("CIT_BENCH_INCIDENTS"); v != "" {
		var err error
		if n, err = strconv.Atoi(v); err != nil {
			b.Fatalf("CIT_BENCH_INCIDENTS: %v", err)
		}
	}
	st := openStore(b)
	g := statssvc.NewGenerator(1)
	ctx := context.Background()
	const batch = 20000
	start := time.Now()
	for i := 0; i < n; i += batch {
		var items []cit.Incident
		for j := i; j < min(n, i+batch); j++ {
			in := g.Incident(j)
			if in.Version > 1 {
				first := in
				first.Version, first.Status, first.MergedInto = 1, cit.StatusActive, ""
				items = append(items, first)
			}
			items = append(items, in)
		}
		if err := st.InsertIncidents(ctx, items); err != nil {
			b.Fatal(err)
		}
	}
	b.Logf("loaded %d incidents in %s", n, time.Since(start).Round(time.Second))
	return st, n
}

// dashboardRequests are the API calls the dashboard and its users make.
func dashboardRequests() []string {
	reqs := []string{"summary", "timeseries?interval=month", "timeseries?interval=week", "disclosure-lag",
		"incidents?sort=date&order=desc&limit=25", "incidents?sort=victim&order=asc&limit=25&offset=5000"}
	for _, dim := range store.Dimensions() {
		reqs = append(reqs, "breakdown/"+dim)
	}
	return reqs
}

// BenchmarkDashboardQueries runs every dashboard API call through the stats
// handler in-process (no HTTP socket), uncached, with the default
// read-your-writes freshness (each call first asks ClickHouse for versions
// ingested since the read model's watermark), and reports each call's p50
// and p99 latency. The target is p99 ≤ 100 ms at 1M incidents; see
// docs/methodology.md for the one-command 1M run. It also reports the read
// model's first load (load_s) and the heap it holds (heap_MB, from
// runtime.MemStats after GC).
func BenchmarkDashboardQueries(b *testing.B) {
	st, n := benchStore(b)
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	h := statssvc.NewHandler(st, zap.NewNop(), statssvc.WithCacheTTL(0), statssvc.WithRateLimit(0, 0))
	start := time.Now()
	call := func(path string) time.Duration {
		t := time.Now()
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/api/v1/"+path, nil))
		if rec.Code != http.StatusOK {
			b.Fatalf("%s: %d %s", path, rec.Code, rec.Body.String())
		}
		return time.Since(t)
	}
	call("summary")
	load := time.Since(start)
	runtime.GC()
	runtime.ReadMemStats(&after)
	heapMB := (float64(after.HeapAlloc) - float64(before.HeapAlloc)) / (1 << 20)
	b.Logf("n=%d: read model loaded in %s, holds %.0f MB of heap", n, load.Round(time.Millisecond), heapMB)
	filters := []string{"", "country=FR", "attack_type=ransomware&from=2022-01-01"}
	for _, path := range dashboardRequests() {
		for fi, f := range filters {
			full := path
			if f != "" {
				full += map[bool]string{true: "&", false: "?"}[strings.Contains(path, "?")] + f
			}
			name := strings.NewReplacer("?", "/", "&", "/", "=", "_").Replace(path)
			b.Run(fmt.Sprintf("%s/filter%d/n=%d", name, fi, n), func(b *testing.B) {
				var lat []time.Duration
				for b.Loop() {
					lat = append(lat, call(full))
				}
				reportLatency(b, lat)
				b.ReportMetric(load.Seconds(), "load_s")
				b.ReportMetric(heapMB, "heap_MB")
			})
		}
	}
}

func reportLatency(b *testing.B, lat []time.Duration) {
	slices.Sort(lat)
	p99 := lat[min(len(lat)-1, len(lat)*99/100)]
	b.ReportMetric(float64(p99.Microseconds())/1000, "p99_ms")
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50_ms")
}

// BenchmarkClickHouseQueries runs the same queries as SQL over
// incident_facts FINAL (pkg/store), the read path before the read model,
// for comparison.
func BenchmarkClickHouseQueries(b *testing.B) {
	st, n := benchStore(b)
	ctx := context.Background()
	filters := []store.Filter{{}, {Country: "FR"}, {AttackType: cit.AttackRansomware, From: time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC)}}
	queries := []struct {
		name string
		run  func(store.Filter) error
	}{
		{"summary", func(f store.Filter) error { _, err := st.StatsSummary(ctx, f); return err }},
		{"timeseries_month", func(f store.Filter) error { _, err := st.TimeSeries(ctx, f, store.IntervalMonth); return err }},
		{"timeseries_week", func(f store.Filter) error { _, err := st.TimeSeries(ctx, f, store.IntervalWeek); return err }},
		{"lag", func(f store.Filter) error { _, err := st.DisclosureLag(ctx, f); return err }},
		{"incident_page", func(f store.Filter) error {
			_, err := st.ListIncidents(ctx, f, store.Page{Sort: "date", Desc: true, Limit: 25})
			return err
		}},
	}
	for _, dim := range store.Dimensions() {
		queries = append(queries, struct {
			name string
			run  func(store.Filter) error
		}{"breakdown_" + dim, func(f store.Filter) error { _, err := st.Breakdown(ctx, f, dim); return err }})
	}
	for _, q := range queries {
		for fi, f := range filters {
			b.Run(fmt.Sprintf("%s/filter%d/n=%d", q.name, fi, n), func(b *testing.B) {
				var lat []time.Duration
				for b.Loop() {
					t := time.Now()
					if err := q.run(f); err != nil {
						b.Fatal(err)
					}
					lat = append(lat, time.Since(t))
				}
				reportLatency(b, lat)
			})
		}
	}
}
