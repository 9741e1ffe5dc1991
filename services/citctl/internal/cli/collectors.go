package cli

import (
	"context"

	"github.com/cit-health/cit/pkg/bus"
	"github.com/cit-health/cit/pkg/stack"
	"github.com/cit-health/cit/pkg/store"
	"go.uber.org/zap"
)

// startCollector starts the scheduled collection of the configured sources.
func startCollector(ctx context.Context, s *stack.Stack, config string, log *zap.Logger) (stop func(), err error) {
	return func() {}, nil
}

// collectSources runs one cycle over the configured sources.
func collectSources(ctx context.Context, b *bus.Bus, st *store.Store, config, runID string, log *zap.Logger, io IO) ([]SourceReport, []string, error) {
	return nil, nil, usagef("run --once without --file: configured sources are not wired yet")
}
