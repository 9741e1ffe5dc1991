// Package statssvc is CIT's public face: a read-only, versioned JSON API over
// the incidents in ClickHouse (summary, time series, breakdowns, incident
// list and exports), the public dashboard and methodology pages, an Atom feed
// and the weekly digest. It only reads, through a ClickHouse user meant to be
// read-only, and it protects the database with a per-client rate limit and a
// cache of repeated queries.
//
// The dashboard queries are answered from an in-memory read model of the
// latest state of every incident (model.go, columns.go, query.go), kept
// current from ClickHouse's incident_changes log; ClickHouse remains the
// source of truth for whole incidents, exports' rows, the feed and the digest.
package statssvc

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"sync"
	"time"

	"github.com/cit-health/cit/pkg/httpserver"
	"github.com/cit-health/cit/pkg/store"
	"go.uber.org/zap"
)

// Config says where the stats service listens and what it reads.
type Config struct {
	Listen     string // host:port of the HTTP server
	ClickHouse string // host:port of ClickHouse's native protocol
	Database   string
	User       string // a read-only ClickHouse user, e.g. "reader"; default "default"
	Password   string
}

// Run opens ClickHouse read-only and serves the API and pages until ctx is
// done, then shuts down gracefully.
func Run(ctx context.Context, cfg Config, log *zap.Logger, opts ...Option) error {
	st, err := store.Open(ctx, store.Config{Addr: cfg.ClickHouse, Database: cfg.Database,
		Username: cfg.User, Password: cfg.Password, ReadOnly: true}, log)
	if err != nil {
		return fmt.Errorf("stats: %w", err)
	}
	defer st.Close()
	h := newHandler(st, log, opts...)
	srv, err := httpserver.New(cfg.Listen, h.routes(), nil, log,
		map[string]httpserver.HealthFunc{"clickhouse": st.Ping, "read_model": h.rm.ready})
	if err != nil {
		return fmt.Errorf("stats: %w", err)
	}
	mctx, stop := context.WithCancel(ctx)
	var wg sync.WaitGroup
	wg.Go(func() { h.rm.maintain(mctx, max(h.opt.maxStale, time.Second), h.opt.reloadEvery) })
	defer func() { stop(); wg.Wait() }()
	log.Info("stats serving", zap.String("url", srv.URL()), zap.String("database", st.Database()))
	return srv.Run(ctx)
}

// Option tunes a handler.
type Option func(*options)

type options struct {
	cacheTTL time.Duration
	rate     float64 // requests per second per client; 0 disables the limit
	burst    int
	now      func() time.Time

	maxStale    time.Duration // see readModel
	overlap     time.Duration
	reloadEvery time.Duration
}

// WithCacheTTL sets how long a query's answer is reused (default 30s; 0 disables the cache).
func WithCacheTTL(d time.Duration) Option { return func(o *options) { o.cacheTTL = d } }

// WithRateLimit sets the per-client rate (requests per second) and burst
// (default 20/s, burst 60; rate 0 disables the limit).
func WithRateLimit(perSecond float64, burst int) Option {
	return func(o *options) { o.rate, o.burst = perSecond, burst }
}

// WithMaxStaleness bounds how old the read model's data may be when a
// request is answered: a request waits for a refresh unless one started at
// most d before it arrived. The default, 0, means read-your-writes: every
// incident stored before the request arrived is counted. A larger d spares
// ClickHouse one small query per request under load; Run refreshes every
// max(d, 1s) in the background anyway.
func WithMaxStaleness(d time.Duration) Option { return func(o *options) { o.maxStale = max(d, 0) } }

// WithReload sets how often Run rebuilds the read model from scratch
// (default 15 minutes; 0 never), the safety net for versions whose INSERT
// took longer than the refresh overlap (60 s) to commit.
func WithReload(every time.Duration) Option { return func(o *options) { o.reloadEvery = every } }

// WithClock sets the clock (tests).
func WithClock(now func() time.Time) Option { return func(o *options) { o.now = now } }

// handler serves the API and pages.
type handler struct {
	st    *store.Store
	rm    *readModel
	log   *zap.Logger
	opt   options
	pg    *pages
	cache *cache
}

// NewHandler returns the stats service's HTTP handler: the JSON API under
// /api/v1/ (see docs/api/openapi.yaml), the dashboard at /, the methodology
// page and the embedded static assets. Every route but /static/ is subject
// to the per-client rate limit; query answers are cached briefly.
//
// The handler loads its read model on the first request that needs it (Run
// loads it at start and keeps it warm).
func NewHandler(st *store.Store, log *zap.Logger, opts ...Option) http.Handler {
	return newHandler(st, log, opts...).routes()
}

func newHandler(st *store.Store, log *zap.Logger, opts ...Option) *handler {
	o := options{cacheTTL: 30 * time.Second, rate: 20, burst: 60, now: time.Now,
		overlap: 60 * time.Second, reloadEvery: 15 * time.Minute}
	for _, fn := range opts {
		fn(&o)
	}
	return &handler{st: st, rm: newReadModel(st, log, o.maxStale, o.overlap), log: log, opt: o,
		pg: newPages(), cache: newCache(o.cacheTTL, 2000, o.now)}
}

func (h *handler) routes() http.Handler {
	o := h.opt
	api := http.NewServeMux()
	api.HandleFunc("GET /api/v1/summary", h.summary)
	api.HandleFunc("GET /api/v1/timeseries", h.timeseries)
	api.HandleFunc("GET /api/v1/breakdown/{dimension}", h.breakdown)
	api.HandleFunc("GET /api/v1/disclosure-lag", h.lag)
	api.HandleFunc("GET /api/v1/incidents", h.incidents)
	api.HandleFunc("GET /api/v1/incidents/{id}", h.incident)
	api.HandleFunc("GET /api/v1/export/incidents.csv", h.exportCSV)
	api.HandleFunc("GET /api/v1/export/incidents.json", h.exportJSON)
	api.HandleFunc("GET /api/v1/export/stix.json", h.exportSTIX)
	api.HandleFunc("GET /api/v1/feed.atom", h.feed)
	api.HandleFunc("GET /api/v1/digest", h.digest)
	api.HandleFunc("GET /{$}", h.dashboard)
	api.HandleFunc("GET /methodology", h.methodology)
	api.HandleFunc("GET /api/v1/runs", h.runs)
	api.HandleFunc("GET /sources", h.sources)
	var limited http.Handler = api
	if o.rate > 0 {
		limited = newLimiter(o.rate, o.burst, o.now).middleware(api)
	}
	mux := http.NewServeMux()
	mux.Handle("GET /static/", http.StripPrefix("/static/", staticHandler()))
	mux.Handle("/", limited)
	return mux
}

// apiError is the JSON body of every API error.
type apiError struct {
	Error string `json:"error"`
	Param string `json:"param,omitempty"`
}

// writeErr answers an error: 400 naming the parameter for an invalid filter,
// 500 otherwise (logged, not shown).
func (h *handler) writeErr(w http.ResponseWriter, r *http.Request, err error) {
	var inv *store.InvalidFilterError
	if errors.As(err, &inv) {
		writeJSON(w, http.StatusBadRequest, apiError{Error: inv.Error(), Param: inv.Param})
		return
	}
	if errors.Is(err, context.Canceled) {
		return
	}
	h.log.Error("stats query failed", zap.String("path", r.URL.Path), zap.Error(err))
	writeJSON(w, http.StatusInternalServerError, apiError{Error: "internal error"})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(v)
}

func asInvalid(err error, target **store.InvalidFilterError) bool { return errors.As(err, target) }
