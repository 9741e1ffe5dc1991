package dedup

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/cit-health/cit/pkg/cit"
)

// synthetic builds n incident profiles with random organisation names and
// texts, as the matcher would hold them, and one report to look up.
func synthetic(n int) (*matcher, *Engine) {
	rng := rand.New(rand.NewPCG(1, 2))
	vocab := strings.Fields("acme river lake north saint mary county general memorial regional valley health " +
		"clinic hospital center care pediatric heart spine eye dental family medical group services network " +
		"ransomware encrypted systems patients data breach notified hackers stolen records email phishing server " +
		"ambulance diverted surgeries cancelled outage investigation police attack claimed leak site gang")
	for i := range 3000 { // a realistic vocabulary: texts share few word pairs
		vocab = append(vocab, fmt.Sprintf("w%x", rng.Uint32()>>8+uint32(i)))
	}
	e := NewEngine(Options{})
	base := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range n {
		name := fmt.Sprintf("%s %s %d %s", vocab[rng.IntN(len(vocab))], vocab[rng.IntN(len(vocab))], i, vocab[rng.IntN(12)+12])
		words := make([]string, 40)
		for j := range words {
			words[j] = vocab[rng.IntN(len(vocab))]
		}
		key := VictimKey(name)
		day := base.AddDate(0, 0, rng.IntN(2000))
		e.m.add(profile{keys: []string{key}, first: day, last: day, records: []int64{int64(rng.IntN(100000))},
			country: "US", active: true}, e.m.textKeys(words))
	}
	return e.m, e
}

// BenchmarkLookup measures one candidate lookup and scoring against stores
// of 10k, 100k and 1M incidents: the cost per lookup should stay flat.
func BenchmarkLookup(b *testing.B) {
	for _, n := range []int{10_000, 100_000, 1_000_000} {
		b.Run(fmt.Sprintf("incidents=%d", n), func(b *testing.B) {
			if n >= 1_000_000 && testing.Short() {
				b.Skip("1M incidents skipped under -short")
			}
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			m, _ := synthetic(n)
			runtime.GC()
			runtime.ReadMemStats(&after)
			c := cit.Classified{Candidate: cit.Candidate{ID: "q", Title: "Ransomware attack hits Saint Mary Regional Hospital",
				Text:      "Saint Mary Regional Hospital said hackers encrypted systems and ambulances were diverted; 12,000 patients notified.",
				Published: "2023-05-01"}}
			resolve := func(i uint32) (uint32, bool) { return i, true }
			now := time.Date(2023, 5, 2, 0, 0, 0, 0, time.UTC)
			found := 0
			for b.Loop() {
				r := newReport(c, now, nil)
				found = len(m.lookup(&r, m.textKeys(r.words), resolve))
			}
			b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/float64(n), "heap-B/incident")
			b.ReportMetric(float64(found), "candidates/lookup")
		})
	}
}

// BenchmarkAdd measures a full Add (lookup, decision, incident update) on
// an engine already holding 10k incidents built by Add.
func BenchmarkAdd(b *testing.B) {
	e := NewEngine(Options{})
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range 10_000 {
		e.Add(classified(fmt.Sprint("seed-", i), fmt.Sprintf("Clinic %d hit by ransomware", i),
			fmt.Sprintf("Clinic %d said ransomware encrypted its systems.", i), "2025-06-01", fmt.Sprintf("Clinic %d", i), "US", cit.AttackRansomware), now)
	}
	i := 0
	for b.Loop() {
		i++
		e.Add(classified(fmt.Sprint("new-", i), fmt.Sprintf("Clinic %d confirms ransomware", i%10_000),
			fmt.Sprintf("Clinic %d notified patients after ransomware.", i%10_000), "2025-06-05", fmt.Sprintf("Clinic %d", i%10_000), "US", cit.AttackRansomware), now)
	}
}
