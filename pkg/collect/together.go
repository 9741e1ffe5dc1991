package collect

import (
	"cmp"
	"context"
	"fmt"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/cit-health/cit/pkg/cit"
	"github.com/cit-health/cit/pkg/fetch"
	"github.com/cit-health/cit/pkg/source"
	"go.uber.org/zap"
)

// RunTogether collects several sources as one history: each is fetched
// (docs[i] nil) or taken as given (a saved document), parsed, and then the
// items of all of them are published in one order, oldest first and by id
// among equal dates, as `citctl dedup` reads lines offline. A one-off run
// over a registry's export and a leak tracker's posts thus links what the
// offline pipeline links: the deduplicator decides by what it has seen, and
// sources run one after the other would show it the later years of the
// first before the earlier years of the second.
//
// Each source keeps its own state and report (published when the run ends).
// docs may be nil or shorter than sources. It returns one report per
// source, in the order given.
func (c *Collector) RunTogether(ctx context.Context, sources []source.Source, docs [][]byte, ro RunOptions) (reports []cit.RunReport) {
	if ro.RunID == "" {
		ro.RunID = c.opts.NewRunID()
	}
	batches := make([]*batch, len(sources))
	defer func() {
		if r := recover(); r != nil {
			c.log.Error("run_panic", zap.String("run_id", ro.RunID), zap.Any("panic", r), zap.ByteString("stack", debug.Stack()))
			for i, src := range sources {
				reports[i] = c.failed(ro.RunID, src.Name, c.opts.Now(), fmt.Errorf("internal error: %v", r))
			}
		}
		for i := range reports {
			start := c.opts.Now()
			if batches[i] != nil {
				start = batches[i].start
			}
			c.report(ctx, ro, &reports[i], start, i, len(sources))
		}
	}()
	reports = make([]cit.RunReport, len(sources))
	type item struct {
		b    *batch
		cand cit.Candidate
	}
	sem := make(chan struct{}, c.opts.Concurrency)
	var wg sync.WaitGroup
	for i, src := range sources {
		var doc *fetch.Response
		if i < len(docs) && docs[i] != nil {
			doc = &fetch.Response{URL: src.URL, StatusCode: 200, Body: docs[i]}
		}
		if ro.Progress != nil {
			ro.Progress(Progress{RunID: ro.RunID, Source: src.Name, Index: i + 1, Total: len(sources)})
		}
		wg.Go(func() { // fetch and parse side by side, as Run does
			sem <- struct{}{}
			start := c.opts.Now()
			defer func() {
				<-sem
				if r := recover(); r != nil { // one source's failure stops no other
					c.log.Error("source_panic", zap.String("source_id", src.Name), zap.Any("panic", r), zap.ByteString("stack", debug.Stack()))
					batches[i] = &batch{src: src, start: start, done: true, rep: c.failed(ro.RunID, src.Name, start, fmt.Errorf("internal error: %v", r))}
				}
			}()
			batches[i] = c.prepare(ctx, src, ro, start, doc)
		})
	}
	wg.Wait()
	var all []item
	for _, b := range batches {
		for _, cand := range b.items {
			all = append(all, item{b, cand})
		}
	}
	slices.SortStableFunc(all, func(a, b item) int {
		return cmp.Or(cit.ComparePublished(a.cand, b.cand), strings.Compare(a.cand.ID, b.cand.ID))
	})
	for k, it := range all {
		if ctx.Err() != nil {
			for _, b := range batches {
				if !b.done {
					b.rep.Errors++
					b.rep.Error = ctx.Err().Error()
				}
			}
			break
		}
		if k > 0 && k%ProgressEvery == 0 && ro.Progress != nil {
			ro.Progress(Progress{RunID: ro.RunID, Source: "all sources", Index: 0, Total: len(sources), Items: k, OfItems: len(all)})
		}
		c.offer(ctx, it.b, it.cand, ro)
	}
	for i, b := range batches {
		if b.done {
			reports[i] = b.rep
			continue
		}
		reports[i] = c.finish(ctx, b)
	}
	return reports
}

// report stamps the end of a source's run, publishes its report and tells
// the progress callback.
func (c *Collector) report(ctx context.Context, ro RunOptions, rep *cit.RunReport, start time.Time, index, total int) {
	now := c.opts.Now()
	rep.FinishedAt = now.UTC().Format(time.RFC3339)
	rep.DurationMS = now.Sub(start).Milliseconds()
	if c.opts.Runs != nil {
		if err := c.opts.Runs.PublishRun(ctx, *rep); err != nil {
			c.log.Warn("publish_run_failed", zap.String("source_id", rep.Source), zap.Error(err))
		}
	}
	if ro.Progress != nil {
		ro.Progress(Progress{RunID: ro.RunID, Source: rep.Source, Index: index + 1, Total: total, Done: true,
			Items: rep.Fetched, OfItems: rep.Fetched, Report: rep})
	}
}
