// Package feed turns one saved or fetched source document into candidate
// reports: RSS and Atom feeds, JSON Feed, the HHS OCR breach portal CSV,
// leak-site tracker JSON (ransomwatch, ransomware.live) and HTML listing
// pages scraped by configured CSS selectors.
//
// The package is pure: Parse takes bytes and options and returns values. It
// does no I/O and reads no clock (the caller passes Options.Now). Bad input
// ends in an error that names the cause, never in a panic.
package feed

import (
	"errors"
	"fmt"
	"time"

	"github.com/cit-health/cit/pkg/cit"
)

// MaxDocumentSize is the largest document Parse accepts. The fetch client
// caps bodies well below it; the check guards callers that read files.
const MaxDocumentSize = 64 << 20

// Sentinel errors, checked with errors.Is.
var (
	ErrEmpty       = errors.New("feed: empty document")
	ErrTooLarge    = errors.New("feed: document too large")
	ErrUnknownKind = errors.New("feed: unknown document kind")
	ErrNotAFeed    = errors.New("feed: document is HTML, not a feed")
	ErrBinary      = errors.New("feed: document is binary, not text")
	ErrNoSelectors = errors.New("feed: html source needs an item selector")
	ErrUnsupported = errors.New("feed: unsupported document layout")
)

// Selectors tell the HTML parser where the items of a listing page are. Item
// selects one element per item; the others are evaluated inside it. An empty
// Title takes the item's first heading, an empty Link its first a[href], an
// empty Summary its text without the title. Date text is parsed with
// DateLayout when set, else with a list of common layouts.
type Selectors struct {
	Item       string `yaml:"item" json:"item"`
	Title      string `yaml:"title,omitempty" json:"title,omitempty"`
	Link       string `yaml:"link,omitempty" json:"link,omitempty"`
	Date       string `yaml:"date,omitempty" json:"date,omitempty"`
	DateAttr   string `yaml:"date_attr,omitempty" json:"date_attr,omitempty"` // read the date from this attribute (e.g. datetime)
	DateLayout string `yaml:"date_layout,omitempty" json:"date_layout,omitempty"`
	Summary    string `yaml:"summary,omitempty" json:"summary,omitempty"`
}

// Options describe the document being parsed.
type Options struct {
	// Kind is one of the cit.Kind* values; "" detects it from the content.
	Kind string
	// Source is the configured source name; it is part of every candidate id.
	Source string
	// SourceCountry is the ISO 3166-1 alpha-2 country the source covers.
	SourceCountry string
	// Lang is the source's language; "" takes the document's own
	// declaration, else a detection on each item's text.
	Lang string
	// Now stamps Candidate.FetchedAt; the zero time leaves it empty.
	Now time.Time
	// BaseURL resolves relative links (the URL the document came from).
	BaseURL string
	// ContentType is the HTTP Content-Type header, if known; its charset
	// parameter is honoured when the document does not declare one.
	ContentType string
	// Selectors locate items on an HTML listing page (Kind "html").
	Selectors Selectors
}

// Parse turns one document into candidates. It converts the text to UTF-8,
// detects the kind when opts.Kind is empty, and returns the items in document
// order. A document of a known kind with no items gives an empty slice and a
// nil error. It never panics.
func Parse(data []byte, opts Options) ([]cit.Candidate, error) {
	if len(data) > MaxDocumentSize {
		return nil, fmt.Errorf("parse %d bytes: %w", len(data), ErrTooLarge)
	}
	text, err := toUTF8(data, opts.ContentType)
	if err != nil {
		return nil, err
	}
	if len(trimSpaceBytes(text)) == 0 {
		return nil, ErrEmpty
	}
	detected := detectKindUTF8(text)
	kind := opts.Kind
	if kind == "" {
		kind = detected
	}
	p := parser{opts: opts, kind: kind}
	out, err := p.parse(text, detected)
	if err != nil {
		return nil, err
	}
	return uniqueIDs(out, opts.Source), nil
}

func (p parser) parse(text []byte, detected string) ([]cit.Candidate, error) {
	switch p.kind {
	case cit.KindRSS, cit.KindAtom, cit.KindJSONFeed:
		if detected == cit.KindHTML {
			return nil, fmt.Errorf("parse %s: %w", p.kind, ErrNotAFeed)
		}
		return p.parseFeed(text)
	case cit.KindCSV:
		return p.parseCSV(text)
	case cit.KindJSON:
		return p.parseJSON(text)
	case cit.KindHTML:
		return p.parseHTML(text)
	case "":
		if looksBinary(text) {
			return nil, ErrBinary
		}
		return nil, ErrUnknownKind
	default:
		return nil, fmt.Errorf("parse kind %q: %w", p.kind, ErrUnknownKind)
	}
}

// uniqueIDs gives the second and later items that share an id within one
// document an id of their own, derived from the first and their rank, so
// that distinct rows with the same identifying fields both survive and keep
// stable ids.
func uniqueIDs(cs []cit.Candidate, source string) []cit.Candidate {
	seen := make(map[string]int, len(cs))
	for i := range cs {
		id := cs[i].ID
		if n := seen[id]; n > 0 {
			cs[i].ID = ItemID(source, fmt.Sprintf("%s#%d", id, n+1))
		}
		seen[id]++
	}
	return cs
}

// DetectKind names the kind of a document from its content: "rss", "atom",
// "jsonfeed", "csv", "html", "json", or "" when unknown.
func DetectKind(data []byte) string {
	if len(data) > MaxDocumentSize {
		data = data[:MaxDocumentSize]
	}
	text, err := toUTF8(data, "")
	if err != nil {
		return ""
	}
	return detectKindUTF8(text)
}

// parser carries the options of one Parse call.
type parser struct {
	opts Options
	kind string
}

// newCandidate fills the fields every candidate of the document shares.
func (p parser) newCandidate() cit.Candidate {
	c := cit.Candidate{
		Source:        p.opts.Source,
		SourceKind:    p.kind,
		SourceCountry: p.opts.SourceCountry,
	}
	if !p.opts.Now.IsZero() {
		c.FetchedAt = p.opts.Now.UTC().Format(time.RFC3339)
	}
	return c
}
