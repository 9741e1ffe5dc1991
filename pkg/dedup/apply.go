package dedup

import (
	"cmp"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/cit-health/cit/pkg/cit"
)

// Errors of Apply.
var (
	ErrUnknownIncident = errors.New("dedup: unknown incident")
	ErrInactive        = errors.New("dedup: incident is not active")
	ErrUnknownAction   = errors.New("dedup: unknown triage action")
	ErrBadSplit        = errors.New("dedup: cannot split")
)

// Apply carries out an analyst's decision and returns every incident it
// changed, each with its Version incremented:
//   - merge (or confirm with a TargetID): IncidentID is folded into
//     TargetID; the first comes back with status "merged", the second with
//     all the reports of both;
//   - split: CandidateID leaves IncidentID for a new incident of its own;
//   - edit: Fields set incident fields (victim, country, sector,
//     attack_type, threat_actor, records_affected, incident_date,
//     disclosure_date, claim_status, title); an analyst's value wins over
//     every report's;
//   - reject: the incident is withdrawn (status "deleted");
//   - confirm: the incident's linking is confirmed (confidence 1).
func (e *Engine) Apply(d cit.TriageDecision, now time.Time) ([]cit.Incident, error) {
	i, ok := e.byID[d.IncidentID]
	if !ok {
		return nil, fmt.Errorf("apply %s to %q: %w", d.Action, d.IncidentID, ErrUnknownIncident)
	}
	if st := e.slots[i].status; st != cit.StatusActive {
		return nil, fmt.Errorf("apply %s to %q (status %s): %w", d.Action, d.IncidentID, st, ErrInactive)
	}
	inc := e.get(i)
	reason := cit.Reason{Field: "incident", Rule: "analyst_" + d.Action, Value: d.Actor, Span: d.Reason}
	switch d.Action {
	case cit.ActionMerge:
		return e.merge(i, d, reason, now)
	case cit.ActionConfirm:
		if d.TargetID != "" {
			return e.merge(i, d, reason, now)
		}
		inc.Confidence = 1
	case cit.ActionSplit:
		return e.split(i, d, reason, now)
	case cit.ActionEdit:
		if inc.Provenance == nil {
			inc.Provenance = make(map[string][]cit.Assertion)
		}
		for _, field := range slices.Sorted(maps.Keys(d.Fields)) {
			inc.Provenance[field] = append(inc.Provenance[field], cit.Assertion{Value: d.Fields[field],
				CandidateID: "triage:" + d.ID, Source: analystSource, At: cmp.Or(d.At, stamp(now))})
		}
		resolveFields(inc, e.aliases)
		e.m.index(i, inc.Organizations, nil)
	case cit.ActionReject:
		inc.Status = cit.StatusDeleted
	default:
		return nil, fmt.Errorf("apply %q to %q: %w", d.Action, d.IncidentID, ErrUnknownAction)
	}
	touch(inc, reason, now)
	e.put(i, inc)
	return []cit.Incident{*inc}, nil
}

// merge folds incident i into d.TargetID.
func (e *Engine) merge(i uint32, d cit.TriageDecision, reason cit.Reason, now time.Time) ([]cit.Incident, error) {
	j, ok := e.byID[d.TargetID]
	if !ok {
		return nil, fmt.Errorf("merge %q into %q: %w", d.IncidentID, d.TargetID, ErrUnknownIncident)
	}
	if i == j {
		return nil, fmt.Errorf("merge %q into itself: %w", d.IncidentID, ErrBadSplit)
	}
	if st := e.slots[j].status; st != cit.StatusActive {
		return nil, fmt.Errorf("merge into %q (status %s): %w", d.TargetID, st, ErrInactive)
	}
	src, dst := e.get(i), e.get(j)
	for _, s := range src.Sources {
		if !slices.ContainsFunc(dst.Sources, func(x cit.SourceRef) bool { return x.CandidateID == s.CandidateID }) {
			dst.Sources = append(dst.Sources, s)
		}
		e.byCand[s.CandidateID] = j
	}
	if dst.Provenance == nil {
		dst.Provenance = make(map[string][]cit.Assertion)
	}
	for field, as := range src.Provenance {
		dst.Provenance[field] = append(dst.Provenance[field], as...)
	}
	dst.Confidence = 1
	resolveFields(dst, e.aliases)
	touch(dst, reason, now)
	e.put(j, dst)
	e.m.index(j, dst.Organizations, nil)
	e.m.indexAliases(j, e.m.profiles[j].aliasKeys)
	e.m.indexParents(j, e.m.profiles[j].parentKeys)
	e.m.indexNamed(j, e.m.profiles[j].named)

	src.Status = cit.StatusMerged
	src.MergedInto = dst.ID
	touch(src, reason, now)
	e.put(i, src)
	return []cit.Incident{*src, *dst}, nil
}

// split moves d.CandidateID out of incident i into a new incident whose id
// derives from the candidate id.
func (e *Engine) split(i uint32, d cit.TriageDecision, reason cit.Reason, now time.Time) ([]cit.Incident, error) {
	inc := e.get(i)
	k := slices.IndexFunc(inc.Sources, func(s cit.SourceRef) bool { return s.CandidateID == d.CandidateID })
	if k < 0 {
		return nil, fmt.Errorf("split %q from %q: candidate not in incident: %w", d.CandidateID, inc.ID, ErrBadSplit)
	}
	if len(inc.Sources) == 1 {
		return nil, fmt.Errorf("split %q from %q: its only report: %w", d.CandidateID, inc.ID, ErrBadSplit)
	}
	out := &cit.Incident{ID: e.freshID(d.CandidateID), Status: cit.StatusActive, FirstSeen: stamp(now),
		CreatedAt: stamp(now), Confidence: 1, Provenance: make(map[string][]cit.Assertion)}
	out.Sources = []cit.SourceRef{inc.Sources[k]}
	inc.Sources = slices.Delete(inc.Sources, k, k+1)
	for field, as := range inc.Provenance {
		var keep []cit.Assertion
		for _, a := range as {
			if a.CandidateID == d.CandidateID {
				out.Provenance[field] = append(out.Provenance[field], a)
			} else {
				keep = append(keep, a)
			}
		}
		inc.Provenance[field] = keep
		if len(keep) == 0 {
			delete(inc.Provenance, field)
		}
	}
	resolveFields(inc, e.aliases)
	touch(inc, reason, now)
	e.put(i, inc)

	resolveFields(out, e.aliases)
	touch(out, reason, now)
	j := e.insert(out, e.textKeysOf(out))
	e.byCand[d.CandidateID] = j
	return []cit.Incident{*inc, *out}, nil
}

// freshID returns the id of an incident opened by a candidate, varied when
// that id is taken (a report split out of the incident it opened).
func (e *Engine) freshID(candidateID string) string {
	id := IncidentID(candidateID)
	for n := 1; ; n++ {
		if _, taken := e.byID[id]; !taken {
			return id
		}
		id = IncidentID(fmt.Sprintf("%s#split%d", candidateID, n))
	}
}

// touch records an analyst's change: a new version and its reason.
func touch(inc *cit.Incident, reason cit.Reason, now time.Time) {
	inc.Version++
	inc.UpdatedAt = stamp(now)
	inc.Reasons = append(slices.Clone(inc.Reasons), reason)
}

// Load rebuilds the engine from stored incidents (any versions of each: the
// highest one wins), for a restart. It replaces the current state. The
// near-duplicate-text index is rebuilt from each report's text sketch
// (provenance "text_sketch"), so a report arriving after a restart meets
// the same index as without the restart; reports stored without a sketch
// (before sketches existed) are indexed by their titles.
func (e *Engine) Load(incidents []cit.Incident) {
	latest := make(map[string]cit.Incident, len(incidents))
	for _, inc := range incidents {
		if cur, ok := latest[inc.ID]; !ok || inc.Version > cur.Version {
			latest[inc.ID] = inc
		}
	}
	fresh := NewEngine(e.opts)
	ids := slices.Sorted(maps.Keys(latest))
	// Incidents in creation order, so index recency matches the live run.
	slices.SortStableFunc(ids, func(a, b string) int { return strings.Compare(latest[a].CreatedAt, latest[b].CreatedAt) })
	for _, id := range ids {
		inc := latest[id]
		idx := fresh.insert(&inc, fresh.textKeysOf(&inc))
		for _, s := range inc.Sources {
			fresh.byCand[s.CandidateID] = idx
		}
	}
	*e = *fresh
}

// textKeysOf returns the text band keys of every report of inc: its stored
// sketch, else the keys of its title.
func (e *Engine) textKeysOf(inc *cit.Incident) []uint64 {
	sketched := make(map[string]bool)
	var keys []uint64
	for _, a := range inc.Provenance[provSketch] {
		if k := decodeSketch(a.Value, e.m.texts.Bands()); k != nil {
			keys = append(keys, k...)
			sketched[a.CandidateID] = true
		}
	}
	for _, s := range inc.Sources {
		if !sketched[s.CandidateID] {
			keys = append(keys, e.m.textKeys(leadWords(s.Title, 80))...)
		}
	}
	return keys
}

// Incidents returns the current state of every incident (merged and deleted
// ones included), ordered by id.
func (e *Engine) Incidents() []cit.Incident {
	out := make([]cit.Incident, len(e.slots))
	for i := range e.slots {
		out[i] = *e.get(uint32(i))
	}
	slices.SortFunc(out, func(a, b cit.Incident) int { return strings.Compare(a.ID, b.ID) })
	return out
}
