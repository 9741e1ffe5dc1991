package collect

import (
	"context"
	"fmt"
	"hash/fnv"
	"sync"
	"time"

	"github.com/cit-health/cit/pkg/cit"
	"github.com/cit-health/cit/pkg/source"
	"github.com/go-co-op/gocron/v2"
	"github.com/robfig/cron/v3"
	"go.uber.org/zap"
)

// SchedulerOptions configure a Scheduler.
type SchedulerOptions struct {
	// Jitter spreads sources sharing a schedule: each source waits a fixed
	// offset in [0, Jitter) derived from its name, the same after restarts.
	Jitter time.Duration
	// Location interprets the cron expressions; nil is UTC.
	Location *time.Location
	// Progress receives the progress of scheduled runs.
	Progress func(Progress)
	// OnReports receives each scheduled run's reports (e.g. to log them).
	OnReports func([]cit.RunReport)
}

// Scheduler runs each source on its cron schedule (gocron), one run of a
// source at a time, and catches up at start on sources whose last run (from
// State) is older than their previous scheduled time, so a restart loses
// no run.
type Scheduler struct {
	c       *Collector
	sources []source.Source
	opts    SchedulerOptions
	s       gocron.Scheduler
	jobs    map[string]gocron.Job
	wg      sync.WaitGroup // catch-up runs
}

// NewScheduler prepares a scheduler over the given sources.
func NewScheduler(c *Collector, sources []source.Source, opts SchedulerOptions) (*Scheduler, error) {
	if opts.Location == nil {
		opts.Location = time.UTC
	}
	s, err := gocron.NewScheduler(gocron.WithLocation(opts.Location))
	if err != nil {
		return nil, fmt.Errorf("new scheduler: %w", err)
	}
	for _, src := range sources {
		if _, err := cron.ParseStandard(src.Schedule); err != nil {
			return nil, fmt.Errorf("source %q: schedule %q: %w", src.Name, src.Schedule, err)
		}
	}
	return &Scheduler{c: c, sources: sources, opts: opts, s: s, jobs: map[string]gocron.Job{}}, nil
}

// Start registers the jobs, starts the scheduler and launches the catch-up
// runs that are due. Scheduled runs use ctx; cancel it and call Shutdown to
// stop.
func (s *Scheduler) Start(ctx context.Context) error {
	for _, src := range s.sources {
		offset := jitterOffset(src.Name, s.opts.Jitter)
		task := func() {
			if err := sleepCtx(ctx, offset); err != nil {
				return
			}
			s.run(ctx, src)
		}
		job, err := s.s.NewJob(gocron.CronJob(src.Schedule, false), gocron.NewTask(task),
			gocron.WithName(src.Name), gocron.WithSingletonMode(gocron.LimitModeReschedule))
		if err != nil {
			return fmt.Errorf("schedule source %q: %w", src.Name, err)
		}
		s.jobs[src.Name] = job
	}
	s.s.Start()
	// Catch-up runs start at once, without the jitter: they are overdue.
	due := s.Due(ctx, s.c.opts.Now())
	if len(due) > 0 {
		var pick []source.Source
		for _, src := range s.sources {
			if contains(due, src.Name) {
				pick = append(pick, src)
			}
		}
		s.c.log.Info("catch_up_run", zap.Strings("source_ids", due))
		s.wg.Add(1)
		go func() {
			defer s.wg.Done()
			s.run(ctx, pick...)
		}()
	}
	return nil
}

// run collects sources and hands the reports on.
func (s *Scheduler) run(ctx context.Context, sources ...source.Source) {
	reports := s.c.Run(ctx, sources, RunOptions{Progress: s.opts.Progress})
	if s.opts.OnReports != nil {
		s.opts.OnReports(reports)
	}
}

// Due lists the sources whose previous scheduled time since their last run
// has passed: never run, or last run before the most recent slot.
func (s *Scheduler) Due(ctx context.Context, now time.Time) []string {
	var due []string
	for _, src := range s.sources {
		st, err := s.c.opts.State.Load(ctx, src.Name)
		if err != nil {
			continue
		}
		sched, err := cron.ParseStandard(src.Schedule)
		if err != nil {
			continue
		}
		if st.LastRun.IsZero() || !sched.Next(st.LastRun.In(s.opts.Location)).After(now) {
			due = append(due, src.Name)
		}
	}
	return due
}

// NextRuns returns each scheduled source's next run time.
func (s *Scheduler) NextRuns() map[string]time.Time {
	out := map[string]time.Time{}
	for name, j := range s.jobs {
		if t, err := j.NextRun(); err == nil {
			out[name] = t
		}
	}
	return out
}

// Shutdown stops the scheduler, waiting for running jobs.
func (s *Scheduler) Shutdown() error {
	err := s.s.Shutdown()
	s.wg.Wait()
	if err != nil {
		return fmt.Errorf("shutdown scheduler: %w", err)
	}
	return nil
}

// jitterOffset is a stable per-source delay in [0, jitter).
func jitterOffset(name string, jitter time.Duration) time.Duration {
	if jitter <= 0 {
		return 0
	}
	h := fnv.New64a()
	h.Write([]byte(name))
	return time.Duration(h.Sum64() % uint64(jitter))
}

func sleepCtx(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Backfill replays the sources that keep their history (source.History)
// — or the named ones, when names are given — from the given date: the
// documents are fetched without validators or backoff, items published
// before from are skipped, and items seen before are published again
// (downstream keys on the candidate id, so a replay is idempotent).
func (c *Collector) Backfill(ctx context.Context, sources []source.Source, from time.Time, progress func(Progress), names ...string) ([]cit.RunReport, error) {
	var pick []source.Source
	for _, src := range sources {
		if len(names) == 0 && src.History || contains(names, src.Name) {
			pick = append(pick, src)
		}
	}
	for _, n := range names {
		if !containsSource(sources, n) {
			return nil, fmt.Errorf("backfill: unknown source %q", n)
		}
	}
	return c.Run(ctx, pick, RunOptions{Force: true, Since: from, Republish: true, Progress: progress}), nil
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

func containsSource(list []source.Source, name string) bool {
	for _, s := range list {
		if s.Name == name {
			return true
		}
	}
	return false
}
