// Package dedupsvc is the deduplication service: it links accepted
// candidates (cit.classified.accept) and analysts' decisions
// (cit.triage.decision) into incidents and publishes every changed incident's
// full state on cit.incident.upsert.
//
// The INCIDENTS stream is the service's own log: at start the engine is
// rebuilt from the latest version of every incident in it, so state survives
// restarts. A message is acked only after every incident it changed was
// PubAck'd; when a publish fails the engine is rebuilt from the log before
// the message is retried, so memory never runs ahead of what was published.
package dedupsvc

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/cit-health/cit/pkg/bus"
	"github.com/cit-health/cit/pkg/cit"
	"github.com/cit-health/cit/pkg/dedup"
	"github.com/cit-health/cit/pkg/httpserver"
	"github.com/cit-health/cit/pkg/wire"
	citv1 "github.com/cit-health/cit/proto/cit/v1"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/prometheus/client_golang/prometheus"
	"go.uber.org/zap"
)

// Config configures the service.
type Config struct {
	NATS    string
	Listen  string
	Options dedup.Options
	// Partition is this replica's share of the work, 0 ≤ Partition < the
	// bus's dedup partitions.
	Partition int
	// Bus options: dedup partitions, stream replicas.
	Bus []bus.Option
}

// Service links reports into incidents.
type Service struct {
	bus       *bus.Bus
	part      int // this replica's partition
	opts      dedup.Options
	log       *zap.Logger
	mu        sync.Mutex
	engine    *dedup.Engine
	decisions *prometheus.CounterVec
}

// New builds the service and rebuilds its state from the incidents log.
func New(ctx context.Context, b *bus.Bus, partition int, opts dedup.Options, reg prometheus.Registerer, log *zap.Logger) (*Service, error) {
	if partition < 0 || partition >= b.Partitions() {
		return nil, fmt.Errorf("dedup partition %d: want 0 ≤ partition < %d", partition, b.Partitions())
	}
	s := &Service{bus: b, part: partition, opts: opts, log: log,
		decisions: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "cit_dedup_decisions_total", Help: "Dedup decisions, by action.",
		}, []string{"action"}),
	}
	if reg != nil {
		if err := reg.Register(s.decisions); err != nil {
			return nil, fmt.Errorf("register metrics: %w", err)
		}
	}
	if err := s.reload(ctx); err != nil {
		return nil, err
	}
	return s, nil
}

// reload rebuilds the engine from the latest version of every incident in
// the INCIDENTS stream.
func (s *Service) reload(ctx context.Context) error {
	incidents, err := LoadIncidents(ctx, s.bus.JetStream(), bus.IncidentSubject(s.part, s.bus.Partitions()))
	if err != nil {
		return err
	}
	e := dedup.NewEngine(s.opts)
	e.Load(incidents)
	s.engine = e
	s.log.Info("dedup state loaded", zap.Int("incidents", len(incidents)))
	return nil
}

// LoadIncidents reads one subject of the INCIDENTS stream from the start and
// returns the highest version of every incident, in order of first appearance.
func LoadIncidents(ctx context.Context, js jetstream.JetStream, subject string) ([]cit.Incident, error) {
	stream, err := js.Stream(ctx, bus.StreamIncidents)
	if err != nil {
		return nil, fmt.Errorf("incidents stream: %w", err)
	}
	info, err := stream.Info(ctx)
	if err != nil {
		return nil, fmt.Errorf("incidents stream info: %w", err)
	}
	if info.State.Msgs == 0 {
		return nil, nil
	}
	lastMsg, err := stream.GetLastMsgForSubject(ctx, subject)
	if errors.Is(err, jetstream.ErrMsgNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("last incident on %s: %w", subject, err)
	}
	last := lastMsg.Sequence
	cons, err := stream.OrderedConsumer(ctx, jetstream.OrderedConsumerConfig{FilterSubjects: []string{subject}})
	if err != nil {
		return nil, fmt.Errorf("replay incidents: %w", err)
	}
	latest := map[string]cit.Incident{}
	var order []string
	for {
		batch, err := cons.Fetch(1000, jetstream.FetchMaxWait(2*time.Second))
		if err != nil {
			return nil, fmt.Errorf("replay incidents: %w", err)
		}
		n := 0
		done := false
		for msg := range batch.Messages() {
			n++
			meta, err := msg.Metadata()
			if err != nil {
				return nil, fmt.Errorf("replay incidents: %w", err)
			}
			if p, err := wire.Decode[citv1.Incident](msg.Data()); err == nil {
				in := wire.IncidentFromProto(p)
				prev, seen := latest[in.ID]
				if !seen {
					order = append(order, in.ID)
				}
				if !seen || in.Version >= prev.Version {
					latest[in.ID] = in
				}
			}
			if meta.Sequence.Stream >= last {
				done = true
			}
		}
		if done {
			break
		}
		if n == 0 {
			if err := batch.Error(); err != nil && ctx.Err() != nil {
				return nil, ctx.Err()
			}
			return nil, fmt.Errorf("replay incidents: stream ended before sequence %d", last)
		}
	}
	out := make([]cit.Incident, 0, len(order))
	for _, id := range order {
		out = append(out, latest[id])
	}
	return out, nil
}

// HandleClassified links one accepted candidate.
func (s *Service) HandleClassified(ctx context.Context, msg jetstream.Msg) error {
	p, err := wire.Decode[citv1.Classified](msg.Data())
	if err != nil {
		return bus.Permanent(err)
	}
	c := wire.ClassifiedFromProto(p)
	if c.ID == "" {
		return bus.Permanent(errors.New("classified candidate without id"))
	}
	return s.add(ctx, c, msgTime(msg))
}

func (s *Service) add(ctx context.Context, c cit.Classified, now time.Time) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	d := s.engine.Add(c, now)
	s.decisions.WithLabelValues(d.Action).Inc()
	if d.Action == dedup.ActionDuplicate {
		return nil
	}
	return s.publish(ctx, append([]cit.Incident{d.Incident}, d.Superseded...))
}

// HandleDecision applies one analyst decision.
func (s *Service) HandleDecision(ctx context.Context, msg jetstream.Msg) error {
	p, err := wire.Decode[citv1.TriageDecision](msg.Data())
	if err != nil {
		return bus.Permanent(err)
	}
	d := wire.DecisionFromProto(p)
	now := msgTime(msg)
	if d.Action == cit.ActionConfirm && d.CandidateID != "" && d.IncidentID == "" {
		var c cit.Classified
		if err := json.Unmarshal([]byte(d.After), &c); err != nil || c.ID == "" {
			return bus.Permanent(fmt.Errorf("confirm decision %s: After does not hold the confirmed candidate", d.ID))
		}
		if bus.Partition(dedup.PartitionKey(c), s.bus.Partitions()) != s.part {
			return nil // another partition decides it
		}
		if c.Classification != nil {
			c.Classification.Verdict = cit.VerdictAccept
			c.Classification.IsHealthCyberattack = true
		}
		return s.add(ctx, c, now)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if d.Action == cit.ActionMerge && d.CandidateID != "" {
		// "This report belongs to that incident": merge whichever incident
		// holds the report now, which need not be the one it opened.
		holder, ok := s.engine.IncidentOf(d.CandidateID)
		if ok && holder == d.TargetID {
			return nil // already there
		}
		if ok {
			d.IncidentID = holder
		}
	}
	changed, err := s.engine.Apply(d, now)
	if errors.Is(err, dedup.ErrUnknownIncident) && s.bus.Partitions() > 1 {
		return nil // the incident belongs to another partition
	}
	if err != nil {
		return bus.Permanent(fmt.Errorf("apply decision %s: %w", d.ID, err))
	}
	s.decisions.WithLabelValues("triage_" + d.Action).Inc()
	return s.publish(ctx, changed)
}

// publish sends changed incidents; on failure it rebuilds the engine from
// the log so the retried message is decided again from published state.
func (s *Service) publish(ctx context.Context, incidents []cit.Incident) error {
	for _, in := range incidents {
		if err := s.bus.PublishIncident(ctx, s.part, in); err != nil {
			if rerr := s.reload(ctx); rerr != nil {
				s.log.Error("dedup state reload failed", zap.Error(rerr))
			}
			return err
		}
	}
	return nil
}

// Run consumes accepted candidates and analyst decisions until ctx is done.
func (s *Service) Run(ctx context.Context) error {
	errc := make(chan error, 2)
	n := s.bus.Partitions()
	go func() { errc <- s.bus.Consume(ctx, bus.DedupConsumer(s.part, n), s.HandleClassified) }()
	go func() { errc <- s.bus.Consume(ctx, bus.DedupTriageConsumer(s.part, n), s.HandleDecision) }()
	return errors.Join(<-errc, <-errc)
}

// msgTime is the time the message was stored: stable across redeliveries.
func msgTime(msg jetstream.Msg) time.Time {
	if meta, err := msg.Metadata(); err == nil {
		return meta.Timestamp.UTC()
	}
	return time.Now().UTC()
}

// Run connects to NATS, rebuilds state, serves /healthz and /metrics, and
// deduplicates until ctx is done.
func Run(ctx context.Context, cfg Config, log *zap.Logger) error {
	b, err := bus.Connect(ctx, cfg.NATS, log, cfg.Bus...)
	if err != nil {
		return err
	}
	defer b.Close()
	reg := prometheus.NewRegistry()
	s, err := New(ctx, b, cfg.Partition, cfg.Options, reg, log.With(zap.Int("partition", cfg.Partition)))
	if err != nil {
		return err
	}
	return httpserver.Serve(ctx, cfg.Listen, nil, reg, log, map[string]httpserver.HealthFunc{"nats": b.Healthy}, s.Run)
}
