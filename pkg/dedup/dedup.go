// Package dedup links classified reports into incidents: one incident per
// real attack, across sources, languages and dates.
//
// An Engine holds the incidents it has built. Add scores a report against
// the incidents found through three flat-cost indexes (normalised victim
// key, fuzzy-name MinHash-LSH, near-duplicate-text MinHash-LSH, plus
// organisations named in the text for supplier attacks and the groups a
// report says its victim belongs to) on victim name
// (each organisation of a joint notice), report dates and the breach dates
// their texts state, records affected, country, attack type and breach
// mode, threat actor and text, and decides: a new incident, a merge into an existing one,
// or a review by an analyst when the evidence is in between. Every decision
// carries its reasons and a confidence, and every incident field keeps the
// reports that asserted it (provenance).
//
// Incidents are kept packed (compact.go) and unpacked only when changed,
// so the state stays small at millions of incidents.
//
// The package is pure and deterministic: no I/O, no clock (the caller passes
// now), no randomness; the same sequence of calls gives the same incident
// ids and decisions. An Engine is not safe for concurrent use; a service
// partitions work by victim key so one engine decides each incident.
package dedup

import (
	"crypto/sha256"
	"encoding/hex"
	"math"
	"time"

	"github.com/cit-health/cit/pkg/cit"
	"github.com/cit-health/cit/pkg/dedup/orgname"
)

// Actions of a Decision.
const (
	ActionNew       = "new"       // a new incident
	ActionMerge     = "merge"     // linked to an existing incident
	ActionReview    = "review"    // uncertain: a new incident of its own, best match in Candidates
	ActionDuplicate = "duplicate" // the candidate id was seen before: nothing changed
)

// Options tune the engine. The zero value means DefaultOptions; a zero
// field takes its default.
type Options struct {
	// MergeScore is the score from which a report is merged; ReviewScore the
	// score from which it is sent to review instead of opening an incident.
	MergeScore  float64
	ReviewScore float64
	// CloseDays: reports this close in time get WeightClose. WindowDays: no
	// penalty up to here. MaxGapDays: beyond, never the same incident (the
	// same organisation attacked a year later is a new incident).
	CloseDays  float64
	WindowDays float64
	MaxGapDays float64
	// RegistryDays: a regulator's filing and a breach chronology's entry
	// further apart than this go to review (see registryRowsApart).
	RegistryDays float64
	// StatedDateDays: breach dates stated in two reports' texts further
	// apart than this mean two breaches.
	StatedDateDays float64
	// FuzzyName is the least name similarity that counts as the same name.
	FuzzyName float64
	// Weights of the evidence.
	WeightSameName  float64
	WeightMention   float64
	WeightClose     float64
	WeightRecords   float64
	WeightModes     float64
	WeightText      float64
	WeightRegulator float64
	// WeightSameDate rewards the same stated breach day; WeightDateDiffers
	// penalises stated breach dates more than StatedDateDays apart.
	WeightSameDate    float64
	WeightDateDiffers float64
	// MaxPerBucket bounds how many incidents one index key or bucket yields.
	MaxPerBucket int
	// MaxCandidates bounds Decision.Candidates.
	MaxCandidates int
	// Aliases maps alternative organisation names to canonical ones
	// ("UPMC" → "University of Pittsburgh Medical Center").
	Aliases map[string]string
}

// DefaultOptions returns the tuned defaults (see docs/dedup.md).
func DefaultOptions() Options {
	return Options{
		MergeScore:        4.5,
		ReviewScore:       2.5,
		CloseDays:         31,
		WindowDays:        60,
		MaxGapDays:        330,
		RegistryDays:      30,
		FuzzyName:         0.85,
		WeightSameName:    3,
		WeightMention:     2,
		WeightClose:       1,
		WeightRecords:     1.5,
		WeightModes:       0.4,
		WeightText:        3,
		WeightRegulator:   1,
		StatedDateDays:    45,
		WeightSameDate:    1.5,
		WeightDateDiffers: 4,
		MaxPerBucket:      32,
		MaxCandidates:     3,
	}
}

// withDefaults fills zero fields from DefaultOptions.
func (o Options) withDefaults() Options {
	d := DefaultOptions()
	set := func(v *float64, def float64) {
		if *v == 0 {
			*v = def
		}
	}
	set(&o.MergeScore, d.MergeScore)
	set(&o.ReviewScore, d.ReviewScore)
	set(&o.CloseDays, d.CloseDays)
	set(&o.WindowDays, d.WindowDays)
	set(&o.MaxGapDays, d.MaxGapDays)
	set(&o.RegistryDays, d.RegistryDays)
	set(&o.FuzzyName, d.FuzzyName)
	set(&o.WeightSameName, d.WeightSameName)
	set(&o.WeightMention, d.WeightMention)
	set(&o.WeightClose, d.WeightClose)
	set(&o.WeightRecords, d.WeightRecords)
	set(&o.WeightModes, d.WeightModes)
	set(&o.WeightText, d.WeightText)
	set(&o.WeightRegulator, d.WeightRegulator)
	set(&o.StatedDateDays, d.StatedDateDays)
	set(&o.WeightSameDate, d.WeightSameDate)
	set(&o.WeightDateDiffers, d.WeightDateDiffers)
	if o.MaxPerBucket == 0 {
		o.MaxPerBucket = d.MaxPerBucket
	}
	if o.MaxCandidates == 0 {
		o.MaxCandidates = d.MaxCandidates
	}
	return o
}

// Match is an existing incident considered for a report.
type Match struct {
	IncidentID string       `json:"incident_id"`
	Victim     string       `json:"victim"`
	Score      float64      `json:"score"`
	Confidence float64      `json:"confidence"`
	Reasons    []cit.Reason `json:"reasons"`
}

// Decision is the outcome of Add.
type Decision struct {
	IncidentID string         `json:"incident_id"`
	Action     string         `json:"action"`
	Confidence float64        `json:"confidence"`
	Reasons    []cit.Reason   `json:"reasons"`
	Candidates []Match        `json:"candidates,omitempty"`
	Incident   cit.Incident   `json:"incident"`
	Superseded []cit.Incident `json:"superseded,omitempty"`
}

// Engine links reports into incidents. Create it with NewEngine.
type Engine struct {
	opts    Options
	aliases orgname.Aliases
	m       *matcher
	slots   []slot // parallel to m.profiles: every incident, packed
	codec   *codec
	byID    map[string]uint32
	byCand  map[string]uint32 // candidate id → incident index
}

// NewEngine returns an empty engine.
func NewEngine(opts Options) *Engine {
	opts = opts.withDefaults()
	return &Engine{
		opts:    opts,
		aliases: orgname.NewAliases(withKnownAliases(opts.Aliases)),
		m:       newMatcher(opts),
		codec:   newCodec(),
		byID:    make(map[string]uint32),
		byCand:  make(map[string]uint32),
	}
}

// VictimKey returns the normalised key of an organisation name, the value
// stored as Incident.VictimKey and used to partition dedup work.
func VictimKey(name string) string { return orgname.Key(name) }

// PartitionKey is the key that routes a report to a dedup partition: the
// first distinctive word of its (first) organisation's normalised name, with
// the victim found as the engine finds it (the classifier's, else the
// structured field, else the title's). Name variants of one organisation
// ("Goodwill Industries of Grand Rapids", "Goodwill Industries of Greater
// Grand Rapids, Inc.", "The University of Texas at Arlington" / "University
// of Texas Arlington") share it, so the replica that holds an incident also
// receives its later reports. A name of generic words only routes by its
// whole key; a distinctive word routes by its first four letters (see
// prefix). Configured aliases are not applied: a replica-independent key
// cannot depend on one replica's options. A notice of a supplier's breach
// routes by the supplier, so the supplier's own reports and every client's
// notice naming it reach the same replica.
func PartitionKey(c cit.Classified) string {
	victim := victimOf(c)
	orgs := splitOrganisations(victim)
	key := orgname.Key(firstOrganisation(victim, orgs))
	if sup, ok := breachedSupplier(c, victim, orgs); ok {
		key = orgname.Key(sup)
	}
	if w := orgname.FirstDistinctiveWord(key); w != "" {
		return prefix(w, 4)
	}
	return key
}

// prefix returns the first n letters of w: a leak site's domain runs a
// name's words together ("luriechildrens" for "Lurie Children's Hospital",
// "orthomontana" for "Ortho Montana"), and the first letters of the first
// distinctive word are what both spellings share.
func prefix(w string, n int) string {
	if len(w) <= n {
		return w
	}
	return w[:n]
}

// IncidentID derives an incident id from the candidate that opened it.
func IncidentID(candidateID string) string {
	sum := sha256.Sum256([]byte(candidateID))
	return "inc-" + hex.EncodeToString(sum[:8])
}

// Add links one classified report and returns the decision; see Decision.
// now stamps CreatedAt, UpdatedAt and FirstSeen, and stands in for the
// report's date when it has none.
func (e *Engine) Add(c cit.Classified, now time.Time) Decision {
	if i, ok := e.byCand[c.ID]; ok {
		j, _ := e.resolve(i)
		return Decision{IncidentID: e.slots[j].id, Action: ActionDuplicate, Confidence: 1,
			Reasons:  []cit.Reason{{Field: "id", Rule: "candidate_seen_before", Value: c.ID}},
			Incident: *e.get(j)}
	}
	r := newReport(c, now, e.aliases)
	textKeys := e.m.textKeys(r.words)
	r.textKeys = textKeys
	found := e.m.lookup(&r, textKeys, e.resolve)

	var cands []Match
	for _, f := range found[:min(len(found), e.opts.MaxCandidates)] {
		sl := &e.slots[f.idx]
		cands = append(cands, Match{IncidentID: sl.id, Victim: sl.victim, Score: round2(f.score),
			Confidence: round2(e.confidence(f.score)), Reasons: f.reasons})
	}

	if len(found) > 0 && found[0].score >= e.opts.MergeScore {
		best := found[0]
		inc := e.get(best.idx)
		conf := e.confidence(best.score)
		addReport(inc, &r)
		inc.Confidence = round2(math.Min(inc.Confidence, conf))
		inc.Reasons = best.reasons
		inc.Version++
		inc.UpdatedAt = stamp(now)
		resolveFields(inc, e.aliases)
		e.put(best.idx, inc)
		e.m.index(best.idx, r.keys, textKeys)
		e.m.indexDomainForms(best.idx, r.keys, r.domainKeys())
		e.m.indexAliases(best.idx, r.aliasKeys)
		e.m.indexParents(best.idx, r.parentKeys)
		e.m.indexNamed(best.idx, r.named)
		e.byCand[c.ID] = best.idx
		return Decision{IncidentID: inc.ID, Action: ActionMerge, Confidence: round2(conf), Reasons: best.reasons,
			Candidates: cands, Incident: *inc}
	}

	inc := &cit.Incident{ID: IncidentID(c.ID), Status: cit.StatusActive, Version: 1,
		FirstSeen: stamp(now), CreatedAt: stamp(now), UpdatedAt: stamp(now), Confidence: 1}
	addReport(inc, &r)
	resolveFields(inc, e.aliases)
	action, conf := ActionNew, 1.0
	var reasons []cit.Reason
	if len(found) > 0 {
		conf = 1 - e.confidence(found[0].score)
		reasons = []cit.Reason{{Field: "incident", Rule: "best_match_below_merge_score", Value: e.slots[found[0].idx].id,
			Weight: round2(found[0].score)}}
	} else {
		reasons = []cit.Reason{{Field: "incident", Rule: "no_candidate_incident"}}
	}
	if len(found) > 0 && found[0].score >= e.opts.ReviewScore {
		action = ActionReview
		conf = e.confidence(found[0].score)
		reasons = append(reasons, cit.Reason{Field: "incident", Rule: "uncertain_match_needs_review"})
		reasons = append(reasons, found[0].reasons...)
		inc.Confidence = round2(1 - conf)
	}
	inc.Reasons = reasons
	idx := e.insert(inc, textKeys)
	e.byCand[c.ID] = idx
	return Decision{IncidentID: inc.ID, Action: action, Confidence: round2(conf), Reasons: reasons,
		Candidates: cands, Incident: *inc}
}

// confidence maps a score to the probability-like confidence that the
// report belongs to the incident: 0.5 halfway between ReviewScore and
// MergeScore.
func (e *Engine) confidence(score float64) float64 {
	mid := (e.opts.MergeScore + e.opts.ReviewScore) / 2
	return 1 / (1 + math.Exp(-(score - mid)))
}

// insert adds a new incident to the engine's state and indexes. The engine
// keeps a packed copy: inc stays the caller's.
func (e *Engine) insert(inc *cit.Incident, textKeys []uint64) uint32 {
	idx := e.m.add(profileOf(inc, e.aliases), textKeys)
	e.slots = append(e.slots, e.codec.encode(inc))
	e.byID[inc.ID] = idx
	return idx
}

// get returns a fresh copy of incident i, which the caller owns.
func (e *Engine) get(i uint32) *cit.Incident { return e.codec.decode(&e.slots[i]) }

// put stores a changed incident i and recomputes its matching profile.
func (e *Engine) put(i uint32, inc *cit.Incident) {
	e.slots[i] = e.codec.encode(inc)
	e.m.profiles[i] = profileOf(inc, e.aliases)
}

// resolve follows merges from incident i to the active incident holding its
// reports; false when that incident was deleted.
func (e *Engine) resolve(i uint32) (uint32, bool) {
	for range 64 {
		sl := &e.slots[i]
		switch sl.status {
		case cit.StatusActive:
			return i, true
		case cit.StatusMerged:
			j, ok := e.byID[sl.mergedInto]
			if !ok {
				return 0, false
			}
			i = j
		default:
			return 0, false
		}
	}
	return 0, false
}

func stamp(t time.Time) string { return t.UTC().Format(time.RFC3339) }

// IncidentOf returns the active incident that holds a candidate now, after
// any merges, and whether the engine knows the candidate.
func (e *Engine) IncidentOf(candidateID string) (string, bool) {
	i, ok := e.byCand[candidateID]
	if !ok {
		return "", false
	}
	j, ok := e.resolve(i)
	if !ok {
		return "", false
	}
	return e.slots[j].id, true
}
