// Package collectorsvc is the collector service: it loads the source list,
// runs every source on its schedule through the hardened fetch client, and
// publishes candidates on cit.candidate.<source> and a run report per source
// on cit.run.<source>. Fetch state (validators, seen ids, last runs) lives in
// a folder and survives restarts.
package collectorsvc

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"sort"
	"sync"
	"time"

	"github.com/cit-health/cit/deploy"
	"github.com/cit-health/cit/pkg/bus"
	"github.com/cit-health/cit/pkg/cit"
	"github.com/cit-health/cit/pkg/collect"
	"github.com/cit-health/cit/pkg/fetch"
	"github.com/cit-health/cit/pkg/httpserver"
	"github.com/cit-health/cit/pkg/source"
	"github.com/prometheus/client_golang/prometheus"
	"go.uber.org/zap"
)

// Config configures the service.
type Config struct {
	NATS string
	// Listen serves /healthz, /metrics, GET /api/v1/schedule and
	// POST /api/v1/run (run every source now).
	Listen string
	// Sources is a sources file; empty uses the built-in deploy/sources.yaml.
	Sources string
	// StateDir keeps the fetch state.
	StateDir string
	// AllowPrivateNetworks lets sources live on private networks (operators).
	AllowPrivateNetworks bool
	// Bus options: stream replicas, dedup partitions.
	Bus []bus.Option
}

// LoadSources reads a sources file, or the built-in list when path is empty.
func LoadSources(path string) (*source.Config, error) {
	if path == "" {
		cfg, err := source.Parse(deploy.Sources)
		if err != nil {
			return nil, fmt.Errorf("built-in sources: %w", err)
		}
		return cfg, nil
	}
	cfg, err := source.LoadFile(path)
	if err != nil {
		return nil, fmt.Errorf("sources %s: %w", path, err)
	}
	return cfg, nil
}

// NewCollector builds a collector that publishes on b and keeps its state in stateDir.
func NewCollector(b *bus.Bus, pub collect.Publisher, stateDir string, allowPrivate bool, log *zap.Logger) (*collect.Collector, error) {
	state, err := collect.NewFileState(stateDir)
	if err != nil {
		return nil, fmt.Errorf("collector state %s: %w", stateDir, err)
	}
	if pub == nil {
		pub = b
	}
	return collect.New(collect.Options{
		Fetcher:   fetch.New(fetch.Options{Logger: log.Named("fetch"), AllowPrivateNetworks: allowPrivate}),
		Publisher: pub,
		Runs:      b,
		State:     state,
		Logger:    log,
	})
}

// Service runs the schedule.
type Service struct {
	coll    *collect.Collector
	sources []source.Source
	jitter  time.Duration
	log     *zap.Logger
	sched   *collect.Scheduler
	runs    *prometheus.CounterVec
	items   *prometheus.CounterVec
	mu      sync.Mutex
	running bool
}

// New builds the service.
func New(coll *collect.Collector, cfg *source.Config, reg prometheus.Registerer, log *zap.Logger) (*Service, error) {
	s := &Service{coll: coll, sources: cfg.Enabled(), jitter: cfg.Defaults.Jitter, log: log,
		runs: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "cit_collector_source_runs_total", Help: "Source runs, by source and outcome.",
		}, []string{"source", "outcome"}),
		items: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "cit_collector_items_total", Help: "Items fetched, by source and novelty.",
		}, []string{"source", "novelty"}),
	}
	if reg != nil {
		for _, c := range []prometheus.Collector{s.runs, s.items} {
			if err := reg.Register(c); err != nil {
				return nil, fmt.Errorf("register metrics: %w", err)
			}
		}
	}
	return s, nil
}

// record logs and counts a finished run's reports; unreachable sources are
// said clearly, one line each.
func (s *Service) record(reports []cit.RunReport) {
	for _, r := range reports {
		outcome := "ok"
		if r.Error != "" {
			outcome = "error"
			s.log.Warn("source failed; will retry with backoff", zap.String("source_id", r.Source), zap.String("error", r.Error))
		}
		s.runs.WithLabelValues(r.Source, outcome).Inc()
		s.items.WithLabelValues(r.Source, "new").Add(float64(r.New))
		s.items.WithLabelValues(r.Source, "unchanged").Add(float64(r.Unchanged))
	}
}

// Run starts the schedule and blocks until ctx is done.
func (s *Service) Run(ctx context.Context) error {
	sched, err := collect.NewScheduler(s.coll, s.sources, collect.SchedulerOptions{
		Jitter:    s.jitter,
		OnReports: s.record,
		Progress: func(p collect.Progress) {
			if p.Done || p.Items > 0 {
				s.log.Debug("collect progress", zap.String("source_id", p.Source), zap.Int("items", p.Items), zap.Int("of", p.OfItems))
			}
		},
	})
	if err != nil {
		return err
	}
	if err := sched.Start(ctx); err != nil {
		return fmt.Errorf("start schedule: %w", err)
	}
	s.mu.Lock()
	s.sched = sched
	s.mu.Unlock()
	s.log.Info("collector scheduled", zap.Int("sources", len(s.sources)))
	<-ctx.Done()
	return sched.Shutdown()
}

// RunNow runs every source at once, ignoring validators and backoff.
func (s *Service) RunNow(ctx context.Context) ([]cit.RunReport, error) {
	s.mu.Lock()
	if s.running {
		s.mu.Unlock()
		return nil, errors.New("a run-now is already in progress")
	}
	s.running = true
	s.mu.Unlock()
	defer func() { s.mu.Lock(); s.running = false; s.mu.Unlock() }()
	reports := s.coll.Run(ctx, s.sources, collect.RunOptions{Force: true})
	s.record(reports)
	return reports, nil
}

// Handler serves the schedule and the run-now endpoint.
func (s *Service) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /api/v1/schedule", func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		sched := s.sched
		s.mu.Unlock()
		type next struct {
			Source  string `json:"source"`
			NextRun string `json:"next_run"`
		}
		var out []next
		if sched != nil {
			for name, t := range sched.NextRuns() {
				out = append(out, next{Source: name, NextRun: t.UTC().Format(time.RFC3339)})
			}
		}
		sort.Slice(out, func(i, j int) bool { return out[i].NextRun < out[j].NextRun })
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(out)
	})
	mux.HandleFunc("POST /api/v1/run", func(w http.ResponseWriter, r *http.Request) {
		reports, err := s.RunNow(r.Context())
		if err != nil {
			http.Error(w, err.Error(), http.StatusConflict)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(reports)
	})
	return mux
}

// Run connects to NATS, loads the sources and runs the schedule until ctx
// is done.
func Run(ctx context.Context, cfg Config, log *zap.Logger) error {
	sources, err := LoadSources(cfg.Sources)
	if err != nil {
		return err
	}
	b, err := bus.Connect(ctx, cfg.NATS, log, cfg.Bus...)
	if err != nil {
		return err
	}
	defer b.Close()
	coll, err := NewCollector(b, nil, cfg.StateDir, cfg.AllowPrivateNetworks, log)
	if err != nil {
		return err
	}
	reg := prometheus.NewRegistry()
	s, err := New(coll, sources, reg, log)
	if err != nil {
		return err
	}
	return httpserver.Serve(ctx, cfg.Listen, s.Handler(), reg, log, map[string]httpserver.HealthFunc{"nats": b.Healthy}, s.Run)
}
