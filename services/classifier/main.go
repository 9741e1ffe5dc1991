// Command classifier consumes candidates from NATS JetStream, classifies
// each one and publishes the result on cit.classified.<verdict>.
package main

import (
	"context"
	"flag"

	"github.com/cit-health/cit/pkg/classify"
	"github.com/cit-health/cit/pkg/service/classifiersvc"
	"github.com/cit-health/cit/pkg/service/svcmain"
	"go.uber.org/zap"
)

func main() {
	opts := classify.DefaultOptions()
	svcmain.Main("classifier", "127.0.0.1:8091", func(fs *flag.FlagSet) {
		fs.Float64Var(&opts.AcceptThreshold, "accept", opts.AcceptThreshold, "score at or above which a candidate is accepted")
		fs.Float64Var(&opts.ReviewThreshold, "review", opts.ReviewThreshold, "score at or above which a candidate goes to review")
	}, func(ctx context.Context, c svcmain.Common, log *zap.Logger) error {
		return classifiersvc.Run(ctx, classifiersvc.Config{NATS: c.NATS, Listen: c.Listen, Options: opts, Bus: c.BusOptions()}, log)
	})
}
