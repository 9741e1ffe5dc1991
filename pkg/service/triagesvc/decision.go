package triagesvc

import (
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/cit-health/cit/pkg/cit"
	"github.com/cit-health/cit/pkg/dedup"
)

// Editable fields of a candidate or incident, as form names and as keys of
// TriageDecision.Fields (the names dedup's Engine.Apply understands).
const (
	fieldAttackType = "attack_type"
	fieldSector     = "sector"
	fieldCountry    = "country"
	fieldVictim     = "victim"
	fieldRecords    = "records_affected"
)

// editable is what an analyst can edit of a classification or an incident.
type editable struct {
	AttackType, Sector, Country, Victim string
	Records                             *int64
}

// apply sets the edited fields (values already checked by the form) and
// returns those whose value changed.
func (e *editable) apply(edits map[string]string) map[string]string {
	changed := map[string]string{}
	for f, v := range edits {
		var old string
		switch f {
		case fieldAttackType:
			old, e.AttackType = e.AttackType, v
		case fieldSector:
			old, e.Sector = e.Sector, v
		case fieldCountry:
			old, e.Country = e.Country, v
		case fieldVictim:
			old, e.Victim = e.Victim, v
		case fieldRecords:
			if e.Records != nil {
				old = strconv.FormatInt(*e.Records, 10)
			}
			e.Records = nil
			if v != "" {
				n, _ := strconv.ParseInt(v, 10, 64)
				e.Records = &n
			}
		}
		if old != v {
			changed[f] = v
		}
	}
	return changed
}

func editableFields() []string {
	return []string{fieldAttackType, fieldSector, fieldCountry, fieldVictim, fieldRecords}
}

// FieldError names a form field whose value is not accepted.
type FieldError struct{ Field, Value, Why string }

func (e *FieldError) Error() string {
	return fmt.Sprintf("invalid %s %q: want %s", e.Field, e.Value, e.Why)
}

var (
	countryRe = regexp.MustCompile(`^[A-Z]{2}$`)
	idRe      = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._:/@+=-]{0,199}$`)
)

// ParseEdits reads the editable fields present in form, normalised and
// validated: attack type and sector from the taxonomy, an ISO country code,
// a victim name of at most 200 characters, a non-negative record count. A
// field sent empty clears it (country, victim, records) and is kept as "".
func ParseEdits(form url.Values) (map[string]string, error) {
	out := map[string]string{}
	for _, f := range editableFields() {
		vs, ok := form[f]
		if !ok {
			continue
		}
		v := strings.TrimSpace(strings.Join(vs, ""))
		switch f {
		case fieldAttackType:
			if !slices.Contains(cit.AttackTypes(), v) {
				return nil, &FieldError{f, v, "one of " + strings.Join(cit.AttackTypes(), ", ")}
			}
		case fieldSector:
			if !slices.Contains(cit.Sectors(), v) {
				return nil, &FieldError{f, v, "one of " + strings.Join(cit.Sectors(), ", ")}
			}
		case fieldCountry:
			v = strings.ToUpper(v)
			if v != "" && !countryRe.MatchString(v) {
				return nil, &FieldError{f, v, "an ISO 3166-1 alpha-2 code such as FR, or nothing"}
			}
		case fieldVictim:
			if len([]rune(v)) > 200 {
				return nil, &FieldError{f, v[:40] + "…", "at most 200 characters"}
			}
		case fieldRecords:
			v = strings.ReplaceAll(strings.ReplaceAll(v, ",", ""), "_", "")
			if v != "" {
				n, err := strconv.ParseInt(v, 10, 64)
				if err != nil || n < 0 {
					return nil, &FieldError{f, v, "a whole number of at least 0, or nothing"}
				}
				v = strconv.FormatInt(n, 10)
			}
		}
		out[f] = v
	}
	return out, nil
}

// ValidID reports whether s looks like a candidate or incident id (and
// nothing that could smuggle SQL or markup: ids are bound, but also shown).
func ValidID(s string) bool { return idRe.MatchString(s) }

// Stamp identifies one decision: a fresh id, the time (RFC 3339) and the analyst.
type Stamp struct{ ID, At, Actor string }

func (s Stamp) decision(action string) cit.TriageDecision {
	return cit.TriageDecision{ID: s.ID, At: s.At, Actor: s.Actor, Action: action}
}

// ErrNotReviewable says that a candidate was already decided.
var ErrNotReviewable = errors.New("triagesvc: candidate is not awaiting review")

// Confirm is an analyst confirming a candidate as a health cyberattack, with
// any fields edited. After holds the full edited cit.Classified with verdict
// accept (what dedup adds and the writer stores); Before the candidate as the
// classifier left it; Fields only the values that changed.
func Confirm(s Stamp, c cit.Classified, edits map[string]string) (cit.TriageDecision, error) {
	before, err := json.Marshal(c)
	if err != nil {
		return cit.TriageDecision{}, fmt.Errorf("confirm %s: %w", c.ID, err)
	}
	after := c
	cl := cit.Classification{}
	if c.Classification != nil {
		cl = *c.Classification
	}
	cl.Reasons = slices.Clone(cl.Reasons)
	e := editable{cl.AttackType, cl.Sector, cl.CountryCode(), cl.Victim, cl.RecordsAffected}
	changed := e.apply(edits)
	cl.AttackType, cl.Sector, cl.Victim, cl.RecordsAffected = e.AttackType, e.Sector, e.Victim, e.Records
	if _, ok := changed[fieldCountry]; ok {
		cl.Country = nil
		if e.Country != "" {
			cl.Country = &e.Country
		}
	}
	for _, f := range slices.Sorted(maps.Keys(changed)) {
		cl.Reasons = append(cl.Reasons, cit.Reason{Field: f, Value: changed[f], Rule: "analyst_edit", Span: s.Actor})
	}
	cl.IsHealthCyberattack = true
	cl.Verdict = cit.VerdictAccept
	if cl.AttackType == "" {
		cl.AttackType = cit.AttackUnknown
	}
	cl.Reasons = append(cl.Reasons, cit.Reason{Field: "verdict", Value: cit.VerdictAccept, Rule: "analyst_confirm", Span: s.Actor})
	after.Classification = &cl
	afterJSON, err := json.Marshal(after)
	if err != nil {
		return cit.TriageDecision{}, fmt.Errorf("confirm %s: %w", c.ID, err)
	}
	d := s.decision(cit.ActionConfirm)
	d.CandidateID = c.ID
	if len(changed) > 0 {
		d.Fields = changed
	}
	d.Before, d.After = string(before), string(afterJSON)
	return d, nil
}

// ConfirmInto is an analyst confirming a candidate and saying which
// incident it reports. Two decisions, applied in order by dedup: the
// confirm (as Confirm: dedup adds the candidate, which opens the incident
// dedup.IncidentID(candidate id) unless dedup links it itself), then a
// merge of that incident into target (Engine.Apply folds IncidentID into
// TargetID, as it does for a confirm with a TargetID). The merge carries
// the candidate id for the candidate's history; the writer writes
// candidate rows only for confirm and reject, and export-labels reads only
// those, so it changes neither. link stamps the second decision.
func ConfirmInto(s, link Stamp, c cit.Classified, edits map[string]string, target cit.Incident) ([]cit.TriageDecision, error) {
	if err := active(target); err != nil {
		return nil, err
	}
	own := dedup.IncidentID(c.ID)
	if target.ID == own {
		return nil, &FieldError{"into", target.ID, "an incident this candidate did not open"}
	}
	confirm, err := Confirm(s, c, edits)
	if err != nil {
		return nil, err
	}
	merge := link.decision(cit.ActionMerge)
	merge.IncidentID, merge.TargetID, merge.CandidateID = own, target.ID, c.ID
	merge.Reason = "analyst confirmed candidate " + c.ID + " as a report of " + target.ID
	merge.Before = incidentJSON(target)
	return []cit.TriageDecision{confirm, merge}, nil
}

// Reject is an analyst rejecting a candidate (not a health cyberattack, a
// duplicate, noise…). The reason is required. After holds the candidate with
// verdict reject.
func Reject(s Stamp, c cit.Classified, reason string) (cit.TriageDecision, error) {
	reason = strings.TrimSpace(reason)
	if reason == "" {
		return cit.TriageDecision{}, &FieldError{"reason", "", "a reason for rejecting"}
	}
	if len(reason) > 1000 {
		return cit.TriageDecision{}, &FieldError{"reason", reason[:40] + "…", "at most 1000 characters"}
	}
	before, err := json.Marshal(c)
	if err != nil {
		return cit.TriageDecision{}, fmt.Errorf("reject %s: %w", c.ID, err)
	}
	after := c
	cl := cit.Classification{}
	if c.Classification != nil {
		cl = *c.Classification
	}
	cl.IsHealthCyberattack = false
	cl.Verdict = cit.VerdictReject
	cl.Reasons = append(slices.Clone(cl.Reasons), cit.Reason{Field: "verdict", Value: cit.VerdictReject, Rule: "analyst_reject", Span: reason})
	after.Classification = &cl
	afterJSON, err := json.Marshal(after)
	if err != nil {
		return cit.TriageDecision{}, fmt.Errorf("reject %s: %w", c.ID, err)
	}
	d := s.decision(cit.ActionReject)
	d.CandidateID = c.ID
	d.Reason = reason
	d.Before, d.After = string(before), string(afterJSON)
	return d, nil
}

// Merge folds incident in into target.
func Merge(s Stamp, in cit.Incident, target, reason string) (cit.TriageDecision, error) {
	target = strings.TrimSpace(target)
	if !ValidID(target) {
		return cit.TriageDecision{}, &FieldError{"target", target, "the id of the incident to merge into"}
	}
	if target == in.ID {
		return cit.TriageDecision{}, &FieldError{"target", target, "another incident than this one"}
	}
	if err := active(in); err != nil {
		return cit.TriageDecision{}, err
	}
	d := s.decision(cit.ActionMerge)
	d.IncidentID, d.TargetID, d.Reason = in.ID, target, strings.TrimSpace(reason)
	d.Before = incidentJSON(in)
	return d, nil
}

// Split moves one report (candidate) off incident in into an incident of its own.
func Split(s Stamp, in cit.Incident, candidateID, reason string) (cit.TriageDecision, error) {
	if err := active(in); err != nil {
		return cit.TriageDecision{}, err
	}
	if !slices.ContainsFunc(in.Sources, func(r cit.SourceRef) bool { return r.CandidateID == candidateID }) {
		return cit.TriageDecision{}, &FieldError{"candidate_id", candidateID, "a report of this incident"}
	}
	if len(in.Sources) < 2 {
		return cit.TriageDecision{}, &FieldError{"candidate_id", candidateID, "not the incident's only report"}
	}
	d := s.decision(cit.ActionSplit)
	d.IncidentID, d.CandidateID, d.Reason = in.ID, candidateID, strings.TrimSpace(reason)
	d.Before = incidentJSON(in)
	return d, nil
}

// Edit sets fields of a confirmed incident. Only changed values are kept; an
// edit that changes nothing is an error, so the log holds no empty edits.
func Edit(s Stamp, in cit.Incident, edits map[string]string, reason string) (cit.TriageDecision, error) {
	if err := active(in); err != nil {
		return cit.TriageDecision{}, err
	}
	e := editable{in.AttackType, in.Sector, in.Country, in.Victim, in.RecordsAffected}
	changed := e.apply(edits)
	after := in
	after.AttackType, after.Sector, after.Country, after.Victim, after.RecordsAffected = e.AttackType, e.Sector, e.Country, e.Victim, e.Records
	if len(changed) == 0 {
		return cit.TriageDecision{}, &FieldError{"fields", "", "at least one changed value"}
	}
	d := s.decision(cit.ActionEdit)
	d.IncidentID, d.Fields, d.Reason = in.ID, changed, strings.TrimSpace(reason)
	d.Before, d.After = incidentJSON(in), incidentJSON(after)
	return d, nil
}

// ConfirmLinking confirms that every report of an uncertain incident belongs to it.
func ConfirmLinking(s Stamp, in cit.Incident) (cit.TriageDecision, error) {
	if err := active(in); err != nil {
		return cit.TriageDecision{}, err
	}
	d := s.decision(cit.ActionConfirm)
	d.IncidentID = in.ID
	d.Before = incidentJSON(in)
	return d, nil
}

// Withdraw rejects a whole incident (status deleted); the reason is required.
func Withdraw(s Stamp, in cit.Incident, reason string) (cit.TriageDecision, error) {
	if err := active(in); err != nil {
		return cit.TriageDecision{}, err
	}
	reason = strings.TrimSpace(reason)
	if reason == "" {
		return cit.TriageDecision{}, &FieldError{"reason", "", "a reason for withdrawing"}
	}
	d := s.decision(cit.ActionReject)
	d.IncidentID, d.Reason = in.ID, reason
	d.Before = incidentJSON(in)
	return d, nil
}

func active(in cit.Incident) error {
	if in.Status != "" && in.Status != cit.StatusActive {
		return &FieldError{"incident", in.ID, "an active incident (this one is " + in.Status + ")"}
	}
	return nil
}

// incidentJSON is the incident without its bulky provenance and reasons,
// for the audit log.
func incidentJSON(in cit.Incident) string {
	in.Provenance = nil
	in.Reasons = nil
	b, _ := json.Marshal(in)
	return string(b)
}
