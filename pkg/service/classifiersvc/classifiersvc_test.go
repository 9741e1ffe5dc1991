package classifiersvc_test

import (
	"context"
	"testing"
	"time"

	"github.com/cit-health/cit/pkg/bus"
	"github.com/cit-health/cit/pkg/bus/bustest"
	"github.com/cit-health/cit/pkg/cit"
	"github.com/cit-health/cit/pkg/classify"
	"github.com/cit-health/cit/pkg/service/classifiersvc"
	"github.com/cit-health/cit/pkg/wire"
	citv1 "github.com/cit-health/cit/proto/cit/v1"
	"github.com/nats-io/nats.go/jetstream"
	"go.uber.org/zap"
)

// Candidates in, classifications out on the subject of their verdict, and
// each candidate acked only once its result is stored downstream.
func TestClassifiesFromTheBus(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	b := bustest.Start(t)
	s, err := classifiersvc.New(b, classify.DefaultOptions(), nil, zap.NewNop())
	if err != nil {
		t.Fatal(err)
	}
	attack := cit.Candidate{ID: "a", Source: "news", Title: "Ransomware attack forces hospital to divert ambulances",
		Text:      "Memorial Hospital in Ohio said a ransomware attack encrypted its systems; ambulances were diverted and surgeries cancelled.",
		Published: "2024-05-01", Lang: "en"}
	flu := cit.Candidate{ID: "b", Source: "news", Title: "Flu season: hospitals see more patients with influenza virus",
		Text: "Doctors urge vaccination as the virus spreads.", Published: "2024-05-01", Lang: "en"}
	for _, c := range []cit.Candidate{attack, flu} {
		if err := b.PublishCandidate(ctx, c); err != nil {
			t.Fatal(err)
		}
	}
	runCtx, stop := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- s.Run(runCtx) }()
	defer func() { stop(); <-done }()

	got := map[string]cit.Classified{}
	subjects := map[string]string{}
	cons, err := b.Consumer(ctx, bus.ConsumerWriterCandidates)
	if err != nil {
		t.Fatal(err)
	}
	for len(got) < 2 && ctx.Err() == nil {
		batch, err := cons.Fetch(10, jetstream.FetchMaxWait(time.Second))
		if err != nil {
			t.Fatal(err)
		}
		for m := range batch.Messages() {
			p, err := wire.Decode[citv1.Classified](m.Data())
			if err != nil {
				t.Fatal(err)
			}
			c := wire.ClassifiedFromProto(p)
			got[c.ID] = c
			subjects[c.ID] = m.Subject()
			_ = m.Ack()
		}
	}
	if subjects["a"] != "cit.classified.accept" || got["a"].Classification.AttackType != cit.AttackRansomware {
		t.Errorf("attack report: %s %+v", subjects["a"], got["a"].Classification)
	}
	if subjects["b"] != "cit.classified.reject" {
		t.Errorf("flu news went to %s", subjects["b"])
	}
	if got["a"].Classification.ModelVersion == "" || len(got["a"].Classification.Reasons) == 0 {
		t.Errorf("classification lacks its model version or reasons: %+v", got["a"].Classification)
	}
	deadline := time.Now().Add(10 * time.Second)
	for {
		p, err := b.Pending(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if p[bus.ConsumerClassifier] == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("classifier consumer still has %d pending", p[bus.ConsumerClassifier])
		}
		time.Sleep(50 * time.Millisecond)
	}
}
