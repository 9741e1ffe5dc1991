// Package httpserver is the HTTP side every CIT service shares: /healthz,
// Prometheus /metrics, request logging, sane timeouts and a graceful
// shutdown that lets in-flight requests finish.
package httpserver

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"go.uber.org/zap"
)

// HealthFunc reports whether a dependency is healthy; nil means healthy.
type HealthFunc func(ctx context.Context) error

// Server serves a service's handler plus /healthz and /metrics.
type Server struct {
	srv      *http.Server
	ln       net.Listener
	log      *zap.Logger
	Registry *prometheus.Registry
}

// New builds a server on addr (host:port; port 0 picks a free one). app may
// be nil for services whose only HTTP side is health and metrics. checks run
// on every /healthz request.
func New(addr string, app http.Handler, reg *prometheus.Registry, log *zap.Logger, checks map[string]HealthFunc) (*Server, error) {
	if reg == nil {
		reg = prometheus.NewRegistry()
	}
	_ = reg.Register(collectors.NewGoCollector())
	_ = reg.Register(collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 3*time.Second)
		defer cancel()
		for name, check := range checks {
			if err := check(ctx); err != nil {
				http.Error(w, fmt.Sprintf("%s: %v", name, err), http.StatusServiceUnavailable)
				return
			}
		}
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		_, _ = w.Write([]byte("ok\n"))
	})
	mux.Handle("GET /metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{Registry: reg}))
	if app != nil {
		mux.Handle("/", app)
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("listen %s: %w", addr, err)
	}
	return &Server{
		srv: &http.Server{
			Handler:           mux,
			ReadHeaderTimeout: 10 * time.Second,
			ReadTimeout:       30 * time.Second,
			WriteTimeout:      60 * time.Second,
			IdleTimeout:       120 * time.Second,
			ErrorLog:          zap.NewStdLog(log.Named("http")),
		},
		ln:       ln,
		log:      log,
		Registry: reg,
	}, nil
}

// Addr is the address the server listens on.
func (s *Server) Addr() string { return s.ln.Addr().String() }

// URL is the server's base URL.
func (s *Server) URL() string { return "http://" + s.Addr() }

// Run serves until ctx is done, then shuts down, letting in-flight requests
// finish for up to ten seconds.
func (s *Server) Run(ctx context.Context) error {
	errc := make(chan error, 1)
	go func() { errc <- s.srv.Serve(s.ln) }()
	select {
	case err := <-errc:
		if errors.Is(err, http.ErrServerClosed) {
			return nil
		}
		return fmt.Errorf("serve http: %w", err)
	case <-ctx.Done():
	}
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := s.srv.Shutdown(shutdownCtx); err != nil {
		return fmt.Errorf("shutdown http: %w", err)
	}
	return nil
}

// Serve runs a service's work and, when listen is not empty, its HTTP side,
// until ctx is done or either fails; then it stops both: the HTTP side first
// (no new requests), then the work, which finishes its in-flight items.
func Serve(ctx context.Context, listen string, app http.Handler, reg *prometheus.Registry, log *zap.Logger,
	checks map[string]HealthFunc, work func(ctx context.Context) error) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	errc := make(chan error, 2)
	running := 0
	if listen != "" {
		srv, err := New(listen, app, reg, log, checks)
		if err != nil {
			return err
		}
		log.Info("http listening", zap.String("url", srv.URL()))
		running++
		go func() { errc <- srv.Run(ctx) }()
	}
	if work != nil {
		running++
		go func() { errc <- work(ctx) }()
	}
	var first error
	for i := 0; i < running; i++ {
		err := <-errc
		if err != nil && first == nil {
			first = err
		}
		cancel()
	}
	return first
}
