package statssvc_test

import (
	"context"
	"fmt"
	"os"
	"slices"
	"strconv"
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

// BenchmarkDashboardQueries runs every query the dashboard makes, uncached,
// and reports each one's p99 latency. The target is p99 ≤ 100 ms at 1M
// incidents: CIT_BENCH_INCIDENTS=1000000 go test -run '^$' -bench Dashboard -benchtime 50x
func BenchmarkDashboardQueries(b *testing.B) {
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
				slices.Sort(lat)
				p99 := lat[min(len(lat)-1, len(lat)*99/100)]
				b.ReportMetric(float64(p99.Microseconds())/1000, "p99_ms")
				b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50_ms")
			})
		}
	}
}
