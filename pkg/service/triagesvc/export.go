package triagesvc

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"

	"github.com/cit-health/cit/pkg/cit"
	"github.com/cit-health/cit/pkg/store"
)

// Label is an analyst's answer for one candidate, in dev.jsonl's label shape.
type Label struct {
	IsHealthCyberattack bool    `json:"is_health_cyberattack"`
	AttackType          *string `json:"attack_type"`
	Country             *string `json:"country"`
	Victim              *string `json:"victim"`
	RecordsAffected     *int64  `json:"records_affected"`
}

// LabelDecision says who decided a label, when and why.
type LabelDecision struct {
	ID     string            `json:"id"`
	At     string            `json:"at"`
	Actor  string            `json:"actor"`
	Action string            `json:"action"`
	Reason string            `json:"reason,omitempty"`
	Fields map[string]string `json:"fields,omitempty"`
}

// LabelledCandidate is one line of `citctl export-labels`: the candidate
// fields, the analyst's label and the decision it comes from.
type LabelledCandidate struct {
	cit.Candidate
	Label    Label         `json:"label"`
	Decision LabelDecision `json:"decision"`
}

// LabelOf turns an analyst's latest decision on a candidate into a label:
// a reject says "not a health cyberattack" and nothing more; a confirm takes
// the fields of the confirmed (edited) classification, falling back to the
// stored candidate when the decision carries none.
func LabelOf(d cit.TriageDecision, stored cit.Classified) (LabelledCandidate, bool) {
	out := LabelledCandidate{Candidate: stored.Candidate, Decision: LabelDecision{ID: d.ID, At: d.At,
		Actor: d.Actor, Action: d.Action, Reason: d.Reason, Fields: d.Fields}}
	switch d.Action {
	case cit.ActionReject:
		return out, true
	case cit.ActionConfirm:
	default:
		return LabelledCandidate{}, false
	}
	src := stored
	var after cit.Classified
	if d.After != "" && json.Unmarshal([]byte(d.After), &after) == nil && after.Classification != nil {
		src = after
		if out.Candidate.ID == "" {
			out.Candidate = after.Candidate
		}
	}
	out.Label.IsHealthCyberattack = true
	if cl := src.Classification; cl != nil {
		if cl.AttackType != "" {
			out.Label.AttackType = &cl.AttackType
		}
		out.Label.Country = cl.Country
		if cl.Victim != "" {
			out.Label.Victim = &cl.Victim
		}
		out.Label.RecordsAffected = cl.RecordsAffected
	}
	return out, true
}

// ExportLabels writes the analysts' decisions as labelled JSON Lines in the
// candidate format, one line per decided candidate (its latest confirm or
// reject), ordered by candidate id, for retraining the classifier.
func ExportLabels(ctx context.Context, st *store.Store, w io.Writer) error {
	decisions, err := st.LabelDecisions(ctx)
	if err != nil {
		return fmt.Errorf("export labels: %w", err)
	}
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	const chunk = 1000
	for start := 0; start < len(decisions); start += chunk {
		part := decisions[start:min(start+chunk, len(decisions))]
		ids := make([]string, len(part))
		for i, d := range part {
			ids[i] = d.CandidateID
		}
		cands, _, err := st.Candidates(ctx, ids)
		if err != nil {
			return fmt.Errorf("export labels: %w", err)
		}
		for _, d := range part {
			stored, ok := cands[d.CandidateID]
			if !ok {
				stored = cit.Classified{Candidate: cit.Candidate{ID: d.CandidateID}}
			}
			line, ok := LabelOf(d, stored)
			if !ok {
				continue
			}
			if err := enc.Encode(line); err != nil {
				return fmt.Errorf("export labels: write %s: %w", d.CandidateID, err)
			}
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("export labels: %w", err)
	}
	return nil
}
