package statssvc

import (
	"fmt"
	"math"
	"math/rand/v2"
	"time"

	"github.com/cit-health/cit/pkg/cit"
)

// Generator makes realistic synthetic incidents for benchmarks and demos:
// countries, attack types and sectors skewed as in public trackers (US
// heavy, ransomware and data breaches dominant), a long-tailed records
// count, dates over ten years, a few threat actors, a share of incidents
// with updates, disclosure dates, care disruption and merged duplicates.
// It is deterministic for a seed.
type Generator struct {
	rng   *rand.Rand
	start time.Time
	days  int
}

// NewGenerator returns a generator of incidents dated from 2015 over ten years.
func NewGenerator(seed uint64) *Generator {
	return &Generator{rng: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)),
		start: time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC), days: 3650}
}

type weighted struct {
	v string
	w float64
}

func (g *Generator) pick(ws []weighted) string {
	total := 0.0
	for _, x := range ws {
		total += x.w
	}
	r := g.rng.Float64() * total
	for _, x := range ws {
		if r -= x.w; r < 0 {
			return x.v
		}
	}
	return ws[len(ws)-1].v
}

var (
	genCountries = []weighted{{"US", 55}, {"GB", 6}, {"FR", 5}, {"DE", 5}, {"CA", 3}, {"AU", 3}, {"IN", 3},
		{"IT", 2}, {"ES", 2}, {"BR", 2}, {"NL", 1.5}, {"JP", 1}, {"CH", 1}, {"BE", 1}, {"IE", 1}, {"SE", 1},
		{"PL", 1}, {"MX", 1}, {"ZA", 1}, {"SG", 0.5}, {"IL", 0.5}, {"NZ", 0.5}, {"AR", 0.5}, {"", 3}}
	genAttacks = []weighted{{cit.AttackRansomware, 38}, {cit.AttackDataBreach, 35}, {cit.AttackDDoS, 8},
		{cit.AttackMalware, 6}, {cit.AttackAccountCompromise, 8}, {cit.AttackUnknown, 5}}
	genSectors = []weighted{{cit.SectorCareProvider, 55}, {cit.SectorHealthInsurance, 8}, {cit.SectorPharma, 7},
		{cit.SectorLaboratory, 5}, {cit.SectorHealthIT, 8}, {cit.SectorMedicalDevices, 3}, {cit.SectorPublicHealth, 6},
		{cit.SectorResearch, 3}, {cit.SectorOtherHealth, 5}}
	genActors = []weighted{{"", 70}, {"LockBit", 6}, {"BlackCat/ALPHV", 4}, {"Rhysida", 3}, {"Hive", 2}, {"Conti", 3},
		{"Clop", 2}, {"Medusa", 2}, {"Black Basta", 2}, {"INC Ransom", 2}, {"NoName057(16)", 2}, {"Killnet", 2}}
	genCare = []string{"ambulance_diversion", "appointments_cancelled", "ehr_downtime", "surgery_postponed"}
)

// Incident returns the i-th incident (ids are stable: "gen-<i>").
func (g *Generator) Incident(i int) cit.Incident {
	day := g.start.AddDate(0, 0, int(math.Sqrt(g.rng.Float64())*float64(g.days))) // more recent years busier
	attack := g.pick(genAttacks)
	victim := fmt.Sprintf("Health organisation %d", g.rng.IntN(1+i*9/10+1)) // some organisations hit twice
	in := cit.Incident{ID: fmt.Sprintf("gen-%d", i), Version: 1, Status: cit.StatusActive,
		Title: "Cyberattack on " + victim, Victim: victim, VictimKey: fmt.Sprintf("org-%s", victim[len("Health organisation "):]),
		Country: g.pick(genCountries), Sector: g.pick(genSectors), AttackType: attack,
		IncidentDate: day.Format("2006-01-02"), FirstSeen: day.Add(36 * time.Hour).Format(time.RFC3339),
		ClaimStatus: cit.ClaimReported, Confidence: 0.6 + 0.4*g.rng.Float64()}
	in.CreatedAt, in.UpdatedAt = in.FirstSeen, in.FirstSeen
	if attack == cit.AttackRansomware {
		in.ThreatActor = g.pick(genActors)
	}
	if g.rng.Float64() < 0.6 {
		n := int64(math.Exp(g.rng.NormFloat64()*2.2 + 8))
		in.RecordsAffected = &n
	}
	if g.rng.Float64() < 0.5 {
		in.DisclosureDate = day.AddDate(0, 0, int(g.rng.ExpFloat64()*45)).Format("2006-01-02")
	}
	if attack == cit.AttackRansomware && g.rng.Float64() < 0.3 {
		in.CareDisruption = []string{genCare[g.rng.IntN(len(genCare))]}
	}
	for s := range 1 + g.rng.IntN(3) {
		in.Sources = append(in.Sources, cit.SourceRef{CandidateID: fmt.Sprintf("gen-%d-%d", i, s), Source: "news",
			URL: fmt.Sprintf("https://news.example/%d/%d", i, s), Title: in.Title, Published: in.FirstSeen, Lang: "en"})
	}
	switch r := g.rng.Float64(); {
	case r < 0.15: // updated later
		in.Version = 2
		in.UpdatedAt = day.AddDate(0, 0, 10).Format(time.RFC3339)
	case r < 0.17: // a duplicate that analysts merged away
		in.Version, in.Status, in.MergedInto = 2, cit.StatusMerged, fmt.Sprintf("gen-%d", max(0, i-1))
	}
	return in
}
