// Command writer stores classified candidates, incidents, analysts'
// decisions and collection runs from NATS JetStream into ClickHouse, in
// batches, acking only what ClickHouse accepted.
package main

import (
	"context"
	"flag"
	"time"

	"github.com/cit-health/cit/pkg/service/svcmain"
	"github.com/cit-health/cit/pkg/service/writersvc"
	"go.uber.org/zap"
)

func main() {
	var size int
	var wait time.Duration
	svcmain.Main("writer", "127.0.0.1:8093", func(fs *flag.FlagSet) {
		fs.IntVar(&size, "batch-size", 1000, "largest batch written at once")
		fs.DurationVar(&wait, "batch-wait", time.Second, "longest a message waits for its batch")
	}, func(ctx context.Context, c svcmain.Common, log *zap.Logger) error {
		return writersvc.Run(ctx, writersvc.Config{NATS: c.NATS, ClickHouse: c.ClickHouse, Listen: c.Listen,
			BatchSize: size, MaxWait: wait, Bus: c.BusOptions()}, log)
	})
}
