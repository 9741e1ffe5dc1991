package bus_test

import (
	"context"
	"errors"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cit-health/cit/pkg/bus"
	"github.com/cit-health/cit/pkg/cit"
	"github.com/cit-health/cit/pkg/wire"
	citv1 "github.com/cit-health/cit/proto/cit/v1"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"go.uber.org/zap"
)

func connect(t *testing.T) *bus.Bus {
	t.Helper()
	e, err := bus.StartEmbedded(t.TempDir(), bus.EmbeddedOptions{}, zap.NewNop())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(e.Shutdown)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	b, err := bus.Connect(ctx, e.URL(), zap.NewNop())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(b.Close)
	// Setup is idempotent: a second service starting changes nothing.
	if err := b.Setup(ctx); err != nil {
		t.Fatalf("second setup: %v", err)
	}
	return b
}

// consumeUntil runs the named consumer until stop returns true or 20 s pass.
func consumeUntil(t *testing.T, b *bus.Bus, name string, h bus.Handler, stop func() bool) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- b.Consume(ctx, name, h) }()
	for !stop() && ctx.Err() == nil {
		time.Sleep(20 * time.Millisecond)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}

func TestPublishIsDeduplicatedByMessageID(t *testing.T) {
	b := connect(t)
	ctx := context.Background()
	c := cit.Candidate{ID: "rss:abc", Source: "The Record", Title: "Hospital hit by ransomware"}
	for i := 0; i < 3; i++ {
		if err := b.PublishCandidate(ctx, c); err != nil {
			t.Fatal(err)
		}
	}
	info, err := b.JetStream().Stream(ctx, bus.StreamCandidates)
	if err != nil {
		t.Fatal(err)
	}
	si, err := info.Info(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if si.State.Msgs != 1 {
		t.Errorf("stream holds %d messages after 3 publishes of one item, want 1", si.State.Msgs)
	}
	var got atomic.Value
	consumeUntil(t, b, bus.ConsumerClassifier, func(ctx context.Context, m jetstream.Msg) error {
		p, err := wire.Decode[citv1.Candidate](m.Data())
		if err != nil {
			return bus.Permanent(err)
		}
		got.Store(wire.CandidateFromProto(p))
		if m.Subject() != "cit.candidate.The_Record" {
			t.Errorf("subject = %q", m.Subject())
		}
		return nil
	}, func() bool { return got.Load() != nil })
	if g, _ := got.Load().(cit.Candidate); g.ID != c.ID || g.Title != c.Title {
		t.Errorf("consumed %+v, want %+v", g, c)
	}
	pending, err := b.Pending(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if pending[bus.ConsumerClassifier] != 0 {
		t.Errorf("classifier pending = %d after ack, want 0", pending[bus.ConsumerClassifier])
	}
}

func TestTransientErrorsAreRetriedAndPermanentOnesDeadLettered(t *testing.T) {
	b := connect(t)
	ctx := context.Background()
	if err := b.PublishRun(ctx, cit.RunReport{RunID: "r1", Source: "a"}); err != nil {
		t.Fatal(err)
	}
	// Junk on the candidate subject: undecodable, must end in the DLQ, once.
	if _, err := b.JetStream().Publish(ctx, "cit.candidate.junk", []byte{0xff, 0xff, 0xff}); err != nil {
		t.Fatal(err)
	}
	var calls atomic.Int32
	consumeUntil(t, b, bus.ConsumerWriterRuns, func(ctx context.Context, m jetstream.Msg) error {
		if calls.Add(1) == 1 {
			return errors.New("clickhouse unavailable")
		}
		return nil
	}, func() bool { return calls.Load() >= 2 })
	if calls.Load() < 2 {
		t.Fatalf("handler called %d times, want a redelivery after the transient error", calls.Load())
	}

	var junk atomic.Int32
	consumeUntil(t, b, bus.ConsumerClassifier, func(ctx context.Context, m jetstream.Msg) error {
		junk.Add(1)
		_, err := wire.Decode[citv1.Candidate](m.Data())
		return bus.Permanent(err)
	}, func() bool { return junk.Load() >= 1 })
	time.Sleep(200 * time.Millisecond)
	msg := lastDeadLetter(t, b, "cit.dlq.classifier")
	if msg.Header.Get("Cit-Original-Subject") != "cit.candidate.junk" || msg.Header.Get("Cit-Error") == "" {
		t.Errorf("dead letter headers = %v", msg.Header)
	}
	if junk.Load() != 1 {
		t.Errorf("junk handled %d times, want exactly 1 (terminated, not retried)", junk.Load())
	}
}

// lastDeadLetter returns the last dead letter on subject.
func lastDeadLetter(t *testing.T, b *bus.Bus, subject string) *jetstream.RawStreamMsg {
	t.Helper()
	ctx := context.Background()
	s, err := b.JetStream().Stream(ctx, bus.StreamDLQ)
	if err != nil {
		t.Fatal(err)
	}
	msg, err := s.GetLastMsgForSubject(ctx, subject)
	if err != nil {
		t.Fatalf("no dead letter recorded on %s: %v", subject, err)
	}
	return msg
}

// TestPanicIsDeadLettered: a message whose handler panics is dead-lettered
// with the panic as its error, once, and the consumer goes on with the next
// message instead of crashing on every redelivery.
func TestPanicIsDeadLettered(t *testing.T) {
	b := connect(t)
	ctx := context.Background()
	for _, id := range []string{"rss:crash", "rss:fine"} {
		if err := b.PublishCandidate(ctx, cit.Candidate{ID: id, Source: "feed", Title: id}); err != nil {
			t.Fatal(err)
		}
	}
	var crashes, fine atomic.Int32
	consumeUntil(t, b, bus.ConsumerClassifier, func(ctx context.Context, m jetstream.Msg) error {
		p, err := wire.Decode[citv1.Candidate](m.Data())
		if err != nil {
			return bus.Permanent(err)
		}
		if wire.CandidateFromProto(p).ID == "rss:crash" {
			crashes.Add(1)
			var s []int
			_ = s[3] // index out of range
		}
		fine.Add(1)
		return nil
	}, func() bool { return fine.Load() >= 1 })
	time.Sleep(200 * time.Millisecond)
	if crashes.Load() != 1 || fine.Load() != 1 {
		t.Errorf("crashing message handled %d times, next one %d times; want 1 and 1", crashes.Load(), fine.Load())
	}
	msg := lastDeadLetter(t, b, "cit.dlq.classifier")
	if e := msg.Header.Get("Cit-Error"); !strings.Contains(e, "panic") || !strings.Contains(e, "index out of range") {
		t.Errorf("dead letter error = %q, want the panic", e)
	}
}

// TestSetupLeavesMatchingStreamsAlone: a service starting beside others
// sends no stream update or consumer create when everything is already as
// configured (a concurrent stream update and consumer creation race inside
// nats-server), and still repairs a stream whose configuration drifted.
func TestSetupLeavesMatchingStreamsAlone(t *testing.T) {
	b := connect(t)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	var writes atomic.Int32
	for _, subj := range []string{"$JS.API.STREAM.UPDATE.>", "$JS.API.STREAM.CREATE.>", "$JS.API.CONSUMER.CREATE.>",
		"$JS.API.CONSUMER.DURABLE.CREATE.>"} {
		sub, err := b.Conn().Subscribe(subj, func(*nats.Msg) { writes.Add(1) })
		if err != nil {
			t.Fatal(err)
		}
		defer sub.Unsubscribe()
	}
	if err := b.Conn().Flush(); err != nil {
		t.Fatal(err)
	}
	if err := b.Setup(ctx); err != nil {
		t.Fatal(err)
	}
	if err := b.Conn().Flush(); err != nil {
		t.Fatal(err)
	}
	time.Sleep(100 * time.Millisecond)
	if n := writes.Load(); n != 0 {
		t.Errorf("setup over an unchanged bus sent %d stream or consumer writes, want none", n)
	}

	// A drifted stream is put back.
	st, err := b.JetStream().Stream(ctx, bus.StreamRuns)
	if err != nil {
		t.Fatal(err)
	}
	cfg := st.CachedInfo().Config
	cfg.MaxAge = 30 * 24 * time.Hour
	if _, err := b.JetStream().UpdateStream(ctx, cfg); err != nil {
		t.Fatal(err)
	}
	if err := b.Setup(ctx); err != nil {
		t.Fatal(err)
	}
	st, err = b.JetStream().Stream(ctx, bus.StreamRuns)
	if err != nil {
		t.Fatal(err)
	}
	if got := st.CachedInfo().Config.MaxAge; got != 365*24*time.Hour {
		t.Errorf("drifted stream's max age %v after setup, want one year", got)
	}
}
