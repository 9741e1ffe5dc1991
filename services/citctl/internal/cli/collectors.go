package cli

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/cit-health/cit/pkg/bus"
	"github.com/cit-health/cit/pkg/cit"
	"github.com/cit-health/cit/pkg/collect"
	"github.com/cit-health/cit/pkg/service/collectorsvc"
	"github.com/cit-health/cit/pkg/source"
	"github.com/cit-health/cit/pkg/stack"
	"go.uber.org/zap"
)

// recorder is a publisher that remembers the ids it published, so a run's
// report can count their verdicts once the pipeline settled.
type recorder struct {
	b   *bus.Bus
	mu  sync.Mutex
	ids []string
}

func (r *recorder) PublishCandidate(ctx context.Context, c cit.Candidate) error {
	if err := r.b.PublishCandidate(ctx, c); err != nil {
		return err
	}
	r.mu.Lock()
	r.ids = append(r.ids, c.ID)
	r.mu.Unlock()
	return nil
}

func stateDir(data string) string { return filepath.Join(data, "collector") }

// progressPrinter shows a long run's progress on stderr.
func progressPrinter(io IO) func(collect.Progress) {
	var mu sync.Mutex
	return func(p collect.Progress) {
		mu.Lock()
		defer mu.Unlock()
		switch {
		case p.Done && p.Report != nil:
			status := "ok"
			if p.Report.Error != "" {
				status = "ERROR: " + p.Report.Error
			}
			fmt.Fprintf(io.Stderr, "[%d/%d] %s: %d fetched, %d new, %d unchanged — %s\n", p.Index, p.Total, p.Source,
				p.Report.Fetched, p.Report.New, p.Report.Unchanged, status)
		case p.Items == 0:
			fmt.Fprintf(io.Stderr, "[%d/%d] %s …\n", p.Index, p.Total, p.Source)
		default:
			fmt.Fprintf(io.Stderr, "[%d/%d] %s: %d/%d items\n", p.Index, p.Total, p.Source, p.Items, p.OfItems)
		}
	}
}

// collectFiles runs one cycle over saved documents, each its own source,
// publishing their items together in one chronological order (see
// collect.RunTogether), as `collect | classify | dedup` reads them offline.
func collectFiles(ctx context.Context, b *bus.Bus, data, runID string, files []string, log *zap.Logger, io IO) ([]SourceReport, []string, error) {
	rec := &recorder{b: b}
	coll, err := collectorsvc.NewCollector(b, rec, stateDir(data), false, log)
	if err != nil {
		return nil, nil, err
	}
	reps := make([]SourceReport, len(files))
	var srcs []source.Source
	var docs [][]byte
	var at []int // index in files of each source read
	for i, path := range files {
		src := source.Source{Name: SourceNameForFile(path)}
		body, err := os.ReadFile(path)
		if err != nil {
			now := time.Now().UTC().Format(time.RFC3339)
			rep := cit.RunReport{RunID: runID, Source: src.Name, StartedAt: now, FinishedAt: now, Errors: 1, Error: err.Error()}
			if err := b.PublishRun(ctx, rep); err != nil {
				log.Warn("run report not published", zap.Error(err))
			}
			reps[i] = SourceReport{RunReport: rep}
			continue
		}
		srcs, docs, at = append(srcs, src), append(docs, body), append(at, i)
	}
	progress := progressPrinter(io)
	for k, rep := range coll.RunTogether(ctx, srcs, docs, collect.RunOptions{RunID: runID, Progress: progress}) {
		reps[at[k]] = SourceReport{RunReport: rep}
	}
	return reps, rec.ids, nil
}

// collectSources runs one cycle over the configured sources, now.
func collectSources(ctx context.Context, b *bus.Bus, data, config, runID string, log *zap.Logger, io IO) ([]SourceReport, []string, error) {
	cfg, err := collectorsvc.LoadSources(config)
	if err != nil {
		return nil, nil, err
	}
	rec := &recorder{b: b}
	coll, err := collectorsvc.NewCollector(b, rec, stateDir(data), false, log)
	if err != nil {
		return nil, nil, err
	}
	reports := coll.RunTogether(ctx, cfg.Enabled(), nil, collect.RunOptions{RunID: runID, Force: true, Progress: progressPrinter(io)})
	return sourceReports(reports), rec.ids, nil
}

func sourceReports(reports []cit.RunReport) []SourceReport {
	out := make([]SourceReport, len(reports))
	for i, r := range reports {
		out[i] = SourceReport{RunReport: r}
	}
	return out
}

// startCollector runs the configured sources on their schedules inside the
// stack; stop ends it.
func startCollector(ctx context.Context, s *stack.Stack, data, config string, log *zap.Logger) (stop func(), err error) {
	cfg, err := collectorsvc.LoadSources(config)
	if err != nil {
		return nil, err
	}
	coll, err := collectorsvc.NewCollector(s.Bus, nil, stateDir(data), false, log.Named("collector"))
	if err != nil {
		return nil, err
	}
	svc, err := collectorsvc.New(coll, cfg, nil, log.Named("collector"))
	if err != nil {
		return nil, err
	}
	runCtx, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- svc.Run(runCtx) }()
	return func() {
		cancel()
		if err := <-done; err != nil {
			log.Warn("collector stopped with an error", zap.Error(err))
		}
	}, nil
}
