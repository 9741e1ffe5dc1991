// Package collect runs sources: for each one it fetches the document (with
// the validators of the last fetch), parses it into candidates, compares
// their ids with the ids seen before, fetches full articles for teaser
// feeds, publishes the new candidates, and reports per source what it found
// (cit.RunReport). One source's failure never stops the others.
//
// Its I/O sits behind the small interfaces declared here: Fetcher (the
// fetch.Client), Publisher and RunRecorder (the bus), and State (where the
// fetch state survives restarts; FileState and MemState are provided).
package collect

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"slices"
	"sync"
	"time"

	"github.com/cit-health/cit/pkg/cit"
	"github.com/cit-health/cit/pkg/feed"
	"github.com/cit-health/cit/pkg/fetch"
	"github.com/cit-health/cit/pkg/source"
	"go.uber.org/zap"
)

// Fetcher gets one document; *fetch.Client implements it.
type Fetcher interface {
	Get(ctx context.Context, req fetch.Request) (*fetch.Response, error)
}

// Publisher receives each new candidate. A nil error means the candidate is
// durably accepted (e.g. JetStream PubAck); only then is its id recorded as
// seen, so a failed publish is retried by the next run.
type Publisher interface {
	PublishCandidate(ctx context.Context, c cit.Candidate) error
}

// RunRecorder receives each source's report when the source is done.
type RunRecorder interface {
	PublishRun(ctx context.Context, r cit.RunReport) error
}

// Progress is reported at the start and end of each source and every
// ProgressEvery items within one.
type Progress struct {
	RunID   string
	Source  string
	Index   int // 1-based position of the source in the run
	Total   int // sources in the run
	Items   int // items handled so far in this source
	OfItems int // items in this source's document (0 before parsing)
	Done    bool
	Report  *cit.RunReport // set when Done
}

// ProgressEvery is how many items pass between two progress calls.
const ProgressEvery = 500

// Backoff of a failing source across runs: BackoffBase after the first
// failure, doubling up to BackoffMax.
const (
	BackoffBase = 30 * time.Minute
	BackoffMax  = 7 * 24 * time.Hour
)

// Options configure a Collector.
type Options struct {
	Fetcher   Fetcher     // required
	Publisher Publisher   // required
	Runs      RunRecorder // optional
	State     State       // required; MemState for one-shot runs
	Logger    *zap.Logger // nil is silent
	// Now is the clock; nil uses time.Now.
	Now func() time.Time
	// Concurrency is how many sources run at once (default 4). The fetch
	// client still sends one request at a time per host.
	Concurrency int
	// ArticleMinChars: a new item of a fetch_article source whose text is
	// shorter gets its article page fetched (default 600).
	ArticleMinChars int
	// NewRunID names a run; nil uses the start time.
	NewRunID func() string
}

// Collector runs sources. It is safe for concurrent use.
type Collector struct {
	opts Options
	log  *zap.Logger
}

// New checks the options and builds a Collector.
func New(opts Options) (*Collector, error) {
	if opts.Fetcher == nil || opts.Publisher == nil || opts.State == nil {
		return nil, errors.New("collect: Fetcher, Publisher and State are required")
	}
	if opts.Logger == nil {
		opts.Logger = zap.NewNop()
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.Concurrency <= 0 {
		opts.Concurrency = 4
	}
	if opts.ArticleMinChars <= 0 {
		opts.ArticleMinChars = 600
	}
	if opts.NewRunID == nil {
		now := opts.Now
		opts.NewRunID = func() string { return now().UTC().Format("20060102T150405.000Z") }
	}
	return &Collector{opts: opts, log: opts.Logger}, nil
}

// RunOptions tune one run.
type RunOptions struct {
	// RunID names the run; "" takes a new one.
	RunID string
	// Force ignores the stored validators and any backoff (run-now).
	Force bool
	// Since keeps only items published on or after it (backfill); the zero
	// time keeps all. Items without a date are kept.
	Since time.Time
	// Republish publishes items already seen too (backfill: downstream is
	// idempotent on the candidate id). They still count as unchanged.
	Republish bool
	// Progress is called as the run advances; it must not block for long.
	Progress func(Progress)
}

// Run collects every source and returns one report per source, in the
// order given. It returns when all are done or ctx ends.
func (c *Collector) Run(ctx context.Context, sources []source.Source, ro RunOptions) []cit.RunReport {
	if ro.RunID == "" {
		ro.RunID = c.opts.NewRunID()
	}
	reports := make([]cit.RunReport, len(sources))
	sem := make(chan struct{}, c.opts.Concurrency)
	var wg sync.WaitGroup
	for i, src := range sources {
		wg.Go(func() {
			select {
			case sem <- struct{}{}:
			case <-ctx.Done():
				reports[i] = c.failed(ro.RunID, src.Name, c.opts.Now(), ctx.Err())
				return
			}
			defer func() { <-sem }()
			reports[i] = c.runOne(ctx, src, ro, i+1, len(sources), nil)
		})
	}
	wg.Wait()
	return reports
}

// RunDocument collects a document already in hand (a saved file) as if it
// had been fetched from src: parse, compare with the seen ids, publish, and
// report. src.URL may be empty; src.Kind "" detects the kind.
func (c *Collector) RunDocument(ctx context.Context, src source.Source, data []byte, ro RunOptions) cit.RunReport {
	if ro.RunID == "" {
		ro.RunID = c.opts.NewRunID()
	}
	return c.runOne(ctx, src, ro, 1, 1, &fetch.Response{URL: src.URL, StatusCode: 200, Body: data})
}

// runOne runs one source, turning a panic into that source's error so that
// the others carry on.
func (c *Collector) runOne(ctx context.Context, src source.Source, ro RunOptions, index, total int, doc *fetch.Response) (rep cit.RunReport) {
	start := c.opts.Now()
	progress := func(p Progress) {
		if ro.Progress != nil {
			p.RunID, p.Source, p.Index, p.Total = ro.RunID, src.Name, index, total
			ro.Progress(p)
		}
	}
	progress(Progress{})
	defer func() {
		if r := recover(); r != nil {
			c.log.Error("source_panic", zap.String("source_id", src.Name), zap.Any("panic", r), zap.ByteString("stack", debug.Stack()))
			rep = c.failed(ro.RunID, src.Name, start, fmt.Errorf("internal error: %v", r))
		}
		c.report(ctx, ro, &rep, start, index-1, total)
	}()
	return c.collect(ctx, src, ro, start, doc, progress)
}

func (c *Collector) failed(runID, name string, start time.Time, err error) cit.RunReport {
	return cit.RunReport{RunID: runID, Source: name, StartedAt: start.UTC().Format(time.RFC3339), Errors: 1, Error: err.Error()}
}

func (c *Collector) collect(ctx context.Context, src source.Source, ro RunOptions, start time.Time, doc *fetch.Response, progress func(Progress)) cit.RunReport {
	b := c.prepare(ctx, src, ro, start, doc)
	if b.done {
		return b.rep
	}
	for i, cand := range b.items {
		if ctx.Err() != nil {
			b.rep.Errors++
			b.rep.Error = ctx.Err().Error()
			break
		}
		if i > 0 && i%ProgressEvery == 0 {
			progress(Progress{Items: i, OfItems: len(b.items)})
		}
		c.offer(ctx, b, cand, ro)
	}
	return c.finish(ctx, b)
}

// batch is one source's share of a run between its phases: prepare (state,
// fetch, parse), offer (each item), finish (save the state).
type batch struct {
	src   source.Source
	st    SourceState
	rep   cit.RunReport
	items []cit.Candidate // oldest first
	log   *zap.Logger
	start time.Time
	done  bool // nothing to offer: the source failed, was skipped or had not changed
}

// prepare loads the source's state, fetches the document unless it is in
// hand, and parses it.
func (c *Collector) prepare(ctx context.Context, src source.Source, ro RunOptions, start time.Time, doc *fetch.Response) *batch {
	b := &batch{src: src, start: start, rep: cit.RunReport{RunID: ro.RunID, Source: src.Name, StartedAt: start.UTC().Format(time.RFC3339)},
		log: c.log.With(zap.String("source_id", src.Name), zap.String("run_id", ro.RunID))}
	st, err := c.opts.State.Load(ctx, src.Name)
	if err != nil {
		b.rep.Errors, b.rep.Error, b.done = 1, fmt.Sprintf("load fetch state: %v", err), true
		return b
	}
	b.st = st
	fail := func(err error) *batch {
		b.st.Failures++
		b.st.NextAttempt = start.Add(backoff(b.st.Failures))
		b.st.LastError = err.Error()
		if serr := c.opts.State.Save(ctx, src.Name, b.st); serr != nil {
			b.log.Warn("save_state_failed", zap.Error(serr))
		}
		b.log.Warn("source_failed", zap.Error(err), zap.Int("failures", b.st.Failures), zap.Time("next_attempt", b.st.NextAttempt))
		b.rep.Errors, b.rep.Error, b.done = b.rep.Errors+1, err.Error(), true
		return b
	}
	if doc == nil {
		if !ro.Force && start.Before(b.st.NextAttempt) {
			b.rep.Errors = 1
			b.rep.Error = fmt.Sprintf("skipped: backing off after %d failures until %s (last error: %s)", b.st.Failures, b.st.NextAttempt.UTC().Format(time.RFC3339), b.st.LastError)
			b.done = true
			return b
		}
		req := fetch.Request{URL: src.URL}
		if !ro.Force {
			req.ETag, req.LastModified = b.st.ETag, b.st.LastModified
		}
		doc, err = c.opts.Fetcher.Get(ctx, req)
		if err != nil {
			return fail(err) // the fetch client names the URL
		}
		b.st.ETag, b.st.LastModified = doc.ETag, doc.LastModified
		if doc.NotModified {
			b.st.Failures, b.st.NextAttempt, b.st.LastError, b.st.LastRun = 0, time.Time{}, "", start
			if err := c.opts.State.Save(ctx, src.Name, b.st); err != nil {
				b.log.Warn("save_state_failed", zap.Error(err))
			}
			b.done = true
			return b
		}
	}
	items, err := feed.Parse(doc.Body, feed.Options{
		Kind: src.Kind, Source: src.Name, SourceCountry: src.Country, Lang: src.Lang,
		Now: start, BaseURL: doc.URL, ContentType: doc.ContentType, Selectors: src.Selectors,
	})
	if err != nil {
		return fail(fmt.Errorf("parse %s: %w", src.Name, err))
	}
	oldestFirst(items)
	b.items = items
	if b.st.Seen == nil {
		b.st.Seen = map[string]int64{}
	}
	return b
}

// offer handles one item of b: counts it, skips it when seen before (unless
// republishing) or older than ro.Since, fetches its article when needed, and
// publishes it; only a published item is recorded as seen.
func (c *Collector) offer(ctx context.Context, b *batch, cand cit.Candidate, ro RunOptions) {
	b.rep.Fetched++
	if !ro.Since.IsZero() {
		if t, ok := cand.PublishedTime(); ok && t.Before(ro.Since) {
			return
		}
	}
	stamp := b.start.Unix()
	_, seen := b.st.Seen[cand.ID]
	if seen {
		b.rep.Unchanged++
		b.st.Seen[cand.ID] = stamp
		if !ro.Republish {
			return
		}
	} else if b.src.FetchArticle && len(cand.Text) < c.opts.ArticleMinChars && cand.URL != "" {
		if err := c.fillArticle(ctx, &cand); err != nil {
			b.log.Warn("article_fetch_failed", zap.String("candidate_id", cand.ID), zap.String("url", cand.URL), zap.Error(err))
		}
	}
	if err := c.opts.Publisher.PublishCandidate(ctx, cand); err != nil {
		b.rep.Errors++
		b.rep.Error = fmt.Sprintf("publish %s: %v", cand.ID, err)
		b.log.Warn("publish_failed", zap.String("candidate_id", cand.ID), zap.Error(err))
		return
	}
	if !seen {
		b.rep.New++
		b.st.Seen[cand.ID] = stamp
	}
}

// finish prunes and saves the source's state and returns its report.
func (c *Collector) finish(ctx context.Context, b *batch) cit.RunReport {
	pruneSeen(b.st.Seen, b.start.Add(-SeenRetention).Unix())
	b.st.Failures, b.st.NextAttempt, b.st.LastError, b.st.LastRun = 0, time.Time{}, "", b.start
	if err := c.opts.State.Save(ctx, b.src.Name, b.st); err != nil {
		b.rep.Errors++
		b.rep.Error = fmt.Sprintf("save fetch state: %v", err)
	}
	return b.rep
}

// oldestFirst orders a document's items by publication date, oldest first,
// keeping the document's order among equal dates; undated items go last.
// Feeds list the newest first and a breach portal's export is in any order;
// the deduplicator decides best when reports arrive as history happened
// (a backfill of a year of filings, a first run over a long feed).
func oldestFirst(items []cit.Candidate) { slices.SortStableFunc(items, cit.ComparePublished) }

// fillArticle replaces a teaser by the main text of the item's page.
func (c *Collector) fillArticle(ctx context.Context, cand *cit.Candidate) error {
	resp, err := c.opts.Fetcher.Get(ctx, fetch.Request{URL: cand.URL, Accept: "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"})
	if err != nil {
		return err
	}
	_, text, err := feed.MainText(resp.Body, resp.ContentType)
	if err != nil {
		return err
	}
	if len(text) > len(cand.Text) {
		cand.Text = text
	}
	return nil
}

// backoff is the wait after n consecutive failures of a source.
func backoff(n int) time.Duration {
	d := BackoffBase
	for i := 1; i < n && d < BackoffMax; i++ {
		d *= 2
	}
	return min(d, BackoffMax)
}

// SeenRetention is how long an id not seen again stays remembered.
const SeenRetention = 400 * 24 * time.Hour

func pruneSeen(seen map[string]int64, before int64) {
	for id, at := range seen {
		if at < before {
			delete(seen, id)
		}
	}
}
