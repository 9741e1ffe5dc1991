// Package bus is CIT's only door to NATS JetStream. It owns the definitions
// of every stream and durable consumer (created idempotently at connect),
// publishes the message contracts with a Nats-Msg-Id derived from each item's
// stable key and waits for the PubAck, and runs consumers that ack a message
// only after its handler says the output was accepted.
package bus

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"runtime/debug"
	"slices"
	"strings"
	"time"

	"github.com/cit-health/cit/pkg/cit"
	"github.com/cit-health/cit/pkg/wire"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"go.uber.org/zap"
	"google.golang.org/protobuf/proto"
)

// Subjects.
const (
	SubjectCandidate      = "cit.candidate"  // + "." + source
	SubjectClassified     = "cit.classified" // + "." + verdict
	SubjectIncidentUpsert = "cit.incident.upsert"
	SubjectTriageDecision = "cit.triage.decision"
	SubjectRun            = "cit.run" // + "." + source
	SubjectDLQ            = "cit.dlq" // + "." + consumer
)

// Streams.
const (
	StreamCandidates = "CANDIDATES"
	StreamClassified = "CLASSIFIED"
	StreamIncidents  = "INCIDENTS"
	StreamTriage     = "TRIAGE"
	StreamRuns       = "RUNS"
	StreamDLQ        = "DLQ"
)

// Durable consumers.
const (
	ConsumerClassifier       = "classifier"
	ConsumerDedup            = "dedup"
	ConsumerDedupTriage      = "dedup-triage"
	ConsumerWriterCandidates = "writer-candidates"
	ConsumerWriterIncidents  = "writer-incidents"
	ConsumerWriterTriage     = "writer-triage"
	ConsumerWriterRuns       = "writer-runs"
)

// StreamConfigs are the definitions of every stream: file storage, the
// given number of replicas (1 on a single server, 3 on a cluster), and a
// duplicate window in which a second publish with the same Nats-Msg-Id is
// dropped by the server.
func StreamConfigs(replicas int) []jetstream.StreamConfig {
	mk := func(name, subject, desc string) jetstream.StreamConfig {
		return jetstream.StreamConfig{
			Name: name, Description: desc, Subjects: []string{subject}, Replicas: max(replicas, 1),
			Storage: jetstream.FileStorage, Retention: jetstream.LimitsPolicy,
			Duplicates: 24 * time.Hour, MaxAge: 365 * 24 * time.Hour, Discard: jetstream.DiscardOld,
		}
	}
	return []jetstream.StreamConfig{
		mk(StreamCandidates, SubjectCandidate+".>", "candidate reports from collectors"),
		mk(StreamClassified, SubjectClassified+".>", "classified candidates"),
		mk(StreamIncidents, "cit.incident.>", "incident upserts (full state, growing version)"),
		mk(StreamTriage, "cit.triage.>", "analyst decisions"),
		mk(StreamRuns, SubjectRun+".>", "collection run reports"),
		mk(StreamDLQ, SubjectDLQ+".>", "messages a consumer could not decode or apply, kept for replay"),
	}
}

// ConsumerConfigs are the definitions of every durable pull consumer, keyed
// by stream, for a deployment whose dedup work is split into partitions
// (1: a single dedup decides every incident).
func ConsumerConfigs(partitions int) map[string][]jetstream.ConsumerConfig {
	mk := func(name, filter string) jetstream.ConsumerConfig {
		return jetstream.ConsumerConfig{
			Durable: name, FilterSubject: filter, AckPolicy: jetstream.AckExplicitPolicy,
			DeliverPolicy: jetstream.DeliverAllPolicy, AckWait: 60 * time.Second, MaxDeliver: -1, // never drop: permanent failures are terminated and dead-lettered
			MaxAckPending: 5000,
		}
	}
	classified := []jetstream.ConsumerConfig{mk(ConsumerWriterCandidates, SubjectClassified+".>")}
	triage := []jetstream.ConsumerConfig{mk(ConsumerWriterTriage, SubjectTriageDecision)}
	for k := 0; k < max(partitions, 1); k++ {
		classified = append(classified, mk(DedupConsumer(k, partitions), AcceptSubject(k, partitions)))
		triage = append(triage, mk(DedupTriageConsumer(k, partitions), SubjectTriageDecision))
	}
	return map[string][]jetstream.ConsumerConfig{
		StreamCandidates: {mk(ConsumerClassifier, SubjectCandidate+".>")},
		StreamClassified: classified,
		StreamIncidents:  {mk(ConsumerWriterIncidents, "cit.incident.>")},
		StreamTriage:     triage,
		StreamRuns:       {mk(ConsumerWriterRuns, SubjectRun+".>")},
	}
}

// Dedup partitions. Accepted candidates are routed to one of n dedup
// replicas by their victim key, so one incident is always decided in one
// place; each replica publishes its incidents on its own subject and rebuilds
// its state from it. With n = 1 the subjects are the plain ones of DESIGN.md.

// Partition maps a victim key to one of n partitions (FNV-1a).
func Partition(victimKey string, n int) int {
	if n <= 1 {
		return 0
	}
	h := fnv.New32a()
	_, _ = h.Write([]byte(victimKey))
	return int(h.Sum32() % uint32(n))
}

// AcceptSubject is the subject of accepted candidates of partition k.
func AcceptSubject(k, n int) string {
	if n <= 1 {
		return SubjectClassified + "." + cit.VerdictAccept
	}
	return fmt.Sprintf("%s.%s.%d", SubjectClassified, cit.VerdictAccept, k)
}

// IncidentSubject is the subject of the incident upserts of partition k.
func IncidentSubject(k, n int) string {
	if n <= 1 {
		return SubjectIncidentUpsert
	}
	return fmt.Sprintf("%s.%d", SubjectIncidentUpsert, k)
}

// DedupConsumer names the durable consumer of accepted candidates of partition k.
func DedupConsumer(k, n int) string {
	if n <= 1 {
		return ConsumerDedup
	}
	return fmt.Sprintf("%s-%d", ConsumerDedup, k)
}

// DedupTriageConsumer names partition k's durable consumer of decisions.
func DedupTriageConsumer(k, n int) string {
	if n <= 1 {
		return ConsumerDedupTriage
	}
	return fmt.Sprintf("%s-%d", ConsumerDedupTriage, k)
}

// Bus is a connection to NATS with JetStream.
type Bus struct {
	nc         *nats.Conn
	js         jetstream.JetStream
	log        *zap.Logger
	partitions int
	replicas   int
}

// Option configures a Bus.
type Option func(*Bus)

// WithDedupPartitions splits dedup work into n partitions (default 1).
// Every service of a deployment must use the same n.
func WithDedupPartitions(n int) Option {
	return func(b *Bus) { b.partitions = max(n, 1) }
}

// WithStreamReplicas keeps every stream on n servers of a cluster
// (default 1). Every service of a deployment must use the same n, since each
// one sets the streams up at start.
func WithStreamReplicas(n int) Option {
	return func(b *Bus) { b.replicas = max(n, 1) }
}

// Connect connects to url and creates or updates every stream and consumer.
func Connect(ctx context.Context, url string, log *zap.Logger, opts ...Option) (*Bus, error) {
	nc, err := nats.Connect(url,
		nats.Name("cit"),
		nats.MaxReconnects(-1),
		nats.ReconnectWait(time.Second),
		nats.DisconnectErrHandler(func(_ *nats.Conn, err error) {
			if err != nil {
				log.Warn("nats disconnected, reconnecting", zap.Error(err))
			}
		}),
	)
	if err != nil {
		return nil, fmt.Errorf("connect nats %s: %w", url, err)
	}
	js, err := jetstream.New(nc)
	if err != nil {
		nc.Close()
		return nil, fmt.Errorf("jetstream: %w", err)
	}
	b := &Bus{nc: nc, js: js, log: log, partitions: 1, replicas: 1}
	for _, o := range opts {
		o(b)
	}
	if err := b.Setup(ctx); err != nil {
		nc.Close()
		return nil, err
	}
	return b, nil
}

// Setup creates or updates every stream and durable consumer. It is
// idempotent and safe to run from every service at start. A stream or
// consumer that already has our configuration is left alone: services start
// together, and an update of a stream racing another service's consumer
// creation is both useless and a known data race inside nats-server
// (fileStore.UpdateConfig against ConsumerStore, seen under -race).
func (b *Bus) Setup(ctx context.Context) error {
	for _, cfg := range StreamConfigs(b.replicas) {
		st, err := b.js.Stream(ctx, cfg.Name)
		switch {
		case err == nil && sameStream(st.CachedInfo().Config, cfg):
			continue
		case errors.Is(err, jetstream.ErrStreamNotFound):
			// Creating a stream that another service has just created with
			// the same configuration succeeds; only a different one is an
			// error, and is then updated below.
			if _, err := b.js.CreateStream(ctx, cfg); err == nil {
				continue
			} else if !errors.Is(err, jetstream.ErrStreamNameAlreadyInUse) {
				return fmt.Errorf("create stream %s: %w", cfg.Name, err)
			}
		case err != nil:
			return fmt.Errorf("look up stream %s: %w", cfg.Name, err)
		}
		if _, err := b.js.UpdateStream(ctx, cfg); err != nil {
			return fmt.Errorf("update stream %s: %w", cfg.Name, err)
		}
	}
	for stream, list := range ConsumerConfigs(b.partitions) {
		for _, cfg := range list {
			if c, err := b.js.Consumer(ctx, stream, cfg.Durable); err == nil && sameConsumer(c.CachedInfo().Config, cfg) {
				continue
			}
			if _, err := b.js.CreateOrUpdateConsumer(ctx, stream, cfg); err != nil {
				return fmt.Errorf("create consumer %s on %s: %w", cfg.Durable, stream, err)
			}
		}
	}
	return nil
}

// sameStream reports whether a stream's configuration holds every setting
// StreamConfigs makes.
func sameStream(have, want jetstream.StreamConfig) bool {
	return slices.Equal(have.Subjects, want.Subjects) && have.Description == want.Description &&
		have.Replicas == want.Replicas && have.Storage == want.Storage && have.Retention == want.Retention &&
		have.Duplicates == want.Duplicates && have.MaxAge == want.MaxAge && have.Discard == want.Discard
}

// sameConsumer reports whether a consumer's configuration holds every
// setting ConsumerConfigs makes.
func sameConsumer(have, want jetstream.ConsumerConfig) bool {
	return have.Durable == want.Durable && have.FilterSubject == want.FilterSubject && have.AckPolicy == want.AckPolicy &&
		have.DeliverPolicy == want.DeliverPolicy && have.AckWait == want.AckWait && have.MaxDeliver == want.MaxDeliver &&
		have.MaxAckPending == want.MaxAckPending
}

// JetStream gives access to JetStream for key-value buckets.
func (b *Bus) JetStream() jetstream.JetStream { return b.js }

// Conn is the underlying NATS connection.
func (b *Bus) Conn() *nats.Conn { return b.nc }

// Close drains the connection: pending publishes are flushed first.
func (b *Bus) Close() {
	if err := b.nc.Drain(); err != nil {
		b.nc.Close()
	}
}

// Publish sends one message with its id and waits for the PubAck. A
// duplicate (same id inside the stream's window) is not an error.
func (b *Bus) Publish(ctx context.Context, subject, msgID string, m proto.Message) error {
	data, err := proto.Marshal(m)
	if err != nil {
		return fmt.Errorf("encode %s: %w", subject, err)
	}
	if _, err := b.js.Publish(ctx, subject, data, jetstream.WithMsgID(msgID)); err != nil {
		return fmt.Errorf("publish %s (%s): %w", subject, msgID, err)
	}
	return nil
}

// Token makes a string safe as one subject token.
func Token(s string) string {
	s = strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '-', r == '_':
			return r
		}
		return '_'
	}, s)
	if s == "" {
		return "_"
	}
	return s
}

// PublishCandidate publishes on cit.candidate.<source> with id = candidate id.
func (b *Bus) PublishCandidate(ctx context.Context, c cit.Candidate) error {
	_, err := b.PublishCandidateAck(ctx, c)
	return err
}

// PublishCandidateAck is PublishCandidate that also reports whether the
// stream already held the candidate (same id within the duplicate window).
func (b *Bus) PublishCandidateAck(ctx context.Context, c cit.Candidate) (duplicate bool, err error) {
	data, err := proto.Marshal(wire.CandidateToProto(c))
	if err != nil {
		return false, fmt.Errorf("encode candidate %s: %w", c.ID, err)
	}
	ack, err := b.js.Publish(ctx, SubjectCandidate+"."+Token(c.Source), data, jetstream.WithMsgID(c.ID))
	if err != nil {
		return false, fmt.Errorf("publish candidate %s: %w", c.ID, err)
	}
	return ack.Duplicate, nil
}

// Partitions is the number of dedup partitions.
func (b *Bus) Partitions() int { return b.partitions }

// PublishClassified publishes on cit.classified.<verdict> with id "cls:" +
// candidate id + model version. An accepted candidate goes to the dedup
// partition of victimKey (ignored with a single partition).
func (b *Bus) PublishClassified(ctx context.Context, c cit.Classified, victimKey string) error {
	verdict, version := cit.VerdictReject, ""
	if c.Classification != nil {
		verdict, version = c.Classification.Verdict, c.Classification.ModelVersion
	}
	subject := SubjectClassified + "." + Token(verdict)
	if verdict == cit.VerdictAccept {
		subject = AcceptSubject(Partition(victimKey, b.partitions), b.partitions)
	}
	return b.Publish(ctx, subject, "cls:"+c.ID+":"+version, wire.ClassifiedToProto(c))
}

// PublishIncident publishes on partition k's incident subject
// (cit.incident.upsert with one partition) with id = incident id + version.
func (b *Bus) PublishIncident(ctx context.Context, k int, in cit.Incident) error {
	return b.Publish(ctx, IncidentSubject(k, b.partitions), fmt.Sprintf("%s:%d", in.ID, in.Version), wire.IncidentToProto(in))
}

// PublishDecision publishes on cit.triage.decision with id = decision id.
func (b *Bus) PublishDecision(ctx context.Context, d cit.TriageDecision) error {
	return b.Publish(ctx, SubjectTriageDecision, d.ID, wire.DecisionToProto(d))
}

// PublishRun publishes on cit.run.<source> with id = run id + source.
func (b *Bus) PublishRun(ctx context.Context, r cit.RunReport) error {
	return b.Publish(ctx, SubjectRun+"."+Token(r.Source), r.RunID+":"+r.Source, wire.RunToProto(r))
}

// Consumer returns a durable consumer defined in ConsumerConfigs.
func (b *Bus) Consumer(ctx context.Context, name string) (jetstream.Consumer, error) {
	for stream, list := range ConsumerConfigs(b.partitions) {
		for _, cfg := range list {
			if cfg.Durable == name {
				c, err := b.js.Consumer(ctx, stream, name)
				if err != nil {
					return nil, fmt.Errorf("consumer %s: %w", name, err)
				}
				return c, nil
			}
		}
	}
	return nil, fmt.Errorf("bus: no consumer named %q", name)
}

// Pending reports, for every durable consumer, how many messages are not yet
// delivered plus delivered but not acked. All zero means the pipeline is idle.
func (b *Bus) Pending(ctx context.Context) (map[string]uint64, error) {
	out := map[string]uint64{}
	for stream, list := range ConsumerConfigs(b.partitions) {
		for _, cfg := range list {
			c, err := b.js.Consumer(ctx, stream, cfg.Durable)
			if err != nil {
				return nil, fmt.Errorf("consumer %s: %w", cfg.Durable, err)
			}
			info, err := c.Info(ctx)
			if err != nil {
				return nil, fmt.Errorf("consumer %s info: %w", cfg.Durable, err)
			}
			out[cfg.Durable] = info.NumPending + uint64(info.NumAckPending)
		}
	}
	return out, nil
}

// ErrPermanent marks an error that retrying cannot fix (an undecodable or
// invalid message): the consumer terminates the message and records it in
// the dead-letter stream instead of redelivering it.
var ErrPermanent = errors.New("permanent")

// Permanent wraps err as permanent.
func Permanent(err error) error { return fmt.Errorf("%w: %w", ErrPermanent, err) }

// DeadLetter records a message that cannot be processed on cit.dlq.<consumer>,
// with the original subject and the error in headers, then terminates it.
func (b *Bus) DeadLetter(ctx context.Context, consumer string, msg jetstream.Msg, cause error) error {
	m := nats.NewMsg(SubjectDLQ + "." + Token(consumer))
	m.Data = msg.Data()
	m.Header.Set("Cit-Original-Subject", msg.Subject())
	m.Header.Set("Cit-Error", cause.Error())
	if meta, err := msg.Metadata(); err == nil {
		m.Header.Set(nats.MsgIdHdr, fmt.Sprintf("%s:%s:%d", consumer, meta.Stream, meta.Sequence.Stream))
	}
	if _, err := b.js.PublishMsg(ctx, m); err != nil {
		return fmt.Errorf("dead-letter from %s: %w", consumer, err)
	}
	if err := msg.Term(); err != nil {
		return fmt.Errorf("terminate message on %s: %w", msg.Subject(), err)
	}
	return nil
}

// Handler processes one message. It returns nil once the message's output
// was accepted downstream (the message is then acked), an error wrapping
// ErrPermanent for messages that can never succeed (terminated and
// dead-lettered), or any other error for transient failures (nak with delay,
// redelivered later).
type Handler func(ctx context.Context, msg jetstream.Msg) error

// Consume runs h on every message of the named durable consumer, one at a
// time in stream order, until ctx is done; it then stops fetching and
// returns after the message in hand is finished.
func (b *Bus) Consume(ctx context.Context, name string, h Handler) error {
	cons, err := b.Consumer(ctx, name)
	if err != nil {
		return err
	}
	log := b.log.With(zap.String("consumer", name))
	for ctx.Err() == nil {
		batch, err := cons.Fetch(64, jetstream.FetchMaxWait(time.Second))
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			log.Warn("fetch failed, retrying", zap.Error(err))
			sleep(ctx, time.Second)
			continue
		}
		for msg := range batch.Messages() {
			b.handle(context.WithoutCancel(ctx), log, name, msg, h)
		}
		if err := batch.Error(); err != nil && !errors.Is(err, nats.ErrTimeout) && ctx.Err() == nil {
			log.Warn("fetch batch ended with error", zap.Error(err))
		}
	}
	return nil
}

func (b *Bus) handle(ctx context.Context, log *zap.Logger, name string, msg jetstream.Msg, h Handler) {
	err := safely(ctx, log, msg, h)
	switch {
	case err == nil:
		if err := msg.Ack(); err != nil {
			log.Warn("ack failed; message will be redelivered", zap.Error(err))
		}
	case errors.Is(err, ErrPermanent):
		log.Error("message terminated and dead-lettered", zap.String("subject", msg.Subject()), zap.Error(err))
		if err := b.DeadLetter(ctx, name, msg, err); err != nil {
			log.Error("dead-letter failed, nak with delay", zap.Error(err))
			_ = msg.NakWithDelay(5 * time.Second)
		}
	default:
		delay := 2 * time.Second
		if meta, mErr := msg.Metadata(); mErr == nil && meta.NumDelivered > 1 {
			delay = min(time.Duration(meta.NumDelivered)*2*time.Second, time.Minute)
		}
		log.Warn("message failed, nak with delay", zap.String("subject", msg.Subject()), zap.Duration("delay", delay), zap.Error(err))
		_ = msg.NakWithDelay(delay)
	}
}

// safely runs h on msg and turns a panic into a permanent error: a message
// that crashes its handler would crash the service again on every
// redelivery, so it is dead-lettered instead, kept for a replay once the
// bug is fixed, and the messages after it go on.
func safely(ctx context.Context, log *zap.Logger, msg jetstream.Msg, h Handler) (err error) {
	defer func() {
		if r := recover(); r != nil {
			log.Error("handler panicked", zap.String("subject", msg.Subject()), zap.Any("panic", r),
				zap.ByteString("stack", debug.Stack()))
			err = Permanent(fmt.Errorf("handler panic: %v", r))
		}
	}()
	return h(ctx, msg)
}

func sleep(ctx context.Context, d time.Duration) {
	select {
	case <-ctx.Done():
	case <-time.After(d):
	}
}

// Healthy reports whether the NATS connection is up.
func (b *Bus) Healthy(context.Context) error {
	if !b.nc.IsConnected() {
		return fmt.Errorf("nats: %s", b.nc.Status())
	}
	return nil
}
