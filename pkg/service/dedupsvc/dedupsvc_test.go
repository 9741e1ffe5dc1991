package dedupsvc_test

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/cit-health/cit/pkg/bus"
	"github.com/cit-health/cit/pkg/bus/bustest"
	"github.com/cit-health/cit/pkg/cit"
	"github.com/cit-health/cit/pkg/dedup"
	"github.com/cit-health/cit/pkg/service/dedupsvc"
	"go.uber.org/zap"
)

func natsURL(t *testing.T) string { return bustest.URL(t) }

func connect(t *testing.T, url string, partitions int) *bus.Bus {
	t.Helper()
	b, err := bus.Connect(context.Background(), url, zap.NewNop(), bus.WithDedupPartitions(partitions))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(b.Close)
	return b
}

// replica runs one dedup replica until the returned stop is called.
func replica(t *testing.T, b *bus.Bus, partition int) (stop func()) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	s, err := dedupsvc.New(ctx, b, partition, dedup.DefaultOptions(), nil, zap.NewNop())
	if err != nil {
		cancel()
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- s.Run(ctx) }()
	return func() {
		cancel()
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}

func report(id, victim, date string) cit.Classified {
	return cit.Classified{
		Candidate: cit.Candidate{ID: id, Source: "test", Title: victim + " hit by ransomware attack",
			Text: "A ransomware attack disrupted " + victim + ".", Published: date, URL: "https://example.org/" + id},
		Classification: &cit.Classification{IsHealthCyberattack: true, Score: 0.95, Verdict: cit.VerdictAccept,
			AttackType: cit.AttackRansomware, Sector: cit.SectorCareProvider, Victim: victim},
	}
}

// incidentsOn reads every incident upsert on a subject.
func incidentsOn(t *testing.T, b *bus.Bus, subject string) []cit.Incident {
	t.Helper()
	in, err := dedupsvc.LoadIncidents(context.Background(), b.JetStream(), subject)
	if err != nil {
		t.Fatal(err)
	}
	return in
}

// incidentsOnUntil reads the incidents on subject until there are want of
// them, each with both of its reports, or ten seconds have passed, and
// returns the last reading: on a loaded machine the consumers' counts have
// been seen at zero a moment before the last incidents were stored, so one
// reading right after settle could miss them (round 47).
func incidentsOnUntil(t *testing.T, b *bus.Bus, subject string, want int) []cit.Incident {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		got := incidentsOn(t, b, subject)
		complete := len(got) == want && !slices.ContainsFunc(got, func(in cit.Incident) bool { return len(in.Sources) != 2 })
		if complete || time.Now().After(deadline) {
			return got
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func settle(t *testing.T, b *bus.Bus) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	pending := func() uint64 {
		p, err := b.Pending(ctx)
		if err != nil {
			t.Fatal(err)
		}
		// Only the dedup consumers run in these tests.
		var n uint64
		for k := 0; k < b.Partitions(); k++ {
			n += p[bus.DedupConsumer(k, b.Partitions())] + p[bus.DedupTriageConsumer(k, b.Partitions())]
		}
		return n
	}
	for pending() != 0 {
		if ctx.Err() != nil {
			t.Fatal("dedup consumers did not settle")
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func TestStateSurvivesRestart(t *testing.T) {
	url := natsURL(t)
	b := connect(t, url, 1)
	ctx := context.Background()
	stop := replica(t, b, 0)
	first := report("c1", "Rennes University Hospital", "2021-11-15")
	if err := b.PublishClassified(ctx, first, ""); err != nil {
		t.Fatal(err)
	}
	settle(t, b)
	stop()
	before := incidentsOn(t, b, bus.SubjectIncidentUpsert)
	if len(before) != 1 {
		t.Fatalf("%d incidents after one report, want 1", len(before))
	}

	// A new process: the same report again (a redelivery, or next week's
	// fetch) changes nothing; a second report of the attack merges into the
	// incident the first process created.
	stop = replica(t, b, 0)
	defer stop()
	dup := first
	dup.Classification = &cit.Classification{}
	*dup.Classification = *first.Classification
	dup.Classification.ModelVersion = "v2" // a new message id, so the stream keeps it
	if err := b.PublishClassified(ctx, dup, ""); err != nil {
		t.Fatal(err)
	}
	if err := b.PublishClassified(ctx, report("c2", "Rennes University Hospital", "2021-11-16"), ""); err != nil {
		t.Fatal(err)
	}
	settle(t, b)
	after := incidentsOn(t, b, bus.SubjectIncidentUpsert)
	if len(after) != 1 {
		t.Fatalf("%d incidents after restart, want the same 1", len(after))
	}
	if after[0].ID != before[0].ID || len(after[0].Sources) != 2 || after[0].Version <= before[0].Version {
		t.Errorf("after restart: %s v%d with %d sources; want %s at a higher version with 2 sources",
			after[0].ID, after[0].Version, len(after[0].Sources), before[0].ID)
	}
}

func TestPartitionsDecideEachVictimInOnePlace(t *testing.T) {
	url := natsURL(t)
	const n = 2
	b := connect(t, url, n)
	ctx := context.Background()
	for k := 0; k < n; k++ {
		defer replica(t, b, k)()
	}
	// Victims spread over both partitions, two reports each.
	victims := []string{"Rennes University Hospital", "Düsseldorf University Hospital", "Capital Health",
		"Hospital Clinic de Barcelona", "Ascension", "Change Healthcare"}
	want := map[int]int{}
	for i, v := range victims {
		want[bus.Partition(dedup.PartitionKey(report("", v, "")), n)]++
		for j := 0; j < 2; j++ {
			c := report(fmt.Sprintf("c%d-%d", i, j), v, "2024-03-0"+fmt.Sprint(j+1))
			if err := b.PublishClassified(ctx, c, dedup.PartitionKey(c)); err != nil { // as the classifier service routes it
				t.Fatal(err)
			}
		}
	}
	if want[0] == 0 || want[1] == 0 {
		t.Fatalf("test victims all fall in one partition: %v", want)
	}
	settle(t, b)
	total := 0
	for k := 0; k < n; k++ {
		got := incidentsOnUntil(t, b, bus.IncidentSubject(k, n), want[k])
		if len(got) != want[k] {
			t.Errorf("partition %d decided %d incidents, want %d", k, len(got), want[k])
		}
		for _, in := range got {
			if len(in.Sources) != 2 {
				t.Errorf("partition %d: incident %s (%s) has %d sources, want both reports", k, in.ID, in.Victim, len(in.Sources))
			}
			if p := bus.Partition(dedup.PartitionKey(report("", in.Victim, "")), n); p != k {
				t.Errorf("incident of %q decided in partition %d, belongs to %d", in.Victim, k, p)
			}
		}
		total += len(got)
	}
	if total != len(victims) {
		t.Errorf("%d incidents in all, want %d", total, len(victims))
	}
}

// An analyst's "this report belongs to that incident" merges whichever
// incident holds the report now, even when dedup had linked the report into
// an incident other than the one it opened, and is a no-op when the report
// is already there.
func TestMergeByCandidateFollowsTheReport(t *testing.T) {
	url := natsURL(t)
	b := connect(t, url, 1)
	ctx := context.Background()
	defer replica(t, b, 0)()
	for _, c := range []cit.Classified{
		report("a1", "Rennes University Hospital", "2021-11-15"),
		report("a2", "Rennes University Hospital", "2021-11-16"), // dedup links it into a1's incident
		report("b1", "Nantes University Hospital", "2021-11-20"),
	} {
		if err := b.PublishClassified(ctx, c, ""); err != nil {
			t.Fatal(err)
		}
	}
	settle(t, b)
	byCand := func() map[string]cit.Incident {
		out := map[string]cit.Incident{}
		for _, in := range incidentsOn(t, b, bus.SubjectIncidentUpsert) {
			if in.Status != cit.StatusActive {
				continue
			}
			for _, s := range in.Sources {
				out[s.CandidateID] = in
			}
		}
		return out
	}
	before := byCand()
	if before["a1"].ID != before["a2"].ID || before["a1"].ID == before["b1"].ID {
		t.Fatalf("setup: a1 %s, a2 %s, b1 %s", before["a1"].ID, before["a2"].ID, before["b1"].ID)
	}
	target := before["b1"].ID
	// The decision names the incident a2 would have opened, as the triage app does.
	merge := cit.TriageDecision{ID: "d1", At: "2021-12-01T00:00:00Z", Actor: "ana", Action: cit.ActionMerge,
		CandidateID: "a2", IncidentID: dedup.IncidentID("a2"), TargetID: target}
	again := merge
	again.ID = "d2" // the same statement once more: nothing left to do
	for _, d := range []cit.TriageDecision{merge, again} {
		if err := b.PublishDecision(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	settle(t, b)
	after := byCand()
	if after["a2"].ID != target || after["a1"].ID != target {
		t.Errorf("after the merge: a1 in %s, a2 in %s; want both in %s", after["a1"].ID, after["a2"].ID, target)
	}
	s, err := b.JetStream().Stream(ctx, bus.StreamDLQ)
	if err != nil {
		t.Fatal(err)
	}
	info, err := s.Info(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if info.State.Msgs != 0 {
		t.Errorf("%d decisions dead-lettered, want none", info.State.Msgs)
	}
}
