package statssvc_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

func repoFile(t *testing.T, parts ...string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(append([]string{"..", "..", ".."}, parts...)...))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestOpenAPIDocumentsEveryRoute keeps docs/api/openapi.yaml in step with the
// routes NewHandler registers.
func TestOpenAPIDocumentsEveryRoute(t *testing.T) {
	t.Parallel()
	var doc struct {
		Paths map[string]any `yaml:"paths"`
	}
	if err := yaml.Unmarshal(repoFile(t, "docs", "api", "openapi.yaml"), &doc); err != nil {
		t.Fatalf("parse openapi.yaml: %v", err)
	}
	src := string(repoFile(t, "pkg", "service", "statssvc", "statssvc.go"))
	routes := regexp.MustCompile(`"GET (/api/v1/[^"]+)"`).FindAllStringSubmatch(src, -1)
	if len(routes) < 10 {
		t.Fatalf("found only %d API routes in statssvc.go", len(routes))
	}
	for _, r := range routes {
		if _, ok := doc.Paths[r[1]]; !ok {
			t.Errorf("route %s is not documented in docs/api/openapi.yaml", r[1])
		}
	}
	if len(doc.Paths) != len(routes) {
		t.Errorf("openapi.yaml has %d paths, the handler %d routes", len(doc.Paths), len(routes))
	}
}

// TestGrafanaDashboardQueriesRun runs every panel and variable query of the
// provisioned dashboard on ClickHouse, with Grafana's macros and variables
// substituted.
func TestGrafanaDashboardQueriesRun(t *testing.T) {
	_, st := newServer(t)
	var dash struct {
		Panels []struct {
			Title   string
			Targets []struct {
				RawSQL string `json:"rawSql"`
			}
		}
		Templating struct{ List []struct{ Query string } }
	}
	if err := json.Unmarshal(repoFile(t, "deploy", "grafana", "dashboards", "cit-health.json"), &dash); err != nil {
		t.Fatalf("parse dashboard: %v", err)
	}
	r := strings.NewReplacer("$__fromTime", "toDateTime('2015-01-01 00:00:00')", "$__toTime", "now()",
		"${country}", "FR", "${attack_type}", "all", "incident_facts", st.Database()+".incident_facts")
	var queries []string
	for _, p := range dash.Panels {
		for _, q := range p.Targets {
			queries = append(queries, q.RawSQL)
		}
	}
	for _, v := range dash.Templating.List {
		queries = append(queries, v.Query)
	}
	if len(queries) < 10 {
		t.Fatalf("only %d queries in the dashboard", len(queries))
	}
	for _, q := range queries {
		rows, err := st.Conn().Query(context.Background(), r.Replace(q))
		if err != nil {
			t.Errorf("query %q: %v", q, err)
			continue
		}
		n := 0
		for rows.Next() {
			n++
		}
		rows.Close()
		if n == 0 && !strings.Contains(q, "threat_actor != ''") { // the fixture names no threat actor
			t.Errorf("query %q returned no rows for FR", q)
		}
	}
}
