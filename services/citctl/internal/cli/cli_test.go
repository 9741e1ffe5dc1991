package cli_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"

	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/cit-health/cit/pkg/cit"
	"github.com/cit-health/cit/services/citctl/internal/cli"
)

// run runs citctl in process with the given stdin and no environment.
func run(t *testing.T, stdin string, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errb bytes.Buffer
	err = cli.Run(context.Background(), args, cli.IO{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb,
		Getenv: func(string) string { return "" }})
	return out.String(), errb.String(), err
}

func fixture(t *testing.T, rel string) string {
	t.Helper()
	p := filepath.Join("..", "..", "..", "..", "..", "shared", "data", "fixtures", rel)
	if _, err := os.Stat(p); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("fixture %s missing: %v", rel, err)
		}
		t.Skipf("fixture %s missing: %v", rel, err)
	}
	return p
}

func jsonLines(t *testing.T, s string) []map[string]any {
	t.Helper()
	var out []map[string]any
	sc := bufio.NewScanner(strings.NewReader(s))
	sc.Buffer(nil, 16<<20)
	for sc.Scan() {
		var m map[string]any
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatalf("output line %q is not JSON: %v", sc.Text(), err)
		}
		out = append(out, m)
	}
	return out
}

func TestCollectFileFollowsTheCandidateContract(t *testing.T) {
	out, _, err := run(t, "", "collect", "--file", fixture(t, "rss/therecord_feed.xml"))
	if err != nil {
		t.Fatal(err)
	}
	lines := jsonLines(t, out)
	if len(lines) != 5 {
		t.Fatalf("got %d candidates from the 5-item feed", len(lines))
	}
	ids := map[any]bool{}
	for _, l := range lines {
		for _, key := range []string{"id", "source", "url", "title", "text", "published", "lang"} {
			if _, ok := l[key]; !ok {
				t.Errorf("candidate lacks %q: %v", key, l)
			}
		}
		if l["source"] != "therecord_feed" {
			t.Errorf("source = %v, want the file's base name", l["source"])
		}
		ids[l["id"]] = true
	}
	if len(ids) != 5 {
		t.Errorf("ids are not distinct: %v", ids)
	}
	// The same document gives the same ids: they are stable keys.
	again, _, err := run(t, "", "collect", "--file", fixture(t, "rss/therecord_feed.xml"), "--source", "therecord_feed")
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range jsonLines(t, again) {
		if !ids[l["id"]] {
			t.Errorf("id %v changed between two parses", l["id"])
		}
	}
}

func TestCollectErrorsNameTheSourceAndCause(t *testing.T) {
	dir := t.TempDir()
	junk := filepath.Join(dir, "junk.xml")
	if err := os.WriteFile(junk, []byte("\x00\x01\x02 not a feed \xff\xfe"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name  string
		args  []string
		usage bool
		want  string
	}{
		{"no input", []string{"collect"}, true, "exactly one of --file or --url"},
		{"both inputs", []string{"collect", "--file", junk, "--url", "https://example.org/"}, true, "exactly one"},
		{"missing file", []string{"collect", "--file", filepath.Join(dir, "nope.xml")}, false, "source nope"},
		{"binary junk", []string{"collect", "--file", junk}, false, "source junk"},
		{"bad url", []string{"collect", "--url", "not a url"}, true, "not an absolute URL"},
		{"unknown command", []string{"colect"}, true, "unknown command"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := run(t, "", tc.args...)
			if err == nil {
				t.Fatalf("citctl %v: no error", tc.args)
			}
			var usage *cli.UsageError
			if errors.As(err, &usage) != tc.usage {
				t.Errorf("citctl %v: usage error = %v, want %v (%v)", tc.args, !tc.usage, tc.usage, err)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("citctl %v: error %q does not mention %q", tc.args, err, tc.want)
			}
		})
	}
}

const twoReports = `{"id":"a1","source":"x","url":"https://example.org/a","title":"Ransomware attack on Rennes University Hospital disrupts care","text":"The CHU de Rennes said a ransomware attack forced it to cancel operations and divert ambulances.","published":"2021-11-15","lang":"en","label":{"keep":"me"},"meta":{"k":1}}
{"id":"a2","source":"y","url":"https://example.org/b","title":"Rennes University Hospital hit by ransomware, operations cancelled","text":"A ransomware attack on Rennes University Hospital forced the cancellation of operations and the diversion of ambulances.","published":"2021-11-16","lang":"en"}
{"id":"b1","source":"y","url":"https://example.org/c","title":"New flu vaccine approved for the elderly","text":"Health authorities approved a new influenza vaccine.","published":"2021-11-16","lang":"en"}
`

func TestClassifyAddsClassificationAndKeepsOtherFields(t *testing.T) {
	out, _, err := run(t, twoReports, "classify")
	if err != nil {
		t.Fatal(err)
	}
	lines := jsonLines(t, out)
	if len(lines) != 3 {
		t.Fatalf("got %d lines for 3 in", len(lines))
	}
	first := lines[0]
	if first["label"].(map[string]any)["keep"] != "me" || first["meta"] == nil {
		t.Errorf("unknown fields were not passed through: %v", first)
	}
	for i, l := range lines {
		c, ok := l["classification"].(map[string]any)
		if !ok {
			t.Fatalf("line %d has no classification", i+1)
		}
		for _, key := range []string{"is_health_cyberattack", "score", "verdict", "attack_type", "sector", "country",
			"victim", "threat_actor", "records_affected", "reasons"} {
			if _, ok := c[key]; !ok {
				t.Errorf("line %d classification lacks %q", i+1, key)
			}
		}
	}
	if v := lines[2]["classification"].(map[string]any)["verdict"]; v != "reject" {
		t.Errorf("flu vaccine news: verdict %v, want reject", v)
	}
	if v := lines[0]["classification"].(map[string]any)["attack_type"]; v != "ransomware" {
		t.Errorf("ransomware report: attack_type %v", v)
	}
}

func TestBadLinesAreSkippedWithTheirNumber(t *testing.T) {
	in := `{"id":"a","title":"Hospital hit by ransomware"}` + "\n" + `{"id": broken` + "\n" +
		`{"id":"c","title":["not","a","string"]}` + "\n" + `{"title":"Clinic reports data breach after hack"}` + "\n"
	for _, cmd := range []string{"classify", "dedup"} {
		out, stderr, err := run(t, in, cmd)
		if err == nil || !strings.Contains(err.Error(), "2 of 4 lines skipped") {
			t.Errorf("%s: error = %v, want one counting 2 of 4 lines skipped", cmd, err)
		}
		for _, want := range []string{"line 2 skipped: not a JSON object", "line 3 skipped: not a candidate"} {
			if !strings.Contains(stderr, want) {
				t.Errorf("%s: stderr %q does not say %q", cmd, stderr, want)
			}
		}
		lines := jsonLines(t, out)
		if len(lines) != 2 {
			t.Fatalf("%s: %d lines out, want the 2 good ones: %s", cmd, len(lines), out)
		}
		// a line without an id is processed and comes back as it came
		if _, ok := lines[1]["id"]; ok {
			t.Errorf("%s: an id was added to a line that had none: %v", cmd, lines[1])
		}
		key := map[string]string{"classify": "classification", "dedup": "incident_id"}[cmd]
		if lines[1][key] == nil {
			t.Errorf("%s: the line without an id got no %s", cmd, key)
		}
	}
}

func TestDedupGivesEveryLineAnIncident(t *testing.T) {
	classified, _, err := run(t, twoReports, "classify")
	if err != nil {
		t.Fatal(err)
	}
	out, _, err := run(t, classified, "dedup")
	if err != nil {
		t.Fatal(err)
	}
	lines := jsonLines(t, out)
	if len(lines) != 3 {
		t.Fatalf("got %d lines for 3 in", len(lines))
	}
	id := func(i int) string { s, _ := lines[i]["incident_id"].(string); return s }
	if id(0) == "" || id(1) == "" || id(2) == "" {
		t.Fatalf("a line lacks incident_id: %v %v %v", id(0), id(1), id(2))
	}
	if id(0) != id(1) {
		t.Errorf("two reports of the Rennes attack got %s and %s", id(0), id(1))
	}
	if id(2) == id(0) {
		t.Errorf("the flu news shares the attack's incident %s", id(0))
	}
	if lines[0]["label"] == nil {
		t.Error("dedup dropped the label field")
	}
}

func TestStatsSummaryValidatesFilters(t *testing.T) {
	for _, tc := range []struct{ args []string }{
		{[]string{"stats", "summary", "--country", "France"}},
		{[]string{"stats", "summary", "--attack-type", "flu"}},
		{[]string{"stats", "summary", "--from", "last week"}},
		{[]string{"stats"}},
	} {
		_, _, err := run(t, "", tc.args...)
		var usage *cli.UsageError
		if !errors.As(err, &usage) {
			t.Errorf("citctl %v: error %v, want a usage error", tc.args, err)
		}
	}
}

// TestDedupReadsLinesInDateOrder dedups the same real reports (every third
// dev.jsonl item with an incident key: PRC and HHS records of 2005–2013, in
// the file's order, grouped by source) forward and reversed. A file is read
// as history, by publication date then id, so the grouping must not depend
// on how the file is sorted. Read in file order, HHS filings all came after
// every PRC record and two reports changed incident when the file was
// reversed.
func TestDedupReadsLinesInDateOrder(t *testing.T) {
	f, err := os.Open(filepath.Join("..", "..", "..", "..", "..", "shared", "data", "dev.jsonl"))
	if err != nil {
		t.Skipf("dev data not found: %v", err)
	}
	defer f.Close()
	var items []cit.Classified
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for n := 0; sc.Scan(); {
		var l struct {
			ID, Title, Text string
			Published       *string
			Label           struct {
				IncidentKey *string `json:"incident_key"`
			}
		}
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			t.Fatal(err)
		}
		if l.Label.IncidentKey == nil {
			continue
		}
		if n++; n%3 != 1 {
			continue
		}
		c := cit.Candidate{ID: l.ID, Title: l.Title, Text: l.Text}
		if l.Published != nil {
			c.Published = *l.Published
		}
		items = append(items, cit.Classified{Candidate: c})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	groups := func(items []cit.Classified) map[string]string {
		_, final := cli.Dedup(items, now, nil)
		byInc := map[string][]string{}
		for id, inc := range final {
			byInc[inc] = append(byInc[inc], id)
		}
		g := map[string]string{}
		for _, ids := range byInc {
			slices.Sort(ids)
			for _, id := range ids {
				g[id] = ids[0] // name each group by its smallest member
			}
		}
		return g
	}
	forward := groups(items)
	slices.Reverse(items)
	reversed := groups(items)
	if len(forward) != len(items) {
		t.Fatalf("%d of %d reports in an incident", len(forward), len(items))
	}
	moved := 0
	for id, g := range forward {
		if reversed[id] != g {
			moved++
		}
	}
	if moved > 0 {
		t.Errorf("%d of %d reports changed incident when the file was reversed", moved, len(items))
	}
}
