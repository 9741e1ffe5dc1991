// Package source loads and validates the collector's list of sources
// (deploy/sources.yaml): what to fetch, how to parse it, in which language,
// for which country, and on which schedule. A bad entry is reported with its
// line number and what is wrong with it.
package source

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/cit-health/cit/pkg/cit"
	"github.com/cit-health/cit/pkg/feed"
	"github.com/robfig/cron/v3"
	"gopkg.in/yaml.v3"
)

// DefaultSchedule runs a source weekly, Monday 06:00 (in the scheduler's
// time zone, UTC by default).
const DefaultSchedule = "0 6 * * 1"

// DefaultJitter spreads the sources that share a schedule.
const DefaultJitter = 30 * time.Minute

// Categories of sources, for documentation and filtering.
var Categories = []string{"health_it_news", "cyber_news", "cert", "health_agency", "breach_portal", "leak_tracker", "regulator"}

// Source is one configured source.
type Source struct {
	Name     string `yaml:"name"`
	Kind     string `yaml:"kind"`
	URL      string `yaml:"url"`
	Lang     string `yaml:"lang,omitempty"`    // ISO 639-1; "" detects per item
	Country  string `yaml:"country,omitempty"` // ISO 3166-1 alpha-2 the source covers
	Category string `yaml:"category,omitempty"`
	Schedule string `yaml:"schedule,omitempty"` // 5-field cron; "" takes the defaults
	// Selectors locate items on an HTML listing page (kind html).
	Selectors feed.Selectors `yaml:"selectors,omitempty"`
	// FetchArticle fetches each new item's page and extracts its main text
	// when the feed carries only a teaser.
	FetchArticle bool `yaml:"fetch_article,omitempty"`
	// History marks a source whose document holds its whole history (a
	// breach portal export, a tracker dump), which backfill can replay.
	History bool `yaml:"history,omitempty"`
	// Disabled keeps an entry in the file without collecting it.
	Disabled bool   `yaml:"disabled,omitempty"`
	Notes    string `yaml:"notes,omitempty"`

	// Line is the entry's line in the file (0 when not loaded from one).
	Line int `yaml:"-"`
}

// Config is the whole file.
type Config struct {
	Defaults struct {
		Schedule string        `yaml:"schedule"`
		Jitter   time.Duration `yaml:"jitter"`
		TimeZone string        `yaml:"timezone"`
	} `yaml:"defaults"`
	Sources []Source `yaml:"sources"`
}

// Enabled returns the sources that are not disabled.
func (c *Config) Enabled() []Source {
	var out []Source
	for _, s := range c.Sources {
		if !s.Disabled {
			out = append(out, s)
		}
	}
	return out
}

// Find returns the source with the given name.
func (c *Config) Find(name string) (Source, bool) {
	for _, s := range c.Sources {
		if s.Name == name {
			return s, true
		}
	}
	return Source{}, false
}

// LineError is one problem in the file, at a line.
type LineError struct {
	Line   int
	Source string // entry name, when known
	Msg    string
}

func (e *LineError) Error() string {
	if e.Source != "" {
		return fmt.Sprintf("line %d: source %q: %s", e.Line, e.Source, e.Msg)
	}
	return fmt.Sprintf("line %d: %s", e.Line, e.Msg)
}

// LoadFile reads and validates a sources file.
func LoadFile(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("load sources: %w", err)
	}
	cfg, err := Parse(data)
	if err != nil {
		return nil, fmt.Errorf("load sources %s: %w", path, err)
	}
	return cfg, nil
}

// Load reads and validates a sources document from r.
func Load(r io.Reader) (*Config, error) {
	data, err := io.ReadAll(io.LimitReader(r, 8<<20))
	if err != nil {
		return nil, fmt.Errorf("load sources: %w", err)
	}
	return Parse(data)
}

var (
	nameRe = regexp.MustCompile(`^[a-z0-9][a-z0-9._-]{0,63}$`)
	langRe = regexp.MustCompile(`^[a-z]{2}$`)
	ccRe   = regexp.MustCompile(`^[A-Z]{2}$`)
	kinds  = []string{cit.KindRSS, cit.KindAtom, cit.KindJSONFeed, cit.KindCSV, cit.KindHTML, cit.KindJSON}
)

var knownKeys = map[string]bool{
	"name": true, "kind": true, "url": true, "lang": true, "country": true, "category": true, "schedule": true,
	"selectors": true, "fetch_article": true, "history": true, "disabled": true, "notes": true,
}

// Parse decodes and validates a sources document. Every problem found is
// returned, joined, each a *LineError naming the line and the entry.
// Defaults are applied to the returned sources (schedule).
func Parse(data []byte) (*Config, error) {
	var root yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&root); err != nil {
		return nil, fmt.Errorf("parse sources yaml: %w", err)
	}
	if len(root.Content) == 0 || root.Content[0].Kind != yaml.MappingNode {
		return nil, &LineError{Line: root.Line, Msg: "the document must be a mapping with a sources list"}
	}
	doc := root.Content[0]
	cfg := &Config{}
	var errs []error
	sourcesNode := mapValue(doc, "sources")
	if sourcesNode == nil || sourcesNode.Kind != yaml.SequenceNode {
		return nil, &LineError{Line: doc.Line, Msg: "missing sources: a list of entries"}
	}
	if d := mapValue(doc, "defaults"); d != nil {
		if err := d.Decode(&cfg.Defaults); err != nil {
			errs = append(errs, &LineError{Line: d.Line, Msg: "defaults: " + err.Error()})
		}
	}
	if cfg.Defaults.Schedule == "" {
		cfg.Defaults.Schedule = DefaultSchedule
	} else if _, err := cron.ParseStandard(cfg.Defaults.Schedule); err != nil {
		errs = append(errs, &LineError{Line: mapValue(mapValue(doc, "defaults"), "schedule").Line, Msg: fmt.Sprintf("defaults: schedule %q: %v", cfg.Defaults.Schedule, err)})
	}
	if cfg.Defaults.Jitter == 0 {
		cfg.Defaults.Jitter = DefaultJitter
	}
	if tz := cfg.Defaults.TimeZone; tz != "" {
		if _, err := time.LoadLocation(tz); err != nil {
			errs = append(errs, &LineError{Line: doc.Line, Msg: fmt.Sprintf("defaults: timezone %q: %v", tz, err)})
		}
	}
	firstLine := map[string]int{}
	for _, n := range sourcesNode.Content {
		s, entryErrs := decodeEntry(n, cfg.Defaults.Schedule)
		errs = append(errs, entryErrs...)
		if s.Name != "" {
			if l, dup := firstLine[s.Name]; dup {
				errs = append(errs, &LineError{Line: n.Line, Source: s.Name, Msg: fmt.Sprintf("duplicate name (first at line %d)", l)})
			} else {
				firstLine[s.Name] = n.Line
			}
		}
		cfg.Sources = append(cfg.Sources, s)
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return cfg, nil
}

// decodeEntry decodes and checks one entry, reporting each problem at the
// line of the offending key when there is one.
func decodeEntry(n *yaml.Node, defaultSchedule string) (Source, []error) {
	var s Source
	if n.Kind != yaml.MappingNode {
		return s, []error{&LineError{Line: n.Line, Msg: "entry must be a mapping (name, kind, url, …)"}}
	}
	s.Line = n.Line
	var errs []error
	fail := func(key, format string, args ...any) {
		line := n.Line
		if v := mapValue(n, key); v != nil {
			line = v.Line
		}
		errs = append(errs, &LineError{Line: line, Source: s.Name, Msg: fmt.Sprintf(format, args...)})
	}
	if err := n.Decode(&s); err != nil {
		var te *yaml.TypeError
		if errors.As(err, &te) {
			return s, []error{&LineError{Line: n.Line, Source: s.Name, Msg: strings.Join(te.Errors, "; ")}}
		}
		return s, []error{&LineError{Line: n.Line, Msg: err.Error()}}
	}
	s.Line = n.Line
	for i := 0; i+1 < len(n.Content); i += 2 {
		if k := n.Content[i]; !knownKeys[k.Value] {
			errs = append(errs, &LineError{Line: k.Line, Source: s.Name, Msg: fmt.Sprintf("unknown key %q", k.Value)})
		}
	}
	switch {
	case s.Name == "":
		fail("name", "name is required")
	case !nameRe.MatchString(s.Name):
		fail("name", "name %q must be lower-case letters, digits, '.', '_' or '-' (at most 64)", s.Name)
	}
	if !slices.Contains(kinds, s.Kind) {
		fail("kind", "kind %q is not one of %s", s.Kind, strings.Join(kinds, ", "))
	}
	if u, err := url.Parse(s.URL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		fail("url", "url %q must be an absolute http or https URL", s.URL)
	}
	if s.Lang != "" && !langRe.MatchString(s.Lang) {
		fail("lang", "lang %q must be a lower-case ISO 639-1 code such as en or fr", s.Lang)
	}
	if s.Country != "" && !ccRe.MatchString(s.Country) {
		fail("country", "country %q must be an upper-case ISO 3166-1 alpha-2 code such as US or FR", s.Country)
	}
	if s.Category != "" && !slices.Contains(Categories, s.Category) {
		fail("category", "category %q is not one of %s", s.Category, strings.Join(Categories, ", "))
	}
	if s.Schedule == "" {
		s.Schedule = defaultSchedule
	} else if _, err := cron.ParseStandard(s.Schedule); err != nil {
		fail("schedule", "schedule %q is not a 5-field cron expression: %v", s.Schedule, err)
	}
	if s.Kind == cit.KindHTML {
		if err := s.Selectors.Validate(); err != nil {
			fail("selectors", "html source: %v", err)
		}
	} else if s.Selectors != (feed.Selectors{}) {
		fail("selectors", "selectors apply only to kind html")
	}
	return s, errs
}

// mapValue returns the value node of key in a mapping node, or nil.
func mapValue(n *yaml.Node, key string) *yaml.Node {
	if n == nil || n.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return n.Content[i+1]
		}
	}
	return nil
}
