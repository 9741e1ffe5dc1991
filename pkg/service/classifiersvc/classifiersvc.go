// Package classifiersvc is the classifier service: it consumes candidates
// from cit.candidate.>, classifies each with the embedded model and publishes
// the result on cit.classified.<verdict>, acking the candidate only after the
// result's PubAck. Review verdicts thereby reach the analysts' queue.
package classifiersvc

import (
	"context"
	"fmt"

	"github.com/cit-health/cit/pkg/bus"
	"github.com/cit-health/cit/pkg/cit"
	"github.com/cit-health/cit/pkg/classify"
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
	NATS    string // NATS URL
	Listen  string // HTTP address for /healthz and /metrics; "" for none
	Options classify.Options
	// Bus options: dedup partitions, stream replicas.
	Bus []bus.Option
}

// Service classifies candidates from the bus.
type Service struct {
	bus      *bus.Bus
	cls      *classify.Classifier
	log      *zap.Logger
	verdicts *prometheus.CounterVec
}

// New builds the service on a connected bus.
func New(b *bus.Bus, opts classify.Options, reg prometheus.Registerer, log *zap.Logger) (*Service, error) {
	cls, err := classify.New(opts)
	if err != nil {
		return nil, fmt.Errorf("load classifier: %w", err)
	}
	s := &Service{bus: b, cls: cls, log: log,
		verdicts: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "cit_classifier_verdicts_total", Help: "Candidates classified, by verdict.",
		}, []string{"verdict"}),
	}
	if reg != nil {
		if err := reg.Register(s.verdicts); err != nil {
			return nil, fmt.Errorf("register metrics: %w", err)
		}
	}
	log.Info("classifier ready", zap.String("model_version", cls.Version()))
	return s, nil
}

// Handle classifies one candidate message and publishes the result.
func (s *Service) Handle(ctx context.Context, msg jetstream.Msg) error {
	p, err := wire.Decode[citv1.Candidate](msg.Data())
	if err != nil {
		return bus.Permanent(err)
	}
	cand := wire.CandidateFromProto(p)
	if cand.ID == "" {
		return bus.Permanent(fmt.Errorf("candidate on %s has no id", msg.Subject()))
	}
	cl := s.cls.Classify(cand)
	out := cit.Classified{Candidate: cand, Classification: &cl}
	if err := s.bus.PublishClassified(ctx, out, dedup.PartitionKey(out)); err != nil {
		return err
	}
	s.verdicts.WithLabelValues(cl.Verdict).Inc()
	return nil
}

// Run consumes until ctx is done.
func (s *Service) Run(ctx context.Context) error {
	return s.bus.Consume(ctx, bus.ConsumerClassifier, s.Handle)
}

// Run connects to NATS, serves /healthz and /metrics, and classifies until
// ctx is done.
func Run(ctx context.Context, cfg Config, log *zap.Logger) error {
	b, err := bus.Connect(ctx, cfg.NATS, log, cfg.Bus...)
	if err != nil {
		return err
	}
	defer b.Close()
	reg := prometheus.NewRegistry()
	s, err := New(b, cfg.Options, reg, log)
	if err != nil {
		return err
	}
	return httpserver.Serve(ctx, cfg.Listen, nil, reg, log, map[string]httpserver.HealthFunc{"nats": b.Healthy}, s.Run)
}
