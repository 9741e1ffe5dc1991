package statssvc_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/cit-health/cit/pkg/chtest"
	"github.com/cit-health/cit/pkg/cit"
	"github.com/cit-health/cit/pkg/service/statssvc"
	"github.com/cit-health/cit/pkg/store"
	"go.uber.org/zap"
)

func ptr[T any](v T) *T { return &v }

// openStore gives a migrated store on a fresh database.
func openStore(t testing.TB) *store.Store {
	t.Helper()
	addr := chtest.Addr(t)
	db := chtest.Database(t, addr)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	st, err := store.Open(ctx, store.Config{Addr: addr, Database: db}, zap.NewNop())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func inc(id string, version uint64, victim, country, sector, attack, date string, srcs ...string) cit.Incident {
	in := cit.Incident{ID: id, Version: version, Status: cit.StatusActive, Title: "Attack on " + victim,
		Victim: victim, VictimKey: strings.ToLower(victim), Country: country, Sector: sector, AttackType: attack,
		IncidentDate: date, FirstSeen: date + "T08:00:00Z", CreatedAt: date + "T08:00:00Z",
		UpdatedAt: date + "T08:00:00Z", ClaimStatus: cit.ClaimReported, RecordsAffected: ptr(int64(1000))}
	for _, s := range srcs {
		in.Sources = append(in.Sources, cit.SourceRef{CandidateID: s, Source: "news", URL: "https://news.example/" + s,
			Title: "Report " + s, Published: date + "T09:00:00Z", Lang: "en"})
	}
	return in
}

// fixture is a small, hand-countable set: 4 active incidents in 3
// countries (3 ransomware, 1 data breach), one of them updated, one merged
// incident that must not count.
func fixture() []cit.Incident {
	a1 := inc("inc-a", 1, "St Mary Hospital", "US", cit.SectorCareProvider, cit.AttackRansomware, "2024-03-05", "c1")
	a2 := inc("inc-a", 2, "St Mary Hospital", "US", cit.SectorCareProvider, cit.AttackRansomware, "2024-03-05", "c1", "c2")
	b := inc("inc-b", 1, "CHU Rennes", "FR", cit.SectorCareProvider, cit.AttackRansomware, "2024-06-10", "c3")
	c := inc("inc-c", 1, "Pharma AG", "DE", cit.SectorPharma, cit.AttackDataBreach, "2025-01-20", "c4")
	d := inc("inc-d", 1, "Lab Corp", "US", cit.SectorLaboratory, cit.AttackRansomware, "2025-02-01", "c5")
	m := inc("inc-m", 2, "CHU Rennes dup", "FR", cit.SectorCareProvider, cit.AttackDDoS, "2024-06-11", "c6")
	m.Status, m.MergedInto = cit.StatusMerged, "inc-b"
	return []cit.Incident{a1, a2, b, c, d, m}
}

func newServer(t *testing.T, opts ...statssvc.Option) (*httptest.Server, *store.Store) {
	t.Helper()
	st := openStore(t)
	if err := st.InsertIncidents(context.Background(), fixture()); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(statssvc.NewHandler(st, zap.NewNop(), opts...))
	t.Cleanup(srv.Close)
	return srv, st
}

func get(t *testing.T, url string) (int, http.Header, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, resp.Header, string(b)
}

func TestSummaryAPI(t *testing.T) {
	srv, _ := newServer(t)
	tests := []struct {
		query                      string
		incidents, orgs, countries uint64
		byAttack                   map[string]uint64
		since                      string
	}{
		{"", 4, 4, 3, map[string]uint64{"ransomware": 3, "data_breach": 1}, "2024-03-05"},
		{"?country=US", 2, 2, 1, map[string]uint64{"ransomware": 2}, "2024-03-05"},
		{"?country=fr", 1, 1, 1, map[string]uint64{"ransomware": 1}, "2024-06-10"},
		{"?attack_type=data_breach", 1, 1, 1, map[string]uint64{"data_breach": 1}, "2025-01-20"},
		{"?sector=care_provider", 2, 2, 2, map[string]uint64{"ransomware": 2}, "2024-03-05"},
		{"?from=2025-01-01", 2, 2, 2, map[string]uint64{"ransomware": 1, "data_breach": 1}, "2025-01-20"},
		{"?from=2024-01-01&to=2024-12-31", 2, 2, 2, map[string]uint64{"ransomware": 2}, "2024-03-05"},
		{"?country=JP", 0, 0, 0, map[string]uint64{}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			code, hdr, body := get(t, srv.URL+"/api/v1/summary"+tt.query)
			if code != http.StatusOK {
				t.Fatalf("status %d: %s", code, body)
			}
			if ct := hdr.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
				t.Errorf("content type %q", ct)
			}
			var raw map[string]json.RawMessage
			if err := json.Unmarshal([]byte(body), &raw); err != nil {
				t.Fatalf("decode %s: %v", body, err)
			}
			for _, k := range []string{"incidents", "organizations", "countries", "by_attack_type"} {
				if _, ok := raw[k]; !ok {
					t.Errorf("key %q missing from %s", k, body)
				}
			}
			var got store.Summary
			if err := json.Unmarshal([]byte(body), &got); err != nil {
				t.Fatal(err)
			}
			if got.Incidents != tt.incidents || got.Organizations != tt.orgs || got.Countries != tt.countries || got.Since != tt.since {
				t.Errorf("summary%s = %+v, want %d incidents, %d orgs, %d countries since %q",
					tt.query, got, tt.incidents, tt.orgs, tt.countries, tt.since)
			}
			if len(got.ByAttackType) != len(tt.byAttack) {
				t.Errorf("by_attack_type = %v, want %v", got.ByAttackType, tt.byAttack)
			}
			for k, n := range tt.byAttack {
				if got.ByAttackType[k] != n {
					t.Errorf("by_attack_type[%s] = %d, want %d", k, got.ByAttackType[k], n)
				}
			}
		})
	}
}

func TestInvalidFilterIs400NamingTheParameter(t *testing.T) {
	srv, _ := newServer(t)
	tests := []struct{ query, param string }{
		{"from=2024-13-01", "from"},
		{"from=yesterday", "from"},
		{"to=2024-02-30", "to"},
		{"from=2024-05-01&to=2024-01-01", "to"},
		{"country=France", "country"},
		{"country=F1", "country"},
		{"attack_type=phishing", "attack_type"},
		{"sector=bank", "sector"},
		{"attack_type=ransomware'%20OR%201=1", "attack_type"},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			code, hdr, body := get(t, srv.URL+"/api/v1/summary?"+tt.query)
			if code != http.StatusBadRequest {
				t.Fatalf("status %d, want 400: %s", code, body)
			}
			if ct := hdr.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
				t.Errorf("content type %q", ct)
			}
			var e struct{ Error, Param string }
			if err := json.Unmarshal([]byte(body), &e); err != nil {
				t.Fatalf("decode %s: %v", body, err)
			}
			if e.Param != tt.param || !strings.Contains(e.Error, tt.param) {
				t.Errorf("error = %+v, want one naming %q", e, tt.param)
			}
		})
	}
}

func TestDashboardHeadlineWithoutJavaScript(t *testing.T) {
	srv, _ := newServer(t)
	tests := []struct{ query, want string }{
		{"", "Since March 2024, 4 health organisations across 3 countries have been cyberattacked, including 3 ransomware attacks and 1 data breach."},
		{"?country=DE", "Since January 2025, 1 health organisation across 1 country has been cyberattacked, including 1 data breach."},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			code, hdr, body := get(t, srv.URL+"/"+tt.query)
			if code != http.StatusOK {
				t.Fatalf("status %d: %s", code, body)
			}
			if ct := hdr.Get("Content-Type"); !strings.HasPrefix(ct, "text/html") {
				t.Errorf("content type %q", ct)
			}
			if !strings.Contains(body, tt.want) {
				t.Errorf("page lacks headline %q:\n%s", tt.want, body)
			}
		})
	}
	if code, _, _ := get(t, srv.URL+"/?from=nope"); code != http.StatusBadRequest {
		t.Errorf("page with bad from: status %d, want 400", code)
	}
}
