package cli

import (
	"bufio"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/cit-health/cit/pkg/cit"
	"github.com/cit-health/cit/pkg/classify"
	"github.com/cit-health/cit/pkg/dedup"
	"github.com/cit-health/cit/pkg/feed"
)

const maxLine = 64 << 20

// line is one JSON Lines object: the decoded fields plus the raw object, so
// that fields a command does not know (label, meta, …) pass through intact.
type line struct {
	n   int
	raw map[string]json.RawMessage
}

// badLine is an input line's own fault (not JSON, not a candidate): the
// line is reported and skipped, and the others go on.
type badLine struct{ err error }

func (b badLine) Error() string { return b.err.Error() }
func (b badLine) Unwrap() error { return b.err }

// skippedLines is the error of a run that skipped bad lines; everything else
// was done.
type skippedLines struct{ skipped, total, first int }

func (s skippedLines) Error() string {
	return fmt.Sprintf("%d of %d lines skipped as bad input (the first at line %d, see above)", s.skipped, s.total, s.first)
}

// readLines calls f for every non-empty line of r. A line that is no JSON
// object, or that f finds bad (badLine), is reported on warn with its number
// and skipped, so that one bad line loses no other; the skippedLines error
// returned at the end counts them. Any other error from f stops the reading.
func readLines(r io.Reader, warn io.Writer, f func(l line) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<20), maxLine)
	n := 0
	var skip skippedLines
	bad := func(err error) {
		fmt.Fprintf(warn, "citctl: stdin line %d skipped: %v\n", n, err)
		if skip.skipped++; skip.first == 0 {
			skip.first = n
		}
	}
	for sc.Scan() {
		n++
		text := strings.TrimSpace(sc.Text())
		if text == "" {
			continue
		}
		var raw map[string]json.RawMessage
		if err := json.Unmarshal([]byte(text), &raw); err != nil {
			bad(fmt.Errorf("not a JSON object: %w", err))
			continue
		}
		if err := f(line{n: n, raw: raw}); err != nil {
			var b badLine
			if errors.As(err, &b) {
				bad(b.err)
				continue
			}
			return fmt.Errorf("stdin line %d: %w", n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read stdin after line %d: %w", n, err)
	}
	if skip.skipped > 0 {
		skip.total = n
		return skip
	}
	return nil
}

// decode decodes the line into v (unknown fields ignored).
func (l line) decode(v any) error {
	b, err := json.Marshal(l.raw)
	if err != nil {
		return err
	}
	return json.Unmarshal(b, v)
}

// with returns the line's object with key set to v.
func (l line) with(key string, v any) (map[string]json.RawMessage, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	out := make(map[string]json.RawMessage, len(l.raw)+1)
	for k, x := range l.raw {
		out[k] = x
	}
	out[key] = b
	return out, nil
}

// candidate decodes a line as a candidate. A line without an "id" is
// named by its line number ("stdin:7") for the run; its output keeps the
// object as it came.
func (l line) candidate() (cit.Classified, error) {
	var c cit.Classified
	if err := l.decode(&c); err != nil {
		return c, badLine{fmt.Errorf("not a candidate: %w", err)}
	}
	if c.ID == "" {
		c.ID = fmt.Sprintf("stdin:%d", l.n)
	}
	return c, nil
}

func runCollect(ctx context.Context, args []string, io IO) error {
	fs := newFlags("collect", io)
	file := fs.String("file", "", "saved source document to parse")
	url := fs.String("url", "", "URL of a source document to fetch and parse")
	kind := fs.String("kind", "", "rss|atom|jsonfeed|csv|html|json (detected from the content when empty)")
	source := fs.String("source", "", "source name (default: the file's base name or the URL's host)")
	country := fs.String("country", "", "ISO 3166-1 alpha-2 country the source covers")
	lang := fs.String("lang", "", "language of the source (detected when empty)")
	itemSel := fs.String("item-selector", "", "html: CSS selector of one item on a listing page")
	if err := parse(fs, args); err != nil {
		return err
	}
	if (*file == "") == (*url == "") {
		return usagef("collect needs exactly one of --file or --url")
	}
	opts := feed.Options{Kind: *kind, SourceCountry: strings.ToUpper(*country), Lang: *lang, Now: time.Now().UTC(),
		Selectors: feed.Selectors{Item: *itemSel}}
	var data []byte
	var err error
	if *file != "" {
		opts.Source = *source
		if opts.Source == "" {
			opts.Source = SourceNameForFile(*file)
		}
		data, err = os.ReadFile(*file)
		if err != nil {
			return fmt.Errorf("source %s: %w", opts.Source, err)
		}
	} else {
		opts.Source = *source
		data, opts, err = fetchDocument(ctx, *url, opts)
		if err != nil {
			return err
		}
	}
	cands, err := feed.Parse(data, opts)
	if err != nil {
		return fmt.Errorf("source %s: %w", opts.Source, err)
	}
	enc := json.NewEncoder(io.Stdout)
	enc.SetEscapeHTML(false)
	for _, c := range cands {
		if err := enc.Encode(c); err != nil {
			return fmt.Errorf("write candidates: %w", err)
		}
	}
	return nil
}

// SourceNameForFile names a saved document's source after its file name.
func SourceNameForFile(path string) string {
	base := filepath.Base(path)
	return strings.TrimSuffix(base, filepath.Ext(base))
}

func runClassify(_ context.Context, args []string, io IO) error {
	fs := newFlags("classify", io)
	accept := fs.Float64("accept", 0, "score at or above which a candidate is accepted (default: the model's)")
	review := fs.Float64("review", 0, "score at or above which a candidate goes to review (default: the model's)")
	if err := parse(fs, args); err != nil {
		return err
	}
	opts := classify.DefaultOptions()
	if *accept > 0 {
		opts.AcceptThreshold = *accept
	}
	if *review > 0 {
		opts.ReviewThreshold = *review
	}
	cls, err := classify.New(opts)
	if err != nil {
		return fmt.Errorf("load classifier: %w", err)
	}
	w := bufio.NewWriterSize(io.Stdout, 1<<16)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	prog, done := newTicker(io.Stderr, "classified", time.Now), 0
	err = readLines(io.Stdin, io.Stderr, func(l line) error {
		c, err := l.candidate()
		if err != nil {
			return err
		}
		out, err := l.with("classification", cls.Classify(c.Candidate))
		if err != nil {
			return err
		}
		done++
		prog.tick(done, 0)
		return enc.Encode(out)
	})
	if ferr := w.Flush(); err == nil && ferr != nil {
		err = fmt.Errorf("write stdout: %w", ferr)
	}
	if err == nil || errors.As(err, new(skippedLines)) {
		prog.finish(done)
	}
	return err
}

// dedupResult is what `citctl dedup` adds besides incident_id.
type dedupResult struct {
	Action     string        `json:"action"`
	Confidence float64       `json:"confidence"`
	Reasons    []cit.Reason  `json:"reasons,omitempty"`
	Candidates []dedup.Match `json:"candidates,omitempty"`
}

// Dedup links lines offline exactly as the pipeline does: accepted (and
// unclassified) lines first, in the order of their publication dates, as a
// live run would have seen them arrive (a file that lists a registry's
// records before the press reports of the same years is read as history,
// not in file order), then by id; undated lines come after the dated ones;
// then review and rejected lines, so they still get an incident id (shared
// with the incident they report, if any) without changing the first pass.
//
// It returns each line's decision and the final incident of every candidate
// id: a later report can fold an earlier incident into another, so the id a
// line got when it was added may since have been merged away. progress, when
// not nil, is told after each line how many of them are linked.
func Dedup(items []cit.Classified, now time.Time, progress func(done, total int)) ([]dedup.Decision, map[string]string) {
	e := dedup.NewEngine(dedup.DefaultOptions())
	out := make([]dedup.Decision, len(items))
	order := chronological(items)
	done := 0
	for pass := 0; pass < 2; pass++ {
		for _, i := range order {
			c := items[i]
			accepted := c.Classification == nil || c.Classification.Verdict == cit.VerdictAccept
			if accepted == (pass == 0) {
				out[i] = e.Add(c, now)
				done++
				if progress != nil {
					progress(done, len(items))
				}
			}
		}
	}
	final := map[string]string{}
	for _, in := range e.Incidents() {
		if in.Status != cit.StatusActive {
			continue
		}
		for _, s := range in.Sources {
			final[s.CandidateID] = in.ID
		}
	}
	return out, final
}

// chronological returns the indexes of items ordered by publication date,
// then id (so the order of a file's lines does not matter); undated items
// come last, by id.
func chronological(items []cit.Classified) []int {
	order := make([]int, len(items))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int {
		return cmp.Or(cit.ComparePublished(items[a].Candidate, items[b].Candidate), strings.Compare(items[a].ID, items[b].ID))
	})
	return order
}

func runDedup(_ context.Context, args []string, io IO) error {
	fs := newFlags("dedup", io)
	if err := parse(fs, args); err != nil {
		return err
	}
	var lines []line
	var items []cit.Classified
	err := readLines(io.Stdin, io.Stderr, func(l line) error {
		c, err := l.candidate()
		if err != nil {
			return err
		}
		lines = append(lines, l)
		items = append(items, c)
		return nil
	})
	if err != nil && !errors.As(err, new(skippedLines)) {
		return err
	}
	prog := newTicker(io.Stderr, "linked", time.Now)
	decisions, final := Dedup(items, time.Now().UTC(), prog.tick)
	prog.finish(len(items))
	w := bufio.NewWriterSize(io.Stdout, 1<<16)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for i, l := range lines {
		d := decisions[i]
		id := final[items[i].ID]
		if id == "" {
			id = d.IncidentID
		}
		out, err := l.with("incident_id", id)
		if err != nil {
			return err
		}
		b, _ := json.Marshal(dedupResult{Action: d.Action, Confidence: d.Confidence, Reasons: d.Reasons, Candidates: d.Candidates})
		out["dedup"] = b
		if err := enc.Encode(out); err != nil {
			return fmt.Errorf("write stdout: %w", err)
		}
	}
	if ferr := w.Flush(); ferr != nil {
		return fmt.Errorf("write stdout: %w", ferr)
	}
	return err // the bad lines skipped, if any
}
