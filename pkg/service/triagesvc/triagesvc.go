// Package triagesvc is the analysts' web app: sign-in (argon2id passwords,
// server-side sessions in a JetStream key-value bucket that survive restarts,
// roles viewer / analyst / admin, throttled logins),
// the review queue of what needs a human, a candidate page with the source
// text, highlighted evidence, the classifier's reasons and suggested
// duplicates, the actions (confirm with edits, reject, merge, split, edit,
// bulk), and the append-only audit log. Every action is a cit.TriageDecision
// published on cit.triage.decision; the pipeline applies it and the writer
// keeps it in triage_log. The app itself only reads ClickHouse, apart from
// the users table.
//
// It also provides citctl's `users` and `export-labels` commands.
package triagesvc

import (
	"context"
	"fmt"
	"time"

	"github.com/alexedwards/scs/v2"
	"github.com/cit-health/cit/pkg/bus"
	"github.com/cit-health/cit/pkg/cit"
	"github.com/cit-health/cit/pkg/httpserver"
	"github.com/cit-health/cit/pkg/store"
	"go.uber.org/zap"
)

// Config says where the triage app listens and what it talks to.
type Config struct {
	Listen     string // host:port of the HTTP server
	ClickHouse string // host:port of ClickHouse's native protocol
	Database   string
	User       string // ClickHouse user; default "default"
	Password   string
	NATS       string // NATS URL
	// Bus options: stream replicas, dedup partitions.
	Bus []bus.Option
	// StatsURL, when set, is linked from the navigation as the public dashboard.
	StatsURL string
	// TrustedOrigins are public origins of the app behind a proxy that
	// rewrites Host ("https://triage.example.org").
	TrustedOrigins []string
}

// Publisher publishes a decision and returns once the bus has stored it.
// *bus.Bus is one.
type Publisher interface {
	PublishDecision(ctx context.Context, d cit.TriageDecision) error
}

// Run opens ClickHouse (applying migrations) and NATS, and serves the app
// until ctx is done, then shuts down gracefully.
func Run(ctx context.Context, cfg Config, log *zap.Logger) error {
	st, err := store.Open(ctx, store.Config{Addr: cfg.ClickHouse, Database: cfg.Database,
		Username: cfg.User, Password: cfg.Password}, log)
	if err != nil {
		return fmt.Errorf("triage: %w", err)
	}
	defer st.Close()
	b, err := bus.Connect(ctx, cfg.NATS, log, cfg.Bus...)
	if err != nil {
		return fmt.Errorf("triage: %w", err)
	}
	defer b.Close()
	sessions, err := NewKVSessions(ctx, b.JetStream(), DefaultSessionLifetime)
	if err != nil {
		return fmt.Errorf("triage: %w", err)
	}
	h, err := NewHandler(st, b, log, WithStatsURL(cfg.StatsURL), WithTrustedOrigins(cfg.TrustedOrigins...),
		WithSessionStore(sessions))
	if err != nil {
		return fmt.Errorf("triage: %w", err)
	}
	srv, err := httpserver.New(cfg.Listen, h, nil, log, map[string]httpserver.HealthFunc{
		"clickhouse": st.Ping,
		"nats":       b.Healthy,
	})
	if err != nil {
		return fmt.Errorf("triage: %w", err)
	}
	log.Info("triage serving", zap.String("url", srv.URL()), zap.String("database", st.Database()))
	return srv.Run(ctx)
}

// Option tunes a handler.
type Option func(*options)

type options struct {
	now            func() time.Time
	sessions       scs.Store
	insecureCookie bool
	throttle       ThrottleLimits
	uncertainBelow float64
	statsURL       string
	argon          Argon2Params
	sessionLife    time.Duration
	trusted        []string
}

// WithClock sets the clock (tests).
func WithClock(now func() time.Time) Option { return func(o *options) { o.now = now } }

// WithSessionStore keeps sessions in s (default: in memory, lost on restart;
// Run uses KVSessions, which survive it).
func WithSessionStore(s scs.Store) Option { return func(o *options) { o.sessions = s } }

// WithInsecureCookies drops the Secure attribute of the session cookie, for
// clients that refuse Secure cookies over plain HTTP (Go's cookie jar). Never
// in production.
func WithInsecureCookies() Option { return func(o *options) { o.insecureCookie = true } }

// WithThrottle sets the sign-in limits (default 5 failures per username and
// 20 per address in 15 minutes).
func WithThrottle(l ThrottleLimits) Option { return func(o *options) { o.throttle = l } }

// WithUncertainBelow sets the linking confidence under which an incident is
// listed for review (default 0.8).
func WithUncertainBelow(c float64) Option { return func(o *options) { o.uncertainBelow = c } }

// WithTrustedOrigins accepts state-changing requests from these origins
// ("https://triage.example.org") too: for a proxy that rewrites Host, whose
// public origin the app cannot see.
func WithTrustedOrigins(origins ...string) Option {
	return func(o *options) { o.trusted = append(o.trusted, origins...) }
}

// WithStatsURL links the public dashboard from the navigation.
func WithStatsURL(u string) Option { return func(o *options) { o.statsURL = u } }

// WithArgon2 sets the cost of hashes the app makes (password resets by admins).
func WithArgon2(p Argon2Params) Option { return func(o *options) { o.argon = p } }

// WithSessionLifetime sets how long a session lasts (default 12 hours).
func WithSessionLifetime(d time.Duration) Option { return func(o *options) { o.sessionLife = d } }
