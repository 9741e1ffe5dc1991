package bus

import (
	"fmt"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"go.uber.org/zap"
)

// Embedded is a NATS server with JetStream running inside this process, on
// loopback, for single-machine runs and tests.
type Embedded struct {
	srv *server.Server
}

// EmbeddedOptions configure an embedded server.
type EmbeddedOptions struct {
	// Port to listen on; 0 picks a free one.
	Port int
	// SyncAlways fsyncs every write before acknowledging it (JetStream
	// acknowledges before fsync by default). On for single-broker runs.
	SyncAlways bool
}

// StartEmbedded starts a server whose JetStream files live in dir.
func StartEmbedded(dir string, opts EmbeddedOptions, log *zap.Logger) (*Embedded, error) {
	port := opts.Port
	if port == 0 {
		port = server.RANDOM_PORT
	}
	srv, err := server.NewServer(&server.Options{
		ServerName: "cit-embedded",
		Host:       "127.0.0.1",
		Port:       port,
		JetStream:  true,
		StoreDir:   dir,
		SyncAlways: opts.SyncAlways,
		NoLog:      true,
		NoSigs:     true,
		MaxPayload: 8 << 20,
	})
	if err != nil {
		return nil, fmt.Errorf("embedded nats: %w", err)
	}
	go srv.Start()
	if !srv.ReadyForConnections(15 * time.Second) {
		srv.Shutdown()
		return nil, fmt.Errorf("embedded nats: not ready within 15s (store %s)", dir)
	}
	log.Info("embedded nats started", zap.String("url", srv.ClientURL()), zap.String("store", dir))
	return &Embedded{srv: srv}, nil
}

// URL is the client URL, nats://127.0.0.1:PORT.
func (e *Embedded) URL() string { return e.srv.ClientURL() }

// Shutdown stops the server and waits for it.
func (e *Embedded) Shutdown() {
	e.srv.Shutdown()
	e.srv.WaitForShutdown()
}
