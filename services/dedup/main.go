// Command dedup links accepted candidates and analysts' decisions into
// incidents and publishes every changed incident on cit.incident.upsert.
// With --dedup-partitions N, N replicas each run with their own --partition
// and decide the incidents of their share of victim keys.
package main

import (
	"context"
	"flag"
	"os"
	"strconv"

	"github.com/cit-health/cit/pkg/dedup"
	"github.com/cit-health/cit/pkg/service/dedupsvc"
	"github.com/cit-health/cit/pkg/service/svcmain"
	"go.uber.org/zap"
)

func main() {
	partition, _ := strconv.Atoi(os.Getenv("CIT_DEDUP_PARTITION"))
	svcmain.Main("dedup", "127.0.0.1:8092", func(fs *flag.FlagSet) {
		fs.IntVar(&partition, "partition", partition, "this replica's partition, 0 ≤ partition < --dedup-partitions (env CIT_DEDUP_PARTITION)")
	}, func(ctx context.Context, c svcmain.Common, log *zap.Logger) error {
		return dedupsvc.Run(ctx, dedupsvc.Config{NATS: c.NATS, Listen: c.Listen, Options: dedup.DefaultOptions(),
			Partition: partition, Bus: c.BusOptions()}, log)
	})
}
