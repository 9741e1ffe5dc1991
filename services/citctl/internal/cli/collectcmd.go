package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"text/tabwriter"
	"time"

	"github.com/cit-health/cit/pkg/bus"
	"github.com/cit-health/cit/pkg/cit"
	"github.com/cit-health/cit/pkg/service/collectorsvc"
	"github.com/cit-health/cit/pkg/store"
	"go.uber.org/zap"
)

func runBackfill(ctx context.Context, args []string, io IO) error {
	fs := newFlags("backfill", io)
	var srv servers
	srv.register(fs, io, true)
	from := fs.String("from", "", "replay items published on or after this date, YYYY-MM-DD (required)")
	var names multiFlag
	fs.Var(&names, "source", "source to backfill (repeatable; default: every source that keeps its history)")
	config := fs.String("config", "", "sources file (default: the built-in deploy/sources.yaml)")
	timeout := fs.Duration("timeout", 2*time.Hour, "how long to wait for the pipeline to settle")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *from == "" {
		return usagef("backfill needs --from YYYY-MM-DD")
	}
	since, err := time.Parse("2006-01-02", *from)
	if err != nil {
		return usagef("--from %q: want a date YYYY-MM-DD", *from)
	}
	cfg, err := collectorsvc.LoadSources(*config)
	if err != nil {
		return err
	}
	return cycle(ctx, srv, *timeout, false, io, func(b *bus.Bus, _ string, log *zap.Logger) ([]SourceReport, []string, error) {
		rec := &recorder{b: b}
		coll, err := collectorsvc.NewCollector(b, rec, stateDir(srv.data), false, log)
		if err != nil {
			return nil, nil, err
		}
		reports, err := coll.Backfill(ctx, cfg.Sources, since, progressPrinter(io), names...)
		if err != nil {
			return nil, nil, err
		}
		return sourceReports(reports), rec.ids, nil
	})
}

func runRuns(ctx context.Context, args []string, io IO) error {
	fs := newFlags("runs", io)
	var srv servers
	srv.register(fs, io, false)
	src := fs.String("source", "", "only this source")
	limit := fs.Int("limit", 50, "how many reports")
	asJSON := fs.Bool("json", false, "print JSON Lines")
	if err := parse(fs, args); err != nil {
		return err
	}
	var runs []cit.RunReport
	if err := srv.withStore(ctx, io, true, func(st *store.Store) (err error) {
		runs, err = st.Runs(ctx, *src, *limit)
		return err
	}); err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(io.Stdout)
		for _, r := range runs {
			if err := enc.Encode(r); err != nil {
				return err
			}
		}
		return nil
	}
	tw := tabwriter.NewWriter(io.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "STARTED\tRUN\tSOURCE\tFETCHED\tNEW\tUNCHANGED\tERRORS\tDURATION\tERROR")
	for _, r := range runs {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%d\t%d\t%d\t%s\t%s\n", r.StartedAt, r.RunID, r.Source, r.Fetched, r.New, r.Unchanged,
			r.Errors, time.Duration(r.DurationMS)*time.Millisecond, r.Error)
	}
	return tw.Flush()
}
