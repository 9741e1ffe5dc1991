// Package cli implements citctl's commands. Each command parses its own
// flags, reads JSON Lines from stdin or talks to the configured servers, and
// writes JSON (Lines) to stdout; errors go to stderr through the returned
// error, naming the input and the cause.
package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"

	"github.com/cit-health/cit/pkg/logging"
	"github.com/cit-health/cit/pkg/stack"
	"github.com/cit-health/cit/pkg/store"
	"go.uber.org/zap"
)

// IO is what a command may touch of its process.
type IO struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	Getenv         func(string) string
}

// UsageError is a mistake in the command line.
type UsageError struct{ Msg string }

func (e *UsageError) Error() string { return e.Msg }

func usagef(format string, args ...any) error { return &UsageError{Msg: fmt.Sprintf(format, args...)} }

type command struct {
	summary string
	run     func(ctx context.Context, args []string, io IO) error
}

func commands() map[string]command {
	return map[string]command{
		"collect":       {"parse one saved source document (--file) or fetch one (--url) and print its candidates", runCollect},
		"classify":      {"classify candidate lines from stdin; each comes back with \"classification\"", runClassify},
		"dedup":         {"link candidate lines from stdin into incidents; each comes back with \"incident_id\"", runDedup},
		"run":           {"run the pipeline: --once for one collection cycle, else the whole stack until Ctrl-C", runRun},
		"stats":         {"stats summary [--from D] [--to D] [--country CC] [--attack-type T] [--sector S]", runStats},
		"migrate":       {"apply the ClickHouse migrations", runMigrate},
		"users":         {"users add|list|disable|reset: manage triage app accounts", runUsers},
		"export-labels": {"print the analysts' decisions as labelled JSON Lines", runExportLabels},
		"dlq":           {"dlq list|replay: inspect or replay dead-lettered messages", runDLQ},
		"backfill":      {"replay sources that keep their history from a date (--from YYYY-MM-DD [--source NAME])", runBackfill},
		"runs":          {"list collection runs per source (fetched, new, unchanged, errors, duration)", runRuns},
		"digest":        {"print the weekly digest (--week YYYY-MM-DD, --format md|html)", runDigest},
	}
}

// Run runs one citctl command.
func Run(ctx context.Context, args []string, io IO) error {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		printHelp(io.Stdout)
		if len(args) == 0 {
			return usagef("no command given")
		}
		return nil
	}
	cmd, ok := commands()[args[0]]
	if !ok {
		return usagef("unknown command %q (see citctl help)", args[0])
	}
	if err := cmd.run(ctx, args[1:], io); err != nil && !errors.Is(err, errHelp) {
		return err
	}
	return nil
}

func printHelp(w io.Writer) {
	fmt.Fprintln(w, "usage: citctl COMMAND [flags]\n\ncommands:")
	cmds := commands()
	names := make([]string, 0, len(cmds))
	for n := range cmds {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-14s %s\n", n, cmds[n].summary)
	}
	fmt.Fprintln(w, "\nServers: --clickhouse HOST:PORT (CIT_CLICKHOUSE_ADDR), --database NAME (CIT_CLICKHOUSE_DB),\n"+
		"--nats URL (CIT_NATS_URL; embedded when not given), --data DIR (CIT_DATA_DIR, default var).")
}

// flags is a FlagSet that reports errors as usage errors.
func newFlags(name string, io IO) *flag.FlagSet {
	fs := flag.NewFlagSet("citctl "+name, flag.ContinueOnError)
	fs.SetOutput(io.Stderr)
	return fs
}

// errHelp ends a command after its usage was printed for -h.
var errHelp = errors.New("help printed")

func parse(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return errHelp
		}
		return &UsageError{Msg: err.Error()}
	}
	return nil
}

// servers are the connection flags shared by commands.
type servers struct {
	clickhouse, database, user, password, nats, data string
	partitions, replicas                             int
}

func (s *servers) register(fs *flag.FlagSet, io IO, withNATS bool) {
	fs.StringVar(&s.clickhouse, "clickhouse", io.Getenv("CIT_CLICKHOUSE_ADDR"), "ClickHouse native address HOST:PORT")
	fs.StringVar(&s.database, "database", envOr(io, "CIT_CLICKHOUSE_DB", "cit"), "ClickHouse database")
	fs.StringVar(&s.user, "clickhouse-user", io.Getenv("CIT_CLICKHOUSE_USER"), "ClickHouse user")
	fs.StringVar(&s.password, "clickhouse-password", io.Getenv("CIT_CLICKHOUSE_PASSWORD"), "ClickHouse password")
	fs.StringVar(&s.data, "data", envOr(io, "CIT_DATA_DIR", "var"), "data folder for the embedded NATS and local ClickHouse")
	if withNATS {
		fs.StringVar(&s.nats, "nats", io.Getenv("CIT_NATS_URL"), "NATS URL (embedded server when empty)")
		n, err := strconv.Atoi(envOr(io, "CIT_DEDUP_PARTITIONS", "1"))
		if err != nil || n < 1 {
			n = 1
		}
		fs.IntVar(&s.partitions, "dedup-partitions", n, "dedup partitions of the deployment (env CIT_DEDUP_PARTITIONS)")
		r, err := strconv.Atoi(envOr(io, "CIT_NATS_REPLICAS", "1"))
		if err != nil || r < 1 {
			r = 1
		}
		fs.IntVar(&s.replicas, "nats-replicas", r, "replicas of every stream on a NATS cluster (env CIT_NATS_REPLICAS)")
	}
}

// storeConfig resolves the ClickHouse address: the flag or environment, else
// the local server a running `citctl run` recorded, else 127.0.0.1:9000.
func (s *servers) storeConfig() store.Config {
	addr := s.clickhouse
	if addr == "" {
		if b, err := os.ReadFile(stack.AddrFile(s.data)); err == nil {
			addr = strings.TrimSpace(string(b))
		}
	}
	if addr == "" {
		addr = "127.0.0.1:9000"
	}
	return store.Config{Addr: addr, Database: s.database, Username: s.user, Password: s.password}
}

func (s *servers) openStore(ctx context.Context, log *zap.Logger, readOnly bool) (*store.Store, error) {
	cfg := s.storeConfig()
	cfg.ReadOnly = readOnly
	st, err := store.Open(ctx, cfg, log)
	if err != nil {
		return nil, fmt.Errorf("%w (set --clickhouse or CIT_CLICKHOUSE_ADDR, or start `make run`)", err)
	}
	return st, nil
}

// withStore runs f with the configured store open.
func (s *servers) withStore(ctx context.Context, io IO, readOnly bool, f func(st *store.Store) error) error {
	log, err := logger(io)
	if err != nil {
		return err
	}
	st, err := s.openStore(ctx, log, readOnly)
	if err != nil {
		return err
	}
	defer st.Close()
	return f(st)
}

func envOr(io IO, key, def string) string {
	if v := io.Getenv(key); v != "" {
		return v
	}
	return def
}

func logger(io IO) (*zap.Logger, error) {
	return logging.New("citctl", func(k string) string {
		if k == "CIT_LOG_FORMAT" && io.Getenv(k) == "" {
			return "console"
		}
		if k == "CIT_LOG_LEVEL" && io.Getenv(k) == "" {
			return "warn"
		}
		return io.Getenv(k)
	})
}
