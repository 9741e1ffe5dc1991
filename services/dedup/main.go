// Command dedup links accepted candidates and analysts' decisions into
// incidents and publishes every changed incident on cit.incident.upsert.
package main

import (
	"context"

	"github.com/cit-health/cit/pkg/dedup"
	"github.com/cit-health/cit/pkg/service/dedupsvc"
	"github.com/cit-health/cit/pkg/service/svcmain"
	"go.uber.org/zap"
)

func main() {
	svcmain.Main("dedup", "127.0.0.1:8092", nil, func(ctx context.Context, c svcmain.Common, log *zap.Logger) error {
		return dedupsvc.Run(ctx, dedupsvc.Config{NATS: c.NATS, Listen: c.Listen, Options: dedup.DefaultOptions()}, log)
	})
}
