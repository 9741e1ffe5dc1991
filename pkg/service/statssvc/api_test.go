package statssvc_test

import (
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/cit-health/cit/pkg/cit"
	"github.com/cit-health/cit/pkg/service/statssvc"
	"github.com/cit-health/cit/pkg/store"
)

func decode[T any](t *testing.T, body string) T {
	t.Helper()
	var v T
	if err := json.Unmarshal([]byte(body), &v); err != nil {
		t.Fatalf("decode %s: %v", body, err)
	}
	return v
}

type countsAnswer struct {
	Points []struct {
		Key       string
		Incidents uint64
	} `json:"points"`
	Counts []struct {
		Key       string
		Incidents uint64
	} `json:"counts"`
}

func TestTimeSeriesAndBreakdownAPI(t *testing.T) {
	srv, _ := newServer(t)
	_, _, body := get(t, srv.URL+"/api/v1/timeseries?interval=month&country=US")
	ts := decode[countsAnswer](t, body)
	// US: 2024-03 and 2025-02, with the 10 empty months between filled with zeros.
	if len(ts.Points) != 12 || ts.Points[0].Key != "2024-03-01" || ts.Points[0].Incidents != 1 ||
		ts.Points[11].Key != "2025-02-01" || ts.Points[5].Incidents != 0 {
		t.Errorf("monthly US = %+v", ts.Points)
	}
	if code, _, _ := get(t, srv.URL+"/api/v1/timeseries?interval=day"); code != http.StatusBadRequest {
		t.Errorf("interval=day: status %d, want 400", code)
	}
	_, _, body = get(t, srv.URL+"/api/v1/breakdown/country?attack_type=ransomware")
	bd := decode[countsAnswer](t, body)
	if len(bd.Counts) != 2 || bd.Counts[0].Key != "US" || bd.Counts[0].Incidents != 2 || bd.Counts[1].Key != "FR" {
		t.Errorf("ransomware by country = %+v", bd.Counts)
	}
	code, _, body := get(t, srv.URL+"/api/v1/breakdown/victim")
	if code != http.StatusBadRequest || !strings.Contains(body, `"param":"by"`) {
		t.Errorf("breakdown by victim: %d %s", code, body)
	}
}

func TestIncidentListAndOne(t *testing.T) {
	srv, _ := newServer(t)
	_, _, body := get(t, srv.URL+"/api/v1/incidents?sort=date&order=asc&limit=2&offset=1")
	page := decode[struct {
		Total     uint64
		Incidents []cit.Incident
	}](t, body)
	if page.Total != 4 || len(page.Incidents) != 2 || page.Incidents[0].ID != "inc-b" || page.Incidents[1].ID != "inc-c" {
		t.Fatalf("page = %+v", page)
	}
	if len(page.Incidents[0].Sources) != 1 || page.Incidents[0].Sources[0].URL != "https://news.example/c3" {
		t.Errorf("inc-b sources = %+v", page.Incidents[0].Sources)
	}
	code, _, body := get(t, srv.URL+"/api/v1/incidents/inc-a")
	a := decode[cit.Incident](t, body)
	if code != http.StatusOK || a.Version != 2 || len(a.Sources) != 2 {
		t.Errorf("inc-a = %d %+v, want version 2 with 2 sources", code, a)
	}
	if code, _, _ := get(t, srv.URL+"/api/v1/incidents/nope"); code != http.StatusNotFound {
		t.Errorf("unknown incident: status %d, want 404", code)
	}
	for _, q := range []string{"order=up", "limit=x", "limit=100000", "sort=title"} {
		if code, _, _ := get(t, srv.URL+"/api/v1/incidents?"+q); code != http.StatusBadRequest {
			t.Errorf("%s: status %d, want 400", q, code)
		}
	}
}

func TestExportsKeepStableIDs(t *testing.T) {
	srv, _ := newServer(t)
	code, hdr, body := get(t, srv.URL+"/api/v1/export/incidents.csv?country=US")
	if code != http.StatusOK || !strings.HasPrefix(hdr.Get("Content-Type"), "text/csv") {
		t.Fatalf("csv: %d %s", code, hdr.Get("Content-Type"))
	}
	rows, err := csv.NewReader(strings.NewReader(body)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 3 || rows[0][0] != "incident_id" || rows[1][0] != "inc-a" || rows[2][0] != "inc-d" {
		t.Errorf("csv rows = %v", rows)
	}
	_, _, body = get(t, srv.URL+"/api/v1/export/incidents.json")
	js := decode[struct {
		Count     int
		Incidents []cit.Incident
	}](t, body)
	if js.Count != 4 || js.Incidents[0].ID != "inc-a" {
		t.Errorf("json export = %d incidents, first %+v", js.Count, js.Incidents)
	}
	_, _, first := get(t, srv.URL+"/api/v1/export/stix.json")
	_, _, again := get(t, srv.URL+"/api/v1/export/stix.json?attack_type=ransomware")
	ids := func(b string) map[string]bool {
		m := map[string]bool{}
		for _, o := range decode[struct{ Objects []map[string]any }](t, b).Objects {
			if o["type"] == "incident" {
				m[o["id"].(string)] = true
			}
		}
		return m
	}
	a, b := ids(first), ids(again)
	if len(a) != 4 || len(b) != 3 {
		t.Fatalf("stix incidents: %d and %d, want 4 and 3", len(a), len(b))
	}
	for id := range b {
		if !a[id] {
			t.Errorf("incident id %s of the filtered export is not in the full export", id)
		}
	}
}

var stixIDPattern = regexp.MustCompile(`^([a-z0-9-]+)--[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`)

// TestSTIXBundleIsStructurallyValid checks the STIX 2.1 rules that MISP and
// OpenCTI importers rely on: id formats, spec_version, required properties
// per type, timestamps, and references that resolve inside the bundle.
func TestSTIXBundleIsStructurallyValid(t *testing.T) {
	t.Parallel()
	incs := fixtureLatest()
	raw, err := json.Marshal(statssvc.STIXBundle(incs, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)))
	if err != nil {
		t.Fatal(err)
	}
	var b struct {
		Type    string
		ID      string
		Objects []map[string]any
	}
	if err := json.Unmarshal(raw, &b); err != nil {
		t.Fatal(err)
	}
	if b.Type != "bundle" || !stixIDPattern.MatchString(b.ID) || !strings.HasPrefix(b.ID, "bundle--") {
		t.Errorf("bundle type %q id %q", b.Type, b.ID)
	}
	required := map[string][]string{
		"identity":     {"name", "identity_class"},
		"location":     {"country"},
		"threat-actor": {"name"},
		"incident":     {"name"},
		"relationship": {"relationship_type", "source_ref", "target_ref"},
	}
	ids := map[string]bool{}
	types := map[string]int{}
	for _, o := range b.Objects {
		ids[o["id"].(string)] = true
	}
	stamp := regexp.MustCompile(`^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$`)
	for _, o := range b.Objects {
		typ, _ := o["type"].(string)
		id, _ := o["id"].(string)
		types[typ]++
		if m := stixIDPattern.FindStringSubmatch(id); m == nil || m[1] != typ {
			t.Errorf("object id %q does not match its type %q", id, typ)
		}
		if o["spec_version"] != "2.1" {
			t.Errorf("%s: spec_version %v", id, o["spec_version"])
		}
		for _, k := range []string{"created", "modified"} {
			if s, _ := o[k].(string); !stamp.MatchString(s) {
				t.Errorf("%s: %s %q is not a STIX timestamp", id, k, s)
			}
		}
		if o["modified"].(string) < o["created"].(string) {
			t.Errorf("%s: modified before created", id)
		}
		props, ok := required[typ]
		if !ok {
			t.Errorf("%s: unexpected type %q", id, typ)
		}
		for _, p := range props {
			if v, ok := o[p]; !ok || v == "" {
				t.Errorf("%s: missing required %s", id, p)
			}
		}
		for _, k := range []string{"source_ref", "target_ref", "created_by_ref"} {
			if ref, ok := o[k].(string); ok && !ids[ref] {
				t.Errorf("%s: %s %s is not in the bundle", id, k, ref)
			}
		}
		for k := range o {
			if k != strings.ToLower(k) || strings.Contains(k, "-") {
				t.Errorf("%s: property name %q is not lower snake case", id, k)
			}
		}
	}
	// 4 incidents, 4 victims + CIT, 3 countries (US, FR, DE).
	if types["incident"] != 4 || types["identity"] != 5 || types["location"] != 3 {
		t.Errorf("object counts = %v", types)
	}
	again, _ := json.Marshal(statssvc.STIXBundle(incs, time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)))
	var b2 struct{ Objects []map[string]any }
	_ = json.Unmarshal(again, &b2)
	for i, o := range b2.Objects {
		if o["id"] != b.Objects[i]["id"] {
			t.Errorf("object %d id changed between exports: %v vs %v", i, b.Objects[i]["id"], o["id"])
		}
	}
}

// fixtureLatest is the latest, active state of the fixture's incidents.
func fixtureLatest() []cit.Incident {
	var out []cit.Incident
	for _, in := range fixture() {
		if in.Status == cit.StatusActive && !(in.ID == "inc-a" && in.Version == 1) {
			out = append(out, in)
		}
	}
	return out
}

func TestAtomFeed(t *testing.T) {
	srv, _ := newServer(t)
	code, hdr, body := get(t, srv.URL+"/api/v1/feed.atom?country=FR")
	if code != http.StatusOK || !strings.HasPrefix(hdr.Get("Content-Type"), "application/atom+xml") {
		t.Fatalf("feed: %d %s", code, hdr.Get("Content-Type"))
	}
	var feed struct {
		XMLName xml.Name `xml:"http://www.w3.org/2005/Atom feed"`
		ID      string   `xml:"id"`
		Entries []struct {
			ID      string `xml:"id"`
			Title   string `xml:"title"`
			Updated string `xml:"updated"`
		} `xml:"entry"`
	}
	if err := xml.Unmarshal([]byte(body), &feed); err != nil {
		t.Fatalf("parse feed: %v\n%s", err, body)
	}
	// FR: the active incident and the one merged into it (a correction), newest change first.
	if len(feed.Entries) != 2 || feed.Entries[0].ID != "urn:cit:incident:inc-m" || feed.Entries[1].ID != "urn:cit:incident:inc-b" {
		t.Fatalf("entries = %+v", feed.Entries)
	}
	if !strings.HasPrefix(feed.Entries[0].Title, "Corrected:") {
		t.Errorf("merged incident entry title %q, want a correction", feed.Entries[0].Title)
	}
	if _, err := time.Parse(time.RFC3339, feed.Entries[1].Updated); err != nil {
		t.Errorf("updated %q: %v", feed.Entries[1].Updated, err)
	}
}

func TestDigest(t *testing.T) {
	srv, st := newServer(t)
	// Week of Monday 2024-06-10: inc-b created (new), inc-m merged (correction).
	code, hdr, body := get(t, srv.URL+"/api/v1/digest?week=2024-W24&format=md")
	if code != http.StatusOK || !strings.HasPrefix(hdr.Get("Content-Type"), "text/markdown") {
		t.Fatalf("digest: %d %s", code, body)
	}
	for _, want := range []string{"# CIT weekly digest, 2024-W24", "1 new incident, 0 updates, 1 correction",
		"**CHU Rennes** — France, ransomware, on 2024-06-10 [news](https://news.example/c3) `inc-b`",
		"merged into inc-b"} {
		if !strings.Contains(body, want) {
			t.Errorf("digest lacks %q:\n%s", want, body)
		}
	}
	_, _, html := get(t, srv.URL+"/api/v1/digest?week=2024-W24&format=html")
	if !strings.Contains(html, `<a href="https://news.example/c3">news</a>`) || !strings.Contains(html, "<h2>Corrections</h2>") {
		t.Errorf("html digest:\n%s", html)
	}
	for _, q := range []string{"week=2024-W54", "week=24", "format=pdf"} {
		if code, _, _ := get(t, srv.URL+"/api/v1/digest?"+q); code != http.StatusBadRequest {
			t.Errorf("%s: status %d, want 400", q, code)
		}
	}
	// The Go entry point for citctl gives the same Markdown.
	var b strings.Builder
	if err := statssvc.Digest(t.Context(), st, time.Date(2024, 6, 12, 15, 0, 0, 0, time.UTC), &b, "md"); err != nil {
		t.Fatal(err)
	}
	if b.String() != body {
		t.Errorf("Digest() differs from the API:\n%s\nvs\n%s", b.String(), body)
	}
}

func TestRateLimitAndCache(t *testing.T) {
	now := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	srv, st := newServer(t, statssvc.WithRateLimit(1, 3), statssvc.WithClock(func() time.Time { return now }), statssvc.WithCacheTTL(time.Minute))
	var codes []int
	for range 4 {
		code, _, _ := get(t, srv.URL+"/api/v1/summary")
		codes = append(codes, code)
	}
	if codes[0] != 200 || codes[2] != 200 || codes[3] != http.StatusTooManyRequests {
		t.Errorf("codes under a burst of 3 = %v, want 200 200 200 429", codes)
	}
	if code, _, _ := get(t, srv.URL+"/static/app.js"); code != http.StatusOK {
		t.Errorf("static assets are rate limited: %d", code)
	}
	now = now.Add(2 * time.Second) // two more tokens
	// Answers are cached by the generation of the read model's data, so a new
	// incident shows at once however long the cache TTL is.
	if err := st.InsertIncidents(t.Context(), []cit.Incident{inc("inc-z", 1, "Zeta", "JP", cit.SectorPharma, cit.AttackMalware, "2025-03-01", "cz")}); err != nil {
		t.Fatal(err)
	}
	_, _, body := get(t, srv.URL+"/api/v1/summary")
	if n := decode[struct{ Incidents int }](t, body).Incidents; n != 5 {
		t.Errorf("summary after an insert = %d incidents, want 5 (read-your-writes)", n)
	}
}

// TestMaxStaleness: with a staleness bound, a request may be answered from
// data refreshed up to that long before it arrived; without one, every
// incident stored before the request counts, updates and merges included.
func TestMaxStaleness(t *testing.T) {
	for _, tt := range []struct {
		name  string
		opts  []statssvc.Option
		fresh bool // the writes show
	}{
		{"read your writes", nil, true},
		{"an hour stale", []statssvc.Option{statssvc.WithMaxStaleness(time.Hour)}, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			srv, st := newServer(t, tt.opts...)
			_, _, body := get(t, srv.URL+"/api/v1/summary")
			if n := decode[store.Summary](t, body).Incidents; n != 4 {
				t.Fatalf("summary before = %d incidents, want 4", n)
			}
			// A new incident, and inc-b merged away by a new version: 4 again, but other countries.
			b2 := inc("inc-b", 2, "CHU Rennes", "FR", cit.SectorCareProvider, cit.AttackRansomware, "2024-06-10", "c3")
			b2.Status, b2.MergedInto = cit.StatusMerged, "inc-a"
			if err := st.InsertIncidents(t.Context(), []cit.Incident{b2,
				inc("inc-z", 1, "Zeta", "JP", cit.SectorPharma, cit.AttackMalware, "2025-03-01", "cz")}); err != nil {
				t.Fatal(err)
			}
			_, _, body = get(t, srv.URL+"/api/v1/breakdown/country")
			got := map[string]uint64{}
			for _, c := range decode[countsAnswer](t, body).Counts {
				got[c.Key] = c.Incidents
			}
			fresh := got["JP"] == 1 && got["FR"] == 0
			stale := got["JP"] == 0 && got["FR"] == 1
			if tt.fresh && !fresh || !tt.fresh && !stale {
				t.Errorf("by country after the writes = %v, want the writes shown: %v", got, tt.fresh)
			}
		})
	}
}
