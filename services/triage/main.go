// Command triage serves the analysts' web app: the review queue, candidate
// and incident pages, the actions that publish triage decisions on NATS, and
// the audit log. Users are managed with `citctl users`.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/cit-health/cit/pkg/logging"
	"github.com/cit-health/cit/pkg/service/triagesvc"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Getenv); err != nil {
		fmt.Fprintln(os.Stderr, "triage:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, getenv func(string) string) error {
	fs := flag.NewFlagSet("triage", flag.ContinueOnError)
	cfg := triagesvc.Config{}
	fs.StringVar(&cfg.Listen, "listen", envOr(getenv, "CIT_LISTEN", "127.0.0.1:8081"), "HTTP listen address (env CIT_LISTEN)")
	fs.StringVar(&cfg.ClickHouse, "clickhouse", envOr(getenv, "CIT_CLICKHOUSE_ADDR", "127.0.0.1:9000"), "ClickHouse native address (env CIT_CLICKHOUSE_ADDR)")
	fs.StringVar(&cfg.Database, "database", envOr(getenv, "CIT_CLICKHOUSE_DB", "cit"), "ClickHouse database (env CIT_CLICKHOUSE_DB)")
	fs.StringVar(&cfg.NATS, "nats", envOr(getenv, "CIT_NATS_URL", "nats://127.0.0.1:4222"), "NATS URL (env CIT_NATS_URL)")
	fs.StringVar(&cfg.StatsURL, "stats-url", getenv("CIT_STATS_URL"), "public dashboard URL to link to (env CIT_STATS_URL)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	log, err := logging.New("triage", getenv)
	if err != nil {
		return err
	}
	defer func() { _ = log.Sync() }()
	return triagesvc.Run(ctx, cfg, log)
}

func envOr(getenv func(string) string, key, def string) string {
	if v := getenv(key); v != "" {
		return v
	}
	return def
}
