package feed

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/cit-health/cit/pkg/cit"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden from the current output")

// fixtureDir is the shared data folder, ../shared/data from the repo root.
func fixtureDir(t testing.TB) string {
	t.Helper()
	dir := filepath.Join("..", "..", "..", "shared", "data", "fixtures")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("fixtures absent at %s (expected ../shared/data beside the repository): %v", dir, err)
	}
	return dir
}

func readFixture(t testing.TB, rel string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(fixtureDir(t), rel))
	if err != nil {
		t.Fatalf("read fixture: %v", err)
	}
	return data
}

var fixedNow = time.Date(2026, 8, 27, 6, 0, 0, 0, time.UTC)

// fixtures lists the real documents with the options a source would pass.
var fixtures = []struct {
	name, file, kind string
	opts             Options
}{
	{"therecord", "rss/therecord_feed.xml", cit.KindRSS, Options{Source: "therecord"}},
	{"bleepingcomputer", "rss/bleepingcomputer_feed.xml", cit.KindRSS, Options{Source: "bleepingcomputer"}},
	{"hhs_ocr", "hhs_ocr/hhs_breach_report_2023-2024.csv", cit.KindCSV, Options{Source: "hhs-ocr", SourceCountry: "US"}},
	{"ransomwatch_posts", "leak_tracker/ransomwatch_posts_2024-04-23.json", cit.KindJSON, Options{Source: "ransomwatch"}},
	{"ransomwatch_rss", "leak_tracker/ransomwatch_rss_2024-04-23.xml", cit.KindRSS, Options{Source: "ransomwatch-rss"}},
}

func TestDetectKindFixtures(t *testing.T) {
	for _, f := range fixtures {
		t.Run(f.name, func(t *testing.T) {
			if got := DetectKind(readFixture(t, f.file)); got != f.kind {
				t.Errorf("DetectKind(%s) = %q, want %q", f.file, got, f.kind)
			}
		})
	}
}

// TestGolden compares each fixture's candidates with testdata/<name>.golden
// (JSON Lines; large fixtures keep their first 40 items plus a count line).
func TestGolden(t *testing.T) {
	for _, f := range fixtures {
		t.Run(f.name, func(t *testing.T) {
			opts := f.opts
			opts.Now = fixedNow
			got, err := Parse(readFixture(t, f.file), opts)
			if err != nil {
				t.Fatalf("Parse(%s): %v", f.file, err)
			}
			var b strings.Builder
			b.WriteString(`{"items":` + itoa(len(got)) + "}\n")
			for _, c := range got[:min(len(got), 40)] {
				line, _ := json.Marshal(c)
				b.Write(line)
				b.WriteByte('\n')
			}
			path := filepath.Join("testdata", f.name+".golden")
			if *update {
				if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("read golden (run go test -update to create it): %v", err)
			}
			if b.String() != string(want) {
				t.Errorf("Parse(%s) differs from %s; review the diff and run go test -update if intended\n got: %.2000s", f.file, path, b.String())
			}
		})
	}
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }
