package source

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"
)

func TestDeploySourcesFile(t *testing.T) {
	t.Parallel()
	cfg, err := LoadFile(filepath.Join("..", "..", "deploy", "sources.yaml"))
	if err != nil {
		t.Fatalf("deploy/sources.yaml: %v", err)
	}
	enabled := cfg.Enabled()
	if len(enabled) < 25 {
		t.Errorf("%d enabled sources, want at least 25", len(enabled))
	}
	langs := map[string]bool{}
	cats := map[string]bool{}
	for _, s := range enabled {
		langs[s.Lang] = true
		cats[s.Category] = true
		if s.Schedule == "" || s.Line == 0 {
			t.Errorf("source %s: schedule %q, line %d; want defaults applied and the line kept", s.Name, s.Schedule, s.Line)
		}
	}
	if len(langs) < 6 {
		t.Errorf("languages %v, want at least 6", langs)
	}
	for _, c := range []string{"health_it_news", "cyber_news", "cert", "regulator", "leak_tracker"} {
		if !cats[c] {
			t.Errorf("no enabled source of category %s", c)
		}
	}
}

func TestParseReportsLines(t *testing.T) {
	t.Parallel()
	doc := `defaults:
  schedule: "0 6 * * 1"
sources:
  - name: good
    kind: rss
    url: https://example.org/feed
  - name: bad-kind
    kind: pdf
    url: https://example.org/x
  - name: bad-url
    kind: rss
    url: ftp://example.org/x
  - name: Bad Name
    kind: rss
    url: https://example.org/y
  - name: bad-cron
    kind: rss
    url: https://example.org/z
    schedule: "every monday"
  - name: html-no-selectors
    kind: html
    url: https://example.org/list
  - name: html-bad-selector
    kind: html
    url: https://example.org/list
    selectors:
      item: "tr[["
  - name: good
    kind: rss
    url: https://example.org/again
    lnag: en
  - name: bad-lang
    kind: rss
    url: https://example.org/l
    lang: English
    country: fr
`
	_, err := Parse([]byte(doc))
	if err == nil {
		t.Fatal("Parse accepted a file with bad entries")
	}
	msg := err.Error()
	for _, want := range []string{
		`line 8: source "bad-kind": kind "pdf" is not one of`,
		`line 12: source "bad-url": url "ftp://example.org/x" must be an absolute http or https URL`,
		`line 13: source "Bad Name": name "Bad Name" must be lower-case`,
		`line 19: source "bad-cron": schedule "every monday" is not a 5-field cron expression`,
		`line 20: source "html-no-selectors": html source: selectors: item is required`,
		`line 27: source "html-bad-selector": html source: selectors: item "tr[["`,
		`line 28: source "good": duplicate name (first at line 4)`,
		`line 31: source "good": unknown key "lnag"`,
		`line 35: source "bad-lang": lang "English" must be a lower-case ISO 639-1 code`,
		`line 36: source "bad-lang": country "fr" must be an upper-case ISO 3166-1 alpha-2 code`,
	} {
		if !strings.Contains(msg, want) {
			t.Errorf("error lacks %q\nfull error:\n%s", want, msg)
		}
	}
	var le *LineError
	if !errors.As(err, &le) {
		t.Errorf("error %T is not a *LineError", err)
	}
	if strings.Contains(msg, `"good": kind`) || strings.Contains(msg, "line 4:") {
		t.Errorf("the valid entry was reported:\n%s", msg)
	}
}

func TestParseStructural(t *testing.T) {
	t.Parallel()
	for _, doc := range []string{"", "- a\n- b\n", "sources: 3\n", "sources:\n  - 7\n", "sources: [\n"} {
		if _, err := Parse([]byte(doc)); err == nil {
			t.Errorf("Parse(%q) accepted", doc)
		}
	}
}

func TestDefaultsApplied(t *testing.T) {
	t.Parallel()
	cfg, err := Parse([]byte("sources:\n  - {name: a, kind: rss, url: 'https://e.org/f'}\n"))
	if err != nil {
		t.Fatal(err)
	}
	if s := cfg.Sources[0]; s.Schedule != DefaultSchedule || cfg.Defaults.Jitter != DefaultJitter {
		t.Errorf("schedule %q jitter %s, want the weekly default and default jitter", s.Schedule, cfg.Defaults.Jitter)
	}
}
