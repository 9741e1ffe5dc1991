// Command triage serves the analysts' web app: the review queue, candidate
// and incident pages, the actions that publish triage decisions on NATS, and
// the audit log. Users are managed with `citctl users`.
package main

import (
	"context"
	"flag"
	"os"
	"strings"

	"github.com/cit-health/cit/pkg/service/svcmain"
	"github.com/cit-health/cit/pkg/service/triagesvc"
	"go.uber.org/zap"
)

func main() {
	statsURL := os.Getenv("CIT_STATS_URL")
	trusted := os.Getenv("CIT_TRUSTED_ORIGINS")
	svcmain.Main("triage", "127.0.0.1:8081", func(fs *flag.FlagSet) {
		fs.StringVar(&statsURL, "stats-url", statsURL, "public dashboard URL to link to (env CIT_STATS_URL)")
		fs.StringVar(&trusted, "trusted-origins", trusted, "comma-separated public origins behind a proxy that rewrites Host, e.g. https://triage.example.org (env CIT_TRUSTED_ORIGINS)")
	}, func(ctx context.Context, c svcmain.Common, log *zap.Logger) error {
		var origins []string
		for _, o := range strings.Split(trusted, ",") {
			if o = strings.TrimSpace(o); o != "" {
				origins = append(origins, o)
			}
		}
		return triagesvc.Run(ctx, triagesvc.Config{Listen: c.Listen, ClickHouse: c.ClickHouse.Addr,
			Database: c.ClickHouse.Database, User: c.ClickHouse.Username, Password: c.ClickHouse.Password,
			NATS: c.NATS, Bus: c.BusOptions(), StatsURL: statsURL, TrustedOrigins: origins}, log)
	})
}
