package dedup

import (
	"bytes"
	"encoding/json"
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
func synthetic(n int) (*matcher, *Engine) { return syntheticStore(n, false) }

// syntheticStore builds the store of synthetic; with named, each incident
// is a health cyberattack whose reports write eight proper names (see
// namedStems), as accepted press reports do.
func syntheticStore(n int, named bool) (*matcher, *Engine) {
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
		p := profile{keys: []string{key}, first: day, last: day, records: []int64{int64(rng.IntN(100000))},
			country: "US", active: true}
		if named {
			p.accepted = true
			for _, w := range words[:8] {
				p.named = append(p.named, nameStem(w))
			}
		}
		e.m.add(p, e.m.textKeys(words))
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
			found := lookups(b, m, c)
			b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/float64(n), "heap-B/incident")
			b.ReportMetric(float64(found), "candidates/lookup")
		})
	}
}

// lookups times the lookup of report c in m's store and returns how many
// candidates it found.
func lookups(b *testing.B, m *matcher, c cit.Classified) int {
	resolve := func(i uint32) (uint32, bool) { return i, true }
	now := time.Date(2023, 5, 2, 0, 0, 0, 0, time.UTC)
	found := 0
	for b.Loop() {
		r := newReport(c, now, nil)
		found = len(m.lookup(&r, m.textKeys(r.words), resolve))
	}
	return found
}

// BenchmarkLookupNamed is BenchmarkLookup for an accepted press report
// against incidents of accepted reports, each writing eight proper names:
// the name-stem indexes of round 33 (victim_named_across_reports) are read
// too, and the cost should stay as flat.
func BenchmarkLookupNamed(b *testing.B) {
	for _, n := range []int{10_000, 100_000, 1_000_000} {
		b.Run(fmt.Sprintf("incidents=%d", n), func(b *testing.B) {
			if n >= 1_000_000 && testing.Short() {
				b.Skip("1M incidents skipped under -short")
			}
			m, _ := syntheticStore(n, true)
			c := classified("q", "Ransomware attack hits Saint Mary Regional Hospital in Acme",
				"Saint Mary Regional Hospital in Acme said hackers encrypted systems and ambulances were diverted to River Valley "+
					"Medical Center; 12,000 patients notified.", "2023-05-01", "Saint Mary Regional Hospital", "US", cit.AttackRansomware)
			found := lookups(b, m, c)
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

// syntheticReport is a plausible press report on organisation "Zq<i>": a
// distinct name, a 60-word text, a stated date, a count and a country.
func syntheticReport(rng *rand.Rand, vocab []string, i int) cit.Classified {
	name := fmt.Sprintf("%s %s Zq%d %s", strings.ToUpper(vocab[rng.IntN(len(vocab))][:1])+vocab[rng.IntN(len(vocab))][1:],
		vocab[rng.IntN(len(vocab))], i, []string{"Hospital", "Clinic", "Medical Center", "Health System"}[i%4])
	words := make([]string, 60)
	for j := range words {
		words[j] = vocab[rng.IntN(len(vocab))]
	}
	day := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, rng.IntN(2000))
	text := fmt.Sprintf("%s said on %s that %s; %d patients were notified.", name, day.AddDate(0, 0, -3).Format("January 2, 2006"),
		strings.Join(words, " "), 100+rng.IntN(100000))
	c := classified(fmt.Sprintf("cand-Zq%d", i), "Ransomware attack hits "+name, text, day.Format(time.DateOnly), name, "US", cit.AttackRansomware)
	c.URL = fmt.Sprintf("https://news.example.org/2020/zq%d-ransomware", i)
	return c
}

// storedIncidents returns n distinct incidents as a restarted service reads
// them from the stream (every string decoded from JSON): copies of 500
// incidents built by Add, each with its own id, candidate id and names.
func storedIncidents(b *testing.B, n int) []cit.Incident {
	rng := rand.New(rand.NewPCG(3, 4))
	vocab := strings.Fields("acme river lake north saint mary county general memorial regional valley health")
	for i := range 3000 {
		vocab = append(vocab, fmt.Sprintf("w%x", rng.Uint32()>>8+uint32(i)))
	}
	seed := NewEngine(Options{})
	for i := range 500 {
		seed.Add(syntheticReport(rng, vocab, i), now)
	}
	var templates [][]byte
	for _, inc := range seed.Incidents() {
		js, err := json.Marshal(inc)
		if err != nil {
			b.Fatal(err)
		}
		templates = append(templates, js)
	}
	out := make([]cit.Incident, n)
	for i := range out {
		js := templates[i%len(templates)]
		var inc cit.Incident
		if err := json.Unmarshal(js, &inc); err != nil {
			b.Fatal(err)
		}
		old := inc.Sources[0].CandidateID[len("cand-"):] // "Zq<k>"
		fresh := fmt.Sprintf("%sx%d", old, i)
		js = bytes.ReplaceAll(js, []byte(old), []byte(fresh))
		js = bytes.ReplaceAll(js, []byte(strings.ToLower(old)), []byte(strings.ToLower(fresh)))
		js = bytes.ReplaceAll(js, []byte(inc.ID), []byte(IncidentID("cand-"+fresh)))
		out[i] = cit.Incident{}
		if err := json.Unmarshal(js, &out[i]); err != nil {
			b.Fatal(err)
		}
	}
	return out
}

// BenchmarkEngineState measures the heap an engine holds per incident at
// 100k and 1M incidents restarted with Load, against the same incidents
// held as Go values (what the engine kept before it packed them), and the
// cost of one Add against that store.
func BenchmarkEngineState(b *testing.B) {
	for _, n := range []int{100_000, 1_000_000} {
		b.Run(fmt.Sprintf("incidents=%d", n), func(b *testing.B) {
			if n >= 1_000_000 && testing.Short() {
				b.Skip("1M incidents skipped under -short")
			}
			heap := func() uint64 {
				var m runtime.MemStats
				runtime.GC()
				runtime.ReadMemStats(&m)
				return m.HeapAlloc
			}
			base := heap()
			stored := storedIncidents(b, n)
			values := heap()
			e := NewEngine(Options{})
			e.Load(stored)
			stored = nil
			loaded := heap()
			rng := rand.New(rand.NewPCG(5, 6))
			vocab := strings.Fields("acme river lake north saint mary county general memorial regional valley health clinic")
			i := 0
			for b.Loop() {
				e.Add(syntheticReport(rng, vocab, 10_000_000+i), now)
				i++
			}
			b.ReportMetric(float64(values-base)/float64(n), "values-B/incident")
			b.ReportMetric(float64(loaded-base)/float64(n), "engine-B/incident")
			runtime.KeepAlive(e)
		})
	}
}
