package store_test

import (
	"context"
	"testing"
	"time"

	"github.com/cit-health/cit/pkg/cit"
	"github.com/cit-health/cit/pkg/store"
)

// statsFixture: five active incidents in three countries, one updated
// (version 2 changes its attack type), one merged away. Lags are
// disclosure − incident date: 3, 40 and 399 days (2024 is a leap year);
// two have no disclosure date.
func statsFixture() []cit.Incident {
	mk := func(id string, v uint64, victim, country, sector, attack, actor, date, disc string, records *int64, care ...string) cit.Incident {
		return cit.Incident{ID: id, Version: v, Status: cit.StatusActive, Victim: victim, VictimKey: victim,
			Country: country, Sector: sector, AttackType: attack, ThreatActor: actor, IncidentDate: date,
			DisclosureDate: disc, FirstSeen: date + "T00:00:00Z", CreatedAt: date + "T00:00:00Z",
			UpdatedAt: date + "T00:00:00Z", RecordsAffected: records, CareDisruption: care,
			Sources: []cit.SourceRef{{CandidateID: id + "-c" + string(rune('0'+v)), Source: "news", URL: "https://n.example/" + id}}}
	}
	a1 := mk("a", 1, "alpha", "US", cit.SectorCareProvider, cit.AttackMalware, "", "2024-01-03", "", nil)
	a2 := mk("a", 2, "alpha", "US", cit.SectorCareProvider, cit.AttackRansomware, "lockbit", "2024-01-03", "2024-01-06", ptr(int64(500)), "ambulance_diversion", "appointments_cancelled")
	b := mk("b", 1, "beta", "US", cit.SectorPharma, cit.AttackDataBreach, "", "2024-01-10", "2024-02-19", ptr(int64(25000)))
	c := mk("c", 1, "gamma", "FR", cit.SectorCareProvider, cit.AttackRansomware, "lockbit", "2024-02-20", "2025-03-25", ptr(int64(2000000)), "ambulance_diversion")
	d := mk("d", 1, "delta", "DE", cit.SectorLaboratory, cit.AttackDDoS, "noname", "2024-03-01", "", nil)
	e := mk("e", 1, "beta", "", cit.SectorPharma, cit.AttackDataBreach, "", "2024-03-15", "", ptr(int64(0)))
	m := mk("m", 3, "omega", "IT", cit.SectorPharma, cit.AttackRansomware, "", "2024-03-20", "", nil)
	m.Status, m.MergedInto = cit.StatusMerged, "c"
	return []cit.Incident{a1, b, c, d, e, m, a2}
}

func statsStore(t *testing.T) *store.Store {
	t.Helper()
	s := open(t)
	// Two batches: the newer version of "a" arrives after the older one.
	fx := statsFixture()
	for _, batch := range [][]cit.Incident{fx[:6], fx[6:], fx[6:]} {
		if err := s.InsertIncidents(context.Background(), batch); err != nil {
			t.Fatal(err)
		}
	}
	return s
}

func countsOf(cs []store.Count) map[string]uint64 {
	m := map[string]uint64{}
	for _, c := range cs {
		m[c.Key] = c.Incidents
	}
	return m
}

func TestStatsSummaryAgreesWithSummary(t *testing.T) {
	s := statsStore(t)
	ctx := context.Background()
	for _, f := range []store.Filter{{}, {Country: "US"}, {AttackType: cit.AttackRansomware}, {Sector: cit.SectorPharma},
		{From: time.Date(2024, 2, 1, 0, 0, 0, 0, time.UTC)}, {Country: "JP"}} {
		want, err := s.Summary(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		got, err := s.StatsSummary(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		if got.Incidents != want.Incidents || got.Organizations != want.Organizations || got.Countries != want.Countries ||
			got.Since != want.Since || len(got.ByAttackType) != len(want.ByAttackType) {
			t.Errorf("filter %+v: StatsSummary = %+v, Summary = %+v", f, got, want)
		}
		for k, n := range want.ByAttackType {
			if got.ByAttackType[k] != n {
				t.Errorf("filter %+v: by_attack_type[%s] = %d, want %d", f, k, got.ByAttackType[k], n)
			}
		}
	}
	all, _ := s.StatsSummary(ctx, store.Filter{})
	// 5 active incidents; "beta" was attacked twice, so 4 organisations; "e" has no country.
	if all.Incidents != 5 || all.Organizations != 4 || all.Countries != 3 || all.Since != "2024-01-03" {
		t.Errorf("summary = %+v, want 5 incidents, 4 organisations, 3 countries since 2024-01-03", all)
	}
}

func TestBreakdowns(t *testing.T) {
	s := statsStore(t)
	ctx := context.Background()
	tests := []struct {
		dim  string
		f    store.Filter
		want map[string]uint64
	}{
		{store.DimCountry, store.Filter{}, map[string]uint64{"US": 2, "FR": 1, "DE": 1, "unknown": 1}},
		{store.DimAttackType, store.Filter{}, map[string]uint64{"ransomware": 2, "data_breach": 2, "ddos": 1}},
		{store.DimSector, store.Filter{Country: "US"}, map[string]uint64{"care_provider": 1, "pharma": 1}},
		{store.DimThreatActor, store.Filter{}, map[string]uint64{"lockbit": 2, "noname": 1, "unknown": 2}},
		{store.DimRecords, store.Filter{}, map[string]uint64{"1-999": 1, "10k-99k": 1, "1m+": 1, "unknown": 2}},
		{store.DimCareDisruption, store.Filter{}, map[string]uint64{"ambulance_diversion": 2, "appointments_cancelled": 1, "none_reported": 3}},
	}
	for _, tt := range tests {
		got, err := s.Breakdown(ctx, tt.f, tt.dim)
		if err != nil {
			t.Fatalf("%s: %v", tt.dim, err)
		}
		m := countsOf(got)
		if len(m) != len(tt.want) {
			t.Errorf("breakdown %s %+v = %v, want %v", tt.dim, tt.f, got, tt.want)
		}
		for k, n := range tt.want {
			if m[k] != n {
				t.Errorf("breakdown %s %+v [%s] = %d, want %d", tt.dim, tt.f, k, m[k], n)
			}
		}
	}
	rec, _ := s.Breakdown(ctx, store.Filter{}, store.DimRecords)
	if rec[0].Key != "unknown" || rec[len(rec)-1].Key != "1m+" {
		t.Errorf("records buckets not in size order: %v", rec)
	}
	if _, err := s.Breakdown(ctx, store.Filter{}, "victim; DROP TABLE incidents"); err == nil {
		t.Error("breakdown by an unknown dimension: want an error")
	}
}

func TestTimeSeries(t *testing.T) {
	s := statsStore(t)
	ctx := context.Background()
	month, err := s.TimeSeries(ctx, store.Filter{}, store.IntervalMonth)
	if err != nil {
		t.Fatal(err)
	}
	want := []store.Count{{Key: "2024-01-01", Incidents: 2}, {Key: "2024-02-01", Incidents: 1}, {Key: "2024-03-01", Incidents: 2}}
	if len(month) != len(want) {
		t.Fatalf("monthly = %v, want %v", month, want)
	}
	for i := range want {
		if month[i] != want[i] {
			t.Errorf("monthly[%d] = %v, want %v", i, month[i], want[i])
		}
	}
	week, err := s.TimeSeries(ctx, store.Filter{Country: "US"}, store.IntervalWeek)
	if err != nil {
		t.Fatal(err)
	}
	// 2024-01-03 is a Wednesday (week of Monday 2024-01-01); 2024-01-10 is in the week of 2024-01-08.
	if len(week) != 2 || week[0].Key != "2024-01-01" || week[1].Key != "2024-01-08" {
		t.Errorf("weekly US = %v", week)
	}
}

func TestDisclosureLag(t *testing.T) {
	s := statsStore(t)
	lag, err := s.DisclosureLag(context.Background(), store.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if lag.Known != 3 || lag.MedianDays != 40 || lag.MeanDays < 147.33 || lag.MeanDays > 147.34 || lag.P90Days != 399 {
		t.Errorf("lag = %+v, want 3 known, median 40, p90 399, mean 147.33", lag)
	}
	m := countsOf(lag.Buckets)
	if m["0-7d"] != 1 || m["31-90d"] != 1 || m[">365d"] != 1 || len(lag.Buckets) != len(store.LagBuckets()) {
		t.Errorf("lag buckets = %v", lag.Buckets)
	}
}

func TestListIncidents(t *testing.T) {
	s := statsStore(t)
	ctx := context.Background()
	page, err := s.ListIncidents(ctx, store.Filter{}, store.Page{Sort: "date", Desc: true, Limit: 2})
	if err != nil {
		t.Fatal(err)
	}
	if page.Total != 5 || len(page.Incidents) != 2 || page.Incidents[0].ID != "e" || page.Incidents[1].ID != "d" {
		t.Fatalf("page 1 = total %d %+v, want e, d of 5", page.Total, page.Incidents)
	}
	page, err = s.ListIncidents(ctx, store.Filter{}, store.Page{Sort: "date", Desc: true, Limit: 2, Offset: 4})
	if err != nil {
		t.Fatal(err)
	}
	if len(page.Incidents) != 1 || page.Incidents[0].ID != "a" {
		t.Fatalf("last page = %+v, want a", page.Incidents)
	}
	a := page.Incidents[0]
	if a.Version != 2 || a.AttackType != cit.AttackRansomware || len(a.Sources) != 1 || a.Sources[0].CandidateID != "a-c2" {
		t.Errorf("a = %+v, want version 2 with its own source only", a)
	}
	bigFirst, _ := s.ListIncidents(ctx, store.Filter{}, store.Page{Sort: "records", Desc: true, Limit: 1})
	if len(bigFirst.Incidents) != 1 || bigFirst.Incidents[0].ID != "c" {
		t.Errorf("largest breach first = %+v, want c", bigFirst.Incidents)
	}
	for _, p := range []store.Page{{Sort: "nope"}, {Limit: 5000}, {Offset: -1}} {
		var inv *store.InvalidFilterError
		if _, err := s.ListIncidents(ctx, store.Filter{}, p); !errorsAs(err, &inv) {
			t.Errorf("page %+v: err = %v, want an InvalidFilterError", p, err)
		}
	}
}

func TestChangedIncidentsIncludesMerged(t *testing.T) {
	s := statsStore(t)
	got, err := s.ChangedIncidents(context.Background(), store.Filter{},
		time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC), time.Date(2024, 4, 1, 0, 0, 0, 0, time.UTC), 10)
	if err != nil {
		t.Fatal(err)
	}
	ids := []string{}
	for _, in := range got {
		ids = append(ids, in.ID+":"+in.Status)
	}
	want := []string{"m:merged", "e:active", "d:active"}
	if len(ids) != len(want) {
		t.Fatalf("changed in March = %v, want %v", ids, want)
	}
	for i := range want {
		if ids[i] != want[i] {
			t.Errorf("changed[%d] = %s, want %s", i, ids[i], want[i])
		}
	}
}
