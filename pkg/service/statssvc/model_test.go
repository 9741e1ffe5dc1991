package statssvc_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http/httptest"
	"net/url"
	"reflect"
	"testing"
	"time"

	"github.com/cit-health/cit/pkg/cit"
	"github.com/cit-health/cit/pkg/service/statssvc"
	"github.com/cit-health/cit/pkg/store"
	"go.uber.org/zap"
)

// loadGenerated stores n generated incidents, each updated one also with its
// first version, as the pipeline would have stored them.
func loadGenerated(t testing.TB, st *store.Store, from, to int) {
	t.Helper()
	g := statssvc.NewGenerator(uint64(7 + from))
	var items []cit.Incident
	for i := from; i < to; i++ {
		in := g.Incident(i)
		if in.Version > 1 {
			first := in
			first.Version, first.Status, first.MergedInto, first.Country = 1, cit.StatusActive, "", "NZ"
			items = append(items, first)
		}
		items = append(items, in)
	}
	if err := st.InsertIncidents(context.Background(), items); err != nil {
		t.Fatal(err)
	}
}

// TestReadModelMatchesClickHouse answers every dashboard query from the
// in-memory read model (through the API) and from SQL over incident_facts
// FINAL (pkg/store), over generated incidents with updates, merges and
// skews, for several filters, and wants the same answers — also after more
// incidents and updates arrive.
func TestReadModelMatchesClickHouse(t *testing.T) {
	st := openStore(t)
	loadGenerated(t, st, 0, 3000)
	srv := httptest.NewServer(statssvc.NewHandler(st, zap.NewNop(), statssvc.WithRateLimit(0, 0)))
	t.Cleanup(srv.Close)
	ctx := t.Context()
	filters := []store.Filter{{}, {Country: "FR"}, {Country: "US", Sector: cit.SectorCareProvider},
		{AttackType: cit.AttackRansomware, From: time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC)},
		{From: time.Date(2019, 3, 1, 0, 0, 0, 0, time.UTC), To: time.Date(2019, 9, 30, 0, 0, 0, 0, time.UTC)},
		{Country: "KP"}}
	query := func(f store.Filter, extra ...string) string {
		q := url.Values{}
		if f.Country != "" {
			q.Set("country", f.Country)
		}
		if f.Sector != "" {
			q.Set("sector", f.Sector)
		}
		if f.AttackType != "" {
			q.Set("attack_type", f.AttackType)
		}
		if !f.From.IsZero() {
			q.Set("from", f.From.Format("2006-01-02"))
		}
		if !f.To.IsZero() {
			q.Set("to", f.To.Format("2006-01-02"))
		}
		for i := 0; i+1 < len(extra); i += 2 {
			q.Set(extra[i], extra[i+1])
		}
		return "?" + q.Encode()
	}
	compare := func(t *testing.T) {
		for fi, f := range filters {
			t.Run(fmt.Sprint("filter", fi), func(t *testing.T) {
				want, err := st.StatsSummary(ctx, f)
				if err != nil {
					t.Fatal(err)
				}
				_, _, body := get(t, srv.URL+"/api/v1/summary"+query(f))
				if got := decode[store.Summary](t, body); !reflect.DeepEqual(got, want) {
					t.Errorf("summary = %+v, SQL says %+v", got, want)
				}
				for _, iv := range []string{store.IntervalMonth, store.IntervalWeek} {
					pts, err := st.TimeSeries(ctx, f, iv)
					if err != nil {
						t.Fatal(err)
					}
					_, _, body := get(t, srv.URL+"/api/v1/timeseries"+query(f, "interval", iv))
					got := decode[struct{ Points []store.Count }](t, body).Points
					if !reflect.DeepEqual(nonZero(got), pts) {
						t.Errorf("timeseries %s = %v, SQL says %v", iv, nonZero(got), pts)
					}
				}
				for _, dim := range store.Dimensions() {
					want, err := st.Breakdown(ctx, f, dim)
					if err != nil {
						t.Fatal(err)
					}
					_, _, body := get(t, srv.URL+"/api/v1/breakdown/"+dim+query(f))
					if got := decode[struct{ Counts []store.Count }](t, body).Counts; !reflect.DeepEqual(got, want) {
						t.Errorf("breakdown by %s = %v, SQL says %v", dim, got, want)
					}
				}
				wantLag, err := st.DisclosureLag(ctx, f)
				if err != nil {
					t.Fatal(err)
				}
				_, _, body = get(t, srv.URL+"/api/v1/disclosure-lag"+query(f))
				if got := decode[store.Lag](t, body); !reflect.DeepEqual(got, wantLag) {
					t.Errorf("lag = %+v, SQL says %+v", got, wantLag)
				}
				for _, sort := range store.SortKeys() {
					for _, p := range []store.Page{{Sort: sort, Desc: true, Limit: 7}, {Sort: sort, Limit: 5, Offset: 40}} {
						want, err := st.ListIncidents(ctx, f, p)
						if err != nil {
							t.Fatal(err)
						}
						order := "asc"
						if p.Desc {
							order = "desc"
						}
						_, _, body := get(t, srv.URL+"/api/v1/incidents"+query(f, "sort", sort, "order", order,
							"limit", fmt.Sprint(p.Limit), "offset", fmt.Sprint(p.Offset)))
						got := decode[store.IncidentPage](t, body)
						if got.Total != want.Total || !reflect.DeepEqual(ids(got.Incidents), ids(want.Incidents)) {
							t.Errorf("list %+v = %d %v, SQL says %d %v", p, got.Total, ids(got.Incidents), want.Total, ids(want.Incidents))
						}
						// Half of each listed incident comes from the model's slots, the
						// rest from ClickHouse: the whole JSON must be the SQL path's.
						gotJSON, _ := json.Marshal(got.Incidents)
						wantJSON, _ := json.Marshal(want.Incidents)
						if string(gotJSON) != string(wantJSON) {
							t.Errorf("list %+v incidents =\n%s\nSQL says\n%s", p, gotJSON, wantJSON)
						}
					}
				}
			})
		}
	}
	t.Run("loaded", compare)
	// More incidents, and new versions of old ones (moved to Germany, or merged away).
	loadGenerated(t, st, 3000, 3500)
	var updates []cit.Incident
	for _, id := range []string{"gen-1", "gen-2", "gen-3", "gen-10"} {
		got, err := st.IncidentsByID(ctx, []string{id})
		if err != nil || len(got) != 1 {
			t.Fatalf("%s: %v %v", id, got, err)
		}
		u := got[0]
		u.Version += 5
		u.Country = "DE"
		if id == "gen-10" {
			u.Status, u.MergedInto = cit.StatusMerged, "gen-1"
		}
		updates = append(updates, u)
	}
	if err := st.InsertIncidents(ctx, updates); err != nil {
		t.Fatal(err)
	}
	t.Run("refreshed", compare)
}

func nonZero(cs []store.Count) []store.Count {
	out := []store.Count{}
	for _, c := range cs {
		if c.Incidents > 0 {
			out = append(out, c)
		}
	}
	return out
}

func ids(incs []cit.Incident) []string {
	out := []string{}
	for _, in := range incs {
		out = append(out, in.ID)
	}
	return out
}
