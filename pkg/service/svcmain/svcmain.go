// Package svcmain is the shared body of every service binary's main: a
// signal context, the common flags (--listen, --nats, --clickhouse,
// --database and their environment variables), an injected zap logger, and
// the exit code.
package svcmain

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strconv"
	"syscall"

	"github.com/cit-health/cit/pkg/bus"
	"github.com/cit-health/cit/pkg/logging"
	"github.com/cit-health/cit/pkg/store"
	"go.uber.org/zap"
)

// Common are the flags every service shares.
type Common struct {
	Listen     string
	NATS       string
	ClickHouse store.Config
	// DedupPartitions is how many dedup replicas share the work by victim
	// key; every service of a deployment must agree on it.
	DedupPartitions int
	// StreamReplicas is how many servers of a NATS cluster keep each stream.
	StreamReplicas int
}

// BusOptions are the bus options the common flags set.
func (c Common) BusOptions() []bus.Option {
	return []bus.Option{bus.WithDedupPartitions(c.DedupPartitions), bus.WithStreamReplicas(c.StreamReplicas)}
}

// Main runs a service: it parses the common flags (plus any the service
// registers with extra), builds the logger and runs run until SIGINT or
// SIGTERM. It does not return.
func Main(name, defaultListen string, extra func(fs *flag.FlagSet), run func(ctx context.Context, c Common, log *zap.Logger) error) {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := Run(ctx, name, defaultListen, os.Args[1:], os.Getenv, os.Stderr, extra, run)
	stop()
	if err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintf(os.Stderr, "%s: %v\n", name, err)
		}
		os.Exit(1)
	}
}

// Run is Main without the process: testable.
func Run(ctx context.Context, name, defaultListen string, args []string, getenv func(string) string, stderr io.Writer,
	extra func(fs *flag.FlagSet), run func(ctx context.Context, c Common, log *zap.Logger) error) error {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	var c Common
	or := func(key, def string) string {
		if v := getenv(key); v != "" {
			return v
		}
		return def
	}
	fs.StringVar(&c.Listen, "listen", or("CIT_LISTEN", defaultListen), "HTTP address HOST:PORT (API/pages, /healthz, /metrics)")
	fs.StringVar(&c.NATS, "nats", or("CIT_NATS_URL", "nats://127.0.0.1:4222"), "NATS URL")
	fs.StringVar(&c.ClickHouse.Addr, "clickhouse", or("CIT_CLICKHOUSE_ADDR", "127.0.0.1:9000"), "ClickHouse native address HOST:PORT")
	fs.StringVar(&c.ClickHouse.Database, "database", or("CIT_CLICKHOUSE_DB", "cit"), "ClickHouse database")
	fs.StringVar(&c.ClickHouse.Username, "clickhouse-user", or("CIT_CLICKHOUSE_USER", "default"), "ClickHouse user")
	fs.StringVar(&c.ClickHouse.Password, "clickhouse-password", getenv("CIT_CLICKHOUSE_PASSWORD"), "ClickHouse password")
	partitions, err := strconv.Atoi(or("CIT_DEDUP_PARTITIONS", "1"))
	if err != nil || partitions < 1 {
		return fmt.Errorf("CIT_DEDUP_PARTITIONS %q: want a whole number ≥ 1", getenv("CIT_DEDUP_PARTITIONS"))
	}
	fs.IntVar(&c.DedupPartitions, "dedup-partitions", partitions, "dedup replicas sharing the work by victim key (same on every service)")
	replicas, err := strconv.Atoi(or("CIT_NATS_REPLICAS", "1"))
	if err != nil || replicas < 1 {
		return fmt.Errorf("CIT_NATS_REPLICAS %q: want a whole number ≥ 1", getenv("CIT_NATS_REPLICAS"))
	}
	fs.IntVar(&c.StreamReplicas, "nats-replicas", replicas, "servers of a NATS cluster keeping each stream (same on every service)")
	if extra != nil {
		extra(fs)
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if c.DedupPartitions < 1 {
		return fmt.Errorf("--dedup-partitions %d: want at least 1", c.DedupPartitions)
	}
	log, err := logging.New(name, getenv)
	if err != nil {
		return err
	}
	defer log.Sync()
	log.Info("starting", zap.String("listen", c.Listen))
	if err := run(ctx, c, log); err != nil {
		log.Error("stopped with an error", zap.Error(err))
		return err
	}
	log.Info("stopped")
	return nil
}
