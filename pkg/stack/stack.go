// Package stack runs the whole CIT pipeline in one process for a single
// machine: NATS JetStream (embedded unless a URL is given), ClickHouse (the
// configured server, else a private local one), and the classifier, dedup,
// writer, stats and triage services, each exactly as its own binary runs it.
// `citctl run` and the end-to-end tests use it.
package stack

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/cit-health/cit/pkg/bus"
	"github.com/cit-health/cit/pkg/chserver"
	"github.com/cit-health/cit/pkg/service/classifiersvc"
	"github.com/cit-health/cit/pkg/service/dedupsvc"
	"github.com/cit-health/cit/pkg/service/statssvc"
	"github.com/cit-health/cit/pkg/service/triagesvc"
	"github.com/cit-health/cit/pkg/service/writersvc"
	"github.com/cit-health/cit/pkg/store"
	"go.uber.org/zap"
)

// Config configures a stack.
type Config struct {
	// DataDir holds the embedded NATS store and the local ClickHouse server's
	// files (default "var").
	DataDir string
	// NATS is a server URL; empty embeds one (file storage, fsync always).
	NATS string
	// NATSPort is the embedded server's port; 0 picks a free one.
	NATSPort int
	// ClickHouse says where ClickHouse is; an empty Addr starts a local server
	// under DataDir, installing Debian's package when missing and possible.
	ClickHouse store.Config
	// StatsListen and TriageListen are the HTTP addresses of the dashboard
	// and the triage app; empty runs neither. Port 0 picks a free port.
	StatsListen, TriageListen string
	// StatsUser is the read-only ClickHouse user of the stats service
	// (default: the writer's user).
	StatsUser string
}

// Stack is a running pipeline.
type Stack struct {
	Bus       *bus.Bus
	Store     *store.Store
	NATSURL   string
	StatsURL  string
	TriageURL string
	// ClickHouseAddr is the native address actually used.
	ClickHouseAddr string

	log      *zap.Logger
	cancel   context.CancelFunc
	wg       sync.WaitGroup
	mu       sync.Mutex
	errs     []error
	embedded *bus.Embedded
	local    *chserver.Server
}

// Start starts every part and returns once all are running.
func Start(ctx context.Context, cfg Config, log *zap.Logger) (_ *Stack, err error) {
	if cfg.DataDir == "" {
		cfg.DataDir = "var"
	}
	s := &Stack{log: log}
	defer func() {
		if err != nil {
			s.Stop()
		}
	}()
	s.NATSURL = cfg.NATS
	if s.NATSURL == "" {
		dir := filepath.Join(cfg.DataDir, "nats")
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("nats data dir: %w", err)
		}
		s.embedded, err = bus.StartEmbedded(dir, bus.EmbeddedOptions{SyncAlways: true, Port: cfg.NATSPort}, log.Named("nats"))
		if err != nil {
			return nil, err
		}
		s.NATSURL = s.embedded.URL()
	}
	if cfg.ClickHouse.Addr == "" {
		if err := chserver.Install(ctx, log); err != nil {
			return nil, err
		}
		s.local, err = chserver.Start(ctx, filepath.Join(cfg.DataDir, "clickhouse"), log.Named("clickhouse"))
		if err != nil {
			return nil, err
		}
		cfg.ClickHouse.Addr = s.local.Addr
		if err := os.WriteFile(AddrFile(cfg.DataDir), []byte(s.local.Addr+"\n"), 0o644); err != nil {
			return nil, fmt.Errorf("record clickhouse address: %w", err)
		}
	}
	s.ClickHouseAddr = cfg.ClickHouse.Addr
	s.Bus, err = bus.Connect(ctx, s.NATSURL, log.Named("bus"))
	if err != nil {
		return nil, err
	}
	// Opening the store applies the migrations before any service starts.
	s.Store, err = store.Open(ctx, cfg.ClickHouse, log.Named("store"))
	if err != nil {
		return nil, err
	}

	runCtx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	s.cancel = cancel
	s.goRun("classifier", func() error {
		return classifiersvc.Run(runCtx, classifiersvc.Config{NATS: s.NATSURL}, log.Named("classifier"))
	})
	s.goRun("dedup", func() error {
		return dedupsvc.Run(runCtx, dedupsvc.Config{NATS: s.NATSURL}, log.Named("dedup"))
	})
	s.goRun("writer", func() error {
		return writersvc.Run(runCtx, writersvc.Config{NATS: s.NATSURL, ClickHouse: cfg.ClickHouse}, log.Named("writer"))
	})
	if cfg.StatsListen != "" {
		addr, err := resolveListen(cfg.StatsListen)
		if err != nil {
			return nil, err
		}
		user, password := cfg.StatsUser, ""
		if user == "" {
			user, password = cfg.ClickHouse.Username, cfg.ClickHouse.Password
		}
		s.StatsURL = "http://" + addr
		s.goRun("stats", func() error {
			return statssvc.Run(runCtx, statssvc.Config{Listen: addr, ClickHouse: cfg.ClickHouse.Addr,
				Database: s.Store.Database(), User: user, Password: password}, log.Named("stats"))
		})
	}
	if cfg.TriageListen != "" {
		addr, err := resolveListen(cfg.TriageListen)
		if err != nil {
			return nil, err
		}
		s.TriageURL = "http://" + addr
		s.goRun("triage", func() error {
			return triagesvc.Run(runCtx, triagesvc.Config{Listen: addr, ClickHouse: cfg.ClickHouse.Addr,
				Database: s.Store.Database(), NATS: s.NATSURL, StatsURL: s.StatsURL}, log.Named("triage"))
		})
	}
	for _, u := range []string{s.StatsURL, s.TriageURL} {
		if u != "" {
			if err := waitHTTP(ctx, strings.TrimPrefix(u, "http://")); err != nil {
				return nil, err
			}
		}
	}
	return s, nil
}

// AddrFile is where a stack records the address of the local ClickHouse
// server it started, so that citctl finds it.
func AddrFile(dataDir string) string { return filepath.Join(dataDir, "clickhouse.addr") }

func (s *Stack) goRun(name string, f func() error) {
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		if err := f(); err != nil {
			s.log.Error("service stopped with an error", zap.String("component", name), zap.Error(err))
			s.mu.Lock()
			s.errs = append(s.errs, fmt.Errorf("%s: %w", name, err))
			s.mu.Unlock()
		}
	}()
}

// Err returns the errors of services that stopped on their own.
func (s *Stack) Err() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return errors.Join(s.errs...)
}

// Settle waits until every durable consumer has nothing pending or in
// flight, twice in a row: then every published candidate was classified,
// deduplicated and stored (each stage publishes downstream before it acks).
func (s *Stack) Settle(ctx context.Context) error { return Settle(ctx, s.Bus) }

// Settle waits until the pipeline behind b is idle.
func Settle(ctx context.Context, b *bus.Bus) error {
	idle := 0
	for {
		pending, err := b.Pending(ctx)
		if err != nil {
			return err
		}
		total := uint64(0)
		for _, n := range pending {
			total += n
		}
		if total == 0 {
			idle++
			if idle >= 3 {
				return nil
			}
		} else {
			idle = 0
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("pipeline not settled: %v pending: %w", pending, ctx.Err())
		case <-time.After(200 * time.Millisecond):
		}
	}
}

// Stop stops the services (each finishes its in-flight work and flushes),
// then the bus, the embedded NATS server and the local ClickHouse.
func (s *Stack) Stop() error {
	if s.cancel != nil {
		s.cancel()
	}
	s.wg.Wait()
	if s.Bus != nil {
		s.Bus.Close()
	}
	if s.Store != nil {
		s.Store.Close()
	}
	if s.embedded != nil {
		s.embedded.Shutdown()
	}
	if s.local != nil {
		s.local.Stop()
	}
	return s.Err()
}

// resolveListen turns port 0 into a free port so the URL can be printed.
func resolveListen(addr string) (string, error) {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return "", fmt.Errorf("listen address %q: %w", addr, err)
	}
	if port != "0" {
		return addr, nil
	}
	l, err := net.Listen("tcp", net.JoinHostPort(host, "0"))
	if err != nil {
		return "", fmt.Errorf("pick a port on %s: %w", host, err)
	}
	defer l.Close()
	return l.Addr().String(), nil
}

func waitHTTP(ctx context.Context, addr string) error {
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		c, err := net.DialTimeout("tcp", addr, time.Second)
		if err == nil {
			c.Close()
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(50 * time.Millisecond):
		}
	}
	return fmt.Errorf("nothing listens on %s after 30s", addr)
}
