// Package writersvc is the writer service: it drains the classified,
// incident, triage and run streams into ClickHouse in batches, flushing by
// size or after about a second, and acks every message of a batch only after
// ClickHouse accepted the whole batch. A failed batch is rebuilt from its
// messages (clickhouse-go marks a failed batch as sent), never resent.
package writersvc

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/cit-health/cit/pkg/bus"
	"github.com/cit-health/cit/pkg/cit"
	"github.com/cit-health/cit/pkg/httpserver"
	"github.com/cit-health/cit/pkg/store"
	"github.com/cit-health/cit/pkg/wire"
	citv1 "github.com/cit-health/cit/proto/cit/v1"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/prometheus/client_golang/prometheus"
	"go.uber.org/zap"
)

// Config configures the service.
type Config struct {
	NATS       string
	ClickHouse store.Config
	Listen     string
	BatchSize  int           // default 1000
	MaxWait    time.Duration // default 1s
	Bus        []bus.Option  // stream replicas, dedup partitions
}

// analystVersion lifts the version of candidate rows written for analyst
// decisions above any machine classification, so the analyst's word stands.
const analystVersion = uint64(1) << 62

// Service writes the streams into a store.
type Service struct {
	bus   *bus.Bus
	st    *store.Store
	log   *zap.Logger
	size  int
	wait  time.Duration
	rows  *prometheus.CounterVec
	fails *prometheus.CounterVec
}

// New builds the service.
func New(b *bus.Bus, st *store.Store, batchSize int, maxWait time.Duration, reg prometheus.Registerer, log *zap.Logger) (*Service, error) {
	if batchSize <= 0 {
		batchSize = 1000
	}
	if maxWait <= 0 {
		maxWait = time.Second
	}
	s := &Service{bus: b, st: st, log: log, size: batchSize, wait: maxWait,
		rows: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "cit_writer_messages_total", Help: "Messages written to ClickHouse, by consumer.",
		}, []string{"consumer"}),
		fails: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "cit_writer_batch_failures_total", Help: "Batches ClickHouse refused, by consumer (retried).",
		}, []string{"consumer"}),
	}
	if reg != nil {
		for _, c := range []prometheus.Collector{s.rows, s.fails} {
			if err := reg.Register(c); err != nil {
				return nil, fmt.Errorf("register metrics: %w", err)
			}
		}
	}
	return s, nil
}

// decoded is one message turned into the rows it contributes.
type decoded struct {
	msg        jetstream.Msg
	candidates []cit.Classified
	version    uint64
	incident   *cit.Incident
	decision   *cit.TriageDecision
	run        *cit.RunReport
}

// Run drains the four consumers until ctx is done; each finishes and flushes
// the batch in hand before returning.
func (s *Service) Run(ctx context.Context) error {
	consumers := []string{bus.ConsumerWriterCandidates, bus.ConsumerWriterIncidents, bus.ConsumerWriterTriage, bus.ConsumerWriterRuns}
	var wg sync.WaitGroup
	errs := make([]error, len(consumers))
	for i, name := range consumers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = s.drain(ctx, name)
		}()
	}
	wg.Wait()
	return errors.Join(errs...)
}

func (s *Service) drain(ctx context.Context, name string) error {
	cons, err := s.bus.Consumer(ctx, name)
	if err != nil {
		return err
	}
	log := s.log.With(zap.String("consumer", name))
	for ctx.Err() == nil {
		batch, err := cons.Fetch(s.size, jetstream.FetchMaxWait(s.wait))
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			log.Warn("fetch failed, retrying", zap.Error(err))
			time.Sleep(time.Second)
			continue
		}
		var items []decoded
		for msg := range batch.Messages() {
			d, err := decode(msg)
			if err != nil {
				log.Error("undecodable message dead-lettered", zap.String("subject", msg.Subject()), zap.Error(err))
				if err := s.bus.DeadLetter(context.WithoutCancel(ctx), name, msg, err); err != nil {
					log.Error("dead-letter failed, nak with delay", zap.Error(err))
					_ = msg.NakWithDelay(5 * time.Second)
				}
				continue
			}
			items = append(items, d)
		}
		if err := batch.Error(); err != nil && !errors.Is(err, nats.ErrTimeout) && ctx.Err() == nil {
			log.Warn("fetch batch ended with error", zap.Error(err))
		}
		if len(items) == 0 {
			continue
		}
		if err := s.write(context.WithoutCancel(ctx), items); err != nil {
			s.fails.WithLabelValues(name).Inc()
			log.Warn("batch refused by clickhouse, nak with delay", zap.Int("messages", len(items)), zap.Error(err))
			for _, it := range items {
				_ = it.msg.NakWithDelay(3 * time.Second)
			}
			continue
		}
		for _, it := range items {
			if err := it.msg.Ack(); err != nil {
				log.Warn("ack failed; the message will be redelivered and its rows replaced", zap.Error(err))
			}
		}
		s.rows.WithLabelValues(name).Add(float64(len(items)))
	}
	return nil
}

// write inserts one batch of decoded messages, one ClickHouse batch per table.
func (s *Service) write(ctx context.Context, items []decoded) error {
	var incidents []cit.Incident
	var decisions []cit.TriageDecision
	var runs []cit.RunReport
	var cands []store.VersionedCandidate
	for _, it := range items {
		for _, c := range it.candidates {
			cands = append(cands, store.VersionedCandidate{Classified: c, Version: it.version})
		}
		if it.incident != nil {
			incidents = append(incidents, *it.incident)
		}
		if it.decision != nil {
			decisions = append(decisions, *it.decision)
		}
		if it.run != nil {
			runs = append(runs, *it.run)
		}
	}
	if err := s.st.InsertVersionedCandidates(ctx, cands); err != nil {
		return err
	}
	if err := s.st.InsertIncidents(ctx, incidents); err != nil {
		return err
	}
	if err := s.st.InsertTriage(ctx, decisions); err != nil {
		return err
	}
	return s.st.InsertRuns(ctx, runs)
}

// decode turns one message into its rows; an error means it can never be written.
func decode(msg jetstream.Msg) (decoded, error) {
	d := decoded{msg: msg}
	meta, err := msg.Metadata()
	if err != nil {
		return d, fmt.Errorf("message metadata: %w", err)
	}
	switch {
	case meta.Stream == bus.StreamClassified:
		p, err := wire.Decode[citv1.Classified](msg.Data())
		if err != nil {
			return d, err
		}
		c := wire.ClassifiedFromProto(p)
		if c.ID == "" {
			return d, errors.New("classified candidate without id")
		}
		d.candidates = []cit.Classified{c}
		d.version = uint64(meta.Timestamp.UnixNano())
	case meta.Stream == bus.StreamIncidents:
		p, err := wire.Decode[citv1.Incident](msg.Data())
		if err != nil {
			return d, err
		}
		in := wire.IncidentFromProto(p)
		if in.ID == "" {
			return d, errors.New("incident without id")
		}
		d.incident = &in
	case meta.Stream == bus.StreamTriage:
		p, err := wire.Decode[citv1.TriageDecision](msg.Data())
		if err != nil {
			return d, err
		}
		dec := wire.DecisionFromProto(p)
		if dec.ID == "" {
			return d, errors.New("triage decision without id")
		}
		d.decision = &dec
		if c, ok := decidedCandidate(dec); ok {
			d.candidates = []cit.Classified{c}
			d.version = analystVersion + uint64(meta.Timestamp.UnixNano())
		}
	case meta.Stream == bus.StreamRuns:
		p, err := wire.Decode[citv1.RunReport](msg.Data())
		if err != nil {
			return d, err
		}
		r := wire.RunFromProto(p)
		d.run = &r
	default:
		return d, fmt.Errorf("writer does not handle stream %s", meta.Stream)
	}
	return d, nil
}

// decidedCandidate is the candidate row an analyst's confirm or reject
// leaves: the decision's After holds the candidate as decided.
func decidedCandidate(d cit.TriageDecision) (cit.Classified, bool) {
	if d.CandidateID == "" || (d.Action != cit.ActionConfirm && d.Action != cit.ActionReject) || d.After == "" {
		return cit.Classified{}, false
	}
	var c cit.Classified
	if err := json.Unmarshal([]byte(d.After), &c); err != nil || c.ID != d.CandidateID || c.Classification == nil {
		return cit.Classified{}, false
	}
	return c, true
}

// Run connects to NATS and ClickHouse, serves /healthz and /metrics, and
// writes until ctx is done.
func Run(ctx context.Context, cfg Config, log *zap.Logger) error {
	b, err := bus.Connect(ctx, cfg.NATS, log, cfg.Bus...)
	if err != nil {
		return err
	}
	defer b.Close()
	st, err := store.Open(ctx, cfg.ClickHouse, log)
	if err != nil {
		return err
	}
	defer st.Close()
	reg := prometheus.NewRegistry()
	s, err := New(b, st, cfg.BatchSize, cfg.MaxWait, reg, log)
	if err != nil {
		return err
	}
	return httpserver.Serve(ctx, cfg.Listen, nil, reg, log,
		map[string]httpserver.HealthFunc{"nats": b.Healthy, "clickhouse": st.Ping}, s.Run)
}
