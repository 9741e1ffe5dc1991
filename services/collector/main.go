// Command collector runs CIT's sources on their schedules and publishes
// candidate reports and per-source run reports on NATS JetStream.
package main

import (
	"context"
	"flag"

	"github.com/cit-health/cit/pkg/service/collectorsvc"
	"github.com/cit-health/cit/pkg/service/svcmain"
	"go.uber.org/zap"
)

func main() {
	var cfg collectorsvc.Config
	svcmain.Main("collector", "127.0.0.1:8090", func(fs *flag.FlagSet) {
		fs.StringVar(&cfg.Sources, "sources", "", "sources file (default: the built-in deploy/sources.yaml)")
		fs.StringVar(&cfg.StateDir, "state", "var/collector", "folder of the fetch state (validators, seen items, last runs)")
		fs.BoolVar(&cfg.AllowPrivateNetworks, "allow-private-networks", false, "let sources live on private networks")
	}, func(ctx context.Context, c svcmain.Common, log *zap.Logger) error {
		cfg.NATS, cfg.Listen, cfg.Bus = c.NATS, c.Listen, c.BusOptions()
		return collectorsvc.Run(ctx, cfg, log)
	})
}
