package cli

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/cit-health/cit/pkg/bus"
	"github.com/cit-health/cit/pkg/cit"
	"github.com/cit-health/cit/pkg/stack"
	"github.com/cit-health/cit/pkg/store"
	"go.uber.org/zap"
)

// multiFlag collects a repeated flag.
type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }

// SourceReport is one source's line of a run report.
type SourceReport struct {
	cit.RunReport
	Accepted uint64 `json:"accepted"`
	Review   uint64 `json:"review"`
	Rejected uint64 `json:"rejected"`
}

// RunResult is what `citctl run --once --json` prints.
type RunResult struct {
	RunID     string         `json:"run_id"`
	Sources   []SourceReport `json:"sources"`
	Incidents uint64         `json:"incidents"`
	Database  string         `json:"database"`
}

func runRun(ctx context.Context, args []string, io IO) error {
	fs := newFlags("run", io)
	var srv servers
	srv.register(fs, io, true)
	once := fs.Bool("once", false, "run one collection cycle, wait until every candidate is settled, print a report and exit")
	var files multiFlag
	fs.Var(&files, "file", "saved source document to use as a source (repeatable; replaces the configured sources)")
	config := fs.String("config", "", "sources file (default: the built-in deploy/sources.yaml)")
	asJSON := fs.Bool("json", false, "with --once: print the report as JSON")
	timeout := fs.Duration("timeout", 15*time.Minute, "with --once: how long to wait for the pipeline to settle")
	statsListen := fs.String("stats-listen", envOr(io, "CIT_STATS_LISTEN", "127.0.0.1:8080"), "dashboard address (continuous mode)")
	triageListen := fs.String("triage-listen", envOr(io, "CIT_TRIAGE_LISTEN", "127.0.0.1:8081"), "triage app address (continuous mode)")
	natsPort := fs.Int("nats-port", 0, "port of the embedded NATS server (continuous mode; 0 picks a free one)")
	noSchedule := fs.Bool("no-schedule", false, "continuous mode: do not run the sources' schedule (e.g. when a systemd timer or CronJob runs `run --once`)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if !*once {
		return runContinuous(ctx, srv, continuous{config: *config, statsListen: *statsListen, triageListen: *triageListen,
			natsPort: *natsPort, schedule: !*noSchedule}, io)
	}
	return cycle(ctx, srv, *timeout, *asJSON, io, func(b *bus.Bus, runID string, log *zap.Logger) ([]SourceReport, []string, error) {
		if len(files) == 0 {
			return collectSources(ctx, b, srv.data, *config, runID, log, io)
		}
		return collectFiles(ctx, b, srv.data, runID, files, log, io)
	})
}

// collection is one cycle's collecting: it publishes candidates and returns
// the per-source reports and the ids it published.
type collection func(b *bus.Bus, runID string, log *zap.Logger) ([]SourceReport, []string, error)

// cycle runs one collection through the pipeline, waits until every
// candidate is settled and prints the report.
func cycle(ctx context.Context, srv servers, timeout time.Duration, asJSON bool, io IO, collect collection) error {
	log, err := logger(io)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	b, st, stop, err := pipeline(ctx, srv, log)
	if err != nil {
		return err
	}
	defer stop()
	runID := newRunID()
	reports, ids, err := collect(b, runID, log)
	if err != nil {
		return err
	}
	if len(reports) > 0 && reports[0].RunID != "" {
		runID = reports[0].RunID // backfill names its own run
	}
	fmt.Fprintln(io.Stderr, "waiting for the pipeline to settle …")
	if err := stack.Settle(ctx, b); err != nil {
		return fmt.Errorf("%w (with --nats, are the classifier, dedup and writer services running?)", err)
	}
	return report(ctx, st, runID, reports, ids, asJSON, io)
}

// pipeline connects to the configured NATS (whose services run elsewhere)
// or starts the whole stack in this process.
func pipeline(ctx context.Context, srv servers, log *zap.Logger) (*bus.Bus, *store.Store, func(), error) {
	if srv.nats != "" {
		b, err := bus.Connect(ctx, srv.nats, log, bus.WithDedupPartitions(srv.partitions), bus.WithStreamReplicas(srv.replicas))
		if err != nil {
			return nil, nil, nil, err
		}
		st, err := srv.openStore(ctx, log, false)
		if err != nil {
			b.Close()
			return nil, nil, nil, err
		}
		return b, st, func() { st.Close(); b.Close() }, nil
	}
	cfg := srv.storeConfig()
	if srv.clickhouse == "" {
		cfg.Addr = "" // a local server under --data
	}
	s, err := stack.Start(ctx, stack.Config{DataDir: srv.data, ClickHouse: cfg}, log)
	if err != nil {
		return nil, nil, nil, err
	}
	return s.Bus, s.Store, func() {
		if err := s.Stop(); err != nil {
			log.Warn("stack stopped with errors", zap.Error(err))
		}
	}, nil
}

// report prints the per-source report after the pipeline settled.
func report(ctx context.Context, st *store.Store, runID string, reports []SourceReport, ids []string, asJSON bool, io IO) error {
	counts, err := st.VerdictCounts(ctx, ids)
	if err != nil {
		return err
	}
	for i := range reports {
		c := counts[reports[i].Source]
		reports[i].Accepted, reports[i].Review, reports[i].Rejected = c[cit.VerdictAccept], c[cit.VerdictReview], c[cit.VerdictReject]
	}
	sum, err := st.Summary(ctx, store.Filter{})
	if err != nil {
		return err
	}
	res := RunResult{RunID: runID, Sources: reports, Incidents: sum.Incidents, Database: st.Database()}
	if asJSON {
		enc := json.NewEncoder(io.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(res)
	}
	tw := tabwriter.NewWriter(io.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "SOURCE\tFETCHED\tNEW\tUNCHANGED\tERRORS\tACCEPTED\tREVIEW\tREJECTED\tDURATION\tERROR")
	for _, r := range reports {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%s\t%s\n", r.Source, r.Fetched, r.New, r.Unchanged, r.Errors,
			r.Accepted, r.Review, r.Rejected, time.Duration(r.DurationMS)*time.Millisecond, r.Error)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(io.Stdout, "run %s settled: %d incidents in database %s\n", runID, sum.Incidents, st.Database())
	return nil
}

func newRunID() string {
	var b [4]byte
	_, _ = rand.Read(b[:])
	return time.Now().UTC().Format("20060102T150405Z") + "-" + hex.EncodeToString(b[:])
}
