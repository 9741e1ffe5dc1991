// Package bustest starts a real NATS JetStream server for tests: embedded,
// on loopback with a random port, its store in the test's temporary folder,
// stopped when the test ends.
package bustest

import (
	"context"
	"testing"
	"time"

	"github.com/cit-health/cit/pkg/bus"
	"go.uber.org/zap"
)

// URL starts an embedded server and returns its client URL.
func URL(t testing.TB) string {
	t.Helper()
	e, err := bus.StartEmbedded(t.TempDir(), bus.EmbeddedOptions{}, zap.NewNop())
	if err != nil {
		t.Fatalf("start embedded NATS: %v", err)
	}
	t.Cleanup(e.Shutdown)
	return e.URL()
}

// Start starts an embedded server and returns a bus connected to it; both
// close when the test ends.
func Start(t testing.TB, opts ...bus.Option) *bus.Bus {
	t.Helper()
	url := URL(t)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	b, err := bus.Connect(ctx, url, zap.NewNop(), opts...)
	if err != nil {
		t.Fatalf("connect to embedded NATS: %v", err)
	}
	t.Cleanup(b.Close)
	return b
}
