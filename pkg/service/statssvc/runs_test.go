package statssvc_test

import (
	"context"
	"net/http"
	"strings"
	"testing"

	"github.com/cit-health/cit/pkg/cit"
)

func TestRunsAPIAndSourcesPage(t *testing.T) {
	srv, st := newServer(t)
	_, _, body := get(t, srv.URL+"/api/v1/runs")
	if strings.TrimSpace(body) != "[]" {
		t.Errorf("runs before any collection = %s, want []", body)
	}
	if code, _, page := get(t, srv.URL+"/sources"); code != http.StatusOK || !strings.Contains(page, "No collection has run yet") {
		t.Errorf("sources page before any run: %d", code)
	}
	runs := []cit.RunReport{
		{RunID: "r1", Source: "hipaa-journal", StartedAt: "2024-01-01T06:00:00Z", Fetched: 20, New: 20, DurationMS: 1500},
		{RunID: "r2", Source: "hipaa-journal", StartedAt: "2024-01-08T06:00:00Z", Fetched: 20, New: 3, Unchanged: 17, DurationMS: 900},
		{RunID: "r2", Source: "heise-security", StartedAt: "2024-01-08T06:00:02Z", Errors: 1, Error: "dial tcp: lookup heise.de: no such host"},
	}
	if err := st.InsertRuns(context.Background(), runs); err != nil {
		t.Fatal(err)
	}
	_, _, body = get(t, srv.URL+"/api/v1/runs")
	got := decode[[]cit.RunReport](t, body)
	if len(got) != 2 {
		t.Fatalf("runs = %+v, want the latest of each of 2 sources", got)
	}
	for _, r := range got {
		if r.Source == "hipaa-journal" && (r.RunID != "r2" || r.New != 3 || r.Unchanged != 17) {
			t.Errorf("hipaa-journal latest run = %+v", r)
		}
	}
	code, _, page := get(t, srv.URL+"/sources")
	if code != http.StatusOK {
		t.Fatalf("sources page: %d", code)
	}
	for _, want := range []string{"hipaa-journal", "heise-security", "no such host", "1 source failed"} {
		if !strings.Contains(page, want) {
			t.Errorf("sources page lacks %q", want)
		}
	}
}
