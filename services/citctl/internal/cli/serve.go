package cli

import (
	"context"
	"fmt"
	"net/url"
	"time"

	"github.com/cit-health/cit/pkg/feed"
	"github.com/cit-health/cit/pkg/fetch"
	"github.com/cit-health/cit/pkg/service/statssvc"
	"github.com/cit-health/cit/pkg/stack"
	"github.com/cit-health/cit/pkg/store"
	"go.uber.org/zap"
)

// fetchDocument fetches one live document with the hardened client.
func fetchDocument(ctx context.Context, rawURL string, opts feed.Options) ([]byte, feed.Options, error) {
	u, err := url.Parse(rawURL)
	if err != nil || u.Host == "" {
		return nil, opts, usagef("--url %q: not an absolute URL", rawURL)
	}
	if opts.Source == "" {
		opts.Source = u.Hostname()
	}
	client := fetch.New(fetch.Options{})
	resp, err := client.Get(ctx, fetch.Request{URL: rawURL})
	if err != nil {
		return nil, opts, fmt.Errorf("source %s: %w", opts.Source, err)
	}
	opts.BaseURL = resp.URL
	opts.ContentType = resp.ContentType
	return resp.Body, opts, nil
}

// continuous are the options of `citctl run` without --once.
type continuous struct {
	config, statsListen, triageListen string
	natsPort                          int
	schedule                          bool
}

// runContinuous runs the whole stack until ctx is done (Ctrl-C).
func runContinuous(ctx context.Context, srv servers, opt continuous, io IO) error {
	log, err := logger(io)
	if err != nil {
		return err
	}
	cfg := srv.storeConfig()
	if srv.clickhouse == "" {
		cfg.Addr = ""
	}
	fmt.Fprintln(io.Stderr, "starting CIT: NATS JetStream, ClickHouse, classifier, dedup, writer, stats, triage …")
	s, err := stack.Start(ctx, stack.Config{DataDir: srv.data, NATS: srv.nats, NATSPort: opt.natsPort, ClickHouse: cfg,
		StatsListen: opt.statsListen, TriageListen: opt.triageListen}, log)
	if err != nil {
		return err
	}
	collector := func() {}
	if opt.schedule {
		collector, err = startCollector(ctx, s, srv.data, opt.config, log)
		if err != nil {
			s.Stop()
			return err
		}
	}
	fmt.Fprintf(io.Stdout, "CIT is running.\n  dashboard:  %s/\n  API:        %s/api/v1/summary\n  triage app: %s/\n  NATS:       %s\n  ClickHouse: %s (database %s)\nPress Ctrl-C to stop.\n",
		s.StatsURL, s.StatsURL, s.TriageURL, s.NATSURL, s.ClickHouseAddr, s.Store.Database())
	<-ctx.Done()
	fmt.Fprintln(io.Stderr, "stopping: finishing in-flight work …")
	collector()
	if err := s.Stop(); err != nil {
		log.Warn("stopped with errors", zap.Error(err))
	}
	fmt.Fprintln(io.Stderr, "stopped.")
	return nil
}

func runDigest(ctx context.Context, args []string, io IO) error {
	fs := newFlags("digest", io)
	var srv servers
	srv.register(fs, io, false)
	week := fs.String("week", "", "any date of the week to digest, YYYY-MM-DD (default: last week)")
	format := fs.String("format", "md", "md or html")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *format != "md" && *format != "html" {
		return usagef("--format %q: want md or html", *format)
	}
	day := time.Now().UTC().AddDate(0, 0, -7)
	if *week != "" {
		t, err := time.Parse("2006-01-02", *week)
		if err != nil {
			return usagef("--week %q: want a date YYYY-MM-DD", *week)
		}
		day = t
	}
	return srv.withStore(ctx, io, true, func(st *store.Store) error {
		return statssvc.Digest(ctx, st, day, io.Stdout, *format)
	})
}
