// Command stats serves CIT's read-only statistics API and public dashboard
// over the incidents stored in ClickHouse.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/cit-health/cit/pkg/logging"
	"github.com/cit-health/cit/pkg/service/statssvc"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Getenv); err != nil {
		fmt.Fprintln(os.Stderr, "stats:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, getenv func(string) string) error {
	fs := flag.NewFlagSet("stats", flag.ContinueOnError)
	cfg := statssvc.Config{}
	fs.StringVar(&cfg.Listen, "listen", envOr(getenv, "CIT_LISTEN", "127.0.0.1:8080"), "HTTP listen address (env CIT_LISTEN)")
	fs.StringVar(&cfg.ClickHouse, "clickhouse", envOr(getenv, "CIT_CLICKHOUSE_ADDR", "127.0.0.1:9000"), "ClickHouse native address (env CIT_CLICKHOUSE_ADDR)")
	fs.StringVar(&cfg.Database, "database", envOr(getenv, "CIT_CLICKHOUSE_DB", "cit"), "ClickHouse database (env CIT_CLICKHOUSE_DB)")
	fs.StringVar(&cfg.User, "clickhouse-user", envOr(getenv, "CIT_CLICKHOUSE_USER", "default"), "ClickHouse user, ideally read-only (env CIT_CLICKHOUSE_USER)")
	fs.StringVar(&cfg.Password, "clickhouse-password", getenv("CIT_CLICKHOUSE_PASSWORD"), "ClickHouse password (env CIT_CLICKHOUSE_PASSWORD)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	log, err := logging.New("stats", getenv)
	if err != nil {
		return err
	}
	defer func() { _ = log.Sync() }()
	return statssvc.Run(ctx, cfg, log)
}

func envOr(getenv func(string) string, key, def string) string {
	if v := getenv(key); v != "" {
		return v
	}
	return def
}
