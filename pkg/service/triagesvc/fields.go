package triagesvc

// Low-confidence fields: incidents whose reports disagree on a key field,
// or that lack one, for the "Fields to check" queue and the incident page.

import (
	"cmp"
	"slices"
	"strings"

	"github.com/cit-health/cit/pkg/cit"
	"github.com/cit-health/cit/pkg/dedup"
	"github.com/cit-health/cit/pkg/store"
)

// Kinds of field issue.
const (
	IssueConflict = "conflict" // two reports assert values that do not agree
	IssueMissing  = "missing"  // no report gives the value
)

// analystSource is the Assertion.Source of an analyst's edit (dedup's).
const analystSource = "analyst"

// FieldIssue is one field of an incident an analyst should look at.
type FieldIssue struct {
	Field  string
	Kind   string
	Values []string // conflict: the values in dispute, first spelling of each, in order of assertion
}

// missingChecked are the fields whose absence is an issue: an incident
// without them is not counted where the dashboard needs it.
func missingChecked() []string { return []string{fieldVictim, fieldCountry, fieldAttackType} }

// normalise makes values that mean the same compare equal: victim names by
// their organisation key, countries by upper case; "" and attack type
// unknown assert nothing.
func normalise(field, v string) string {
	v = strings.TrimSpace(v)
	switch field {
	case fieldVictim:
		return dedup.VictimKey(v)
	case fieldCountry:
		return strings.ToUpper(v)
	case fieldAttackType:
		if v == cit.AttackUnknown {
			return ""
		}
	}
	return v
}

// Conflict returns the values in dispute among the assertions of one field,
// nil when they agree. Assertions before an analyst's last one are settled
// by it; the analyst's value then stands against later reports. Two
// asserters disagree when the sets of values they assert share nothing
// (so a joint notice naming two victims agrees with a report naming one).
func Conflict(field string, as []cit.Assertion) []string {
	return conflict(field, as, nil)
}

// conflict is Conflict with more keys per report (candidate id → keys) that
// count as agreeing: the names a report defines for its victim.
func conflict(field string, as []cit.Assertion, more map[string][]string) []string {
	start := 0
	for i, a := range as {
		if a.Source == analystSource {
			start = i
		}
	}
	type asserter struct {
		keys map[string]bool
	}
	by := map[string]*asserter{}
	var order []string
	spelling := map[string]string{}
	var keysInOrder []string
	for _, a := range as[start:] {
		k := normalise(field, a.Value)
		if k == "" {
			continue
		}
		who := a.CandidateID
		if a.Source == analystSource {
			who = analystSource
		}
		if by[who] == nil {
			by[who] = &asserter{keys: map[string]bool{}}
			order = append(order, who)
		}
		by[who].keys[k] = true
		for _, m := range more[who] {
			by[who].keys[m] = true
		}
		if _, ok := spelling[k]; !ok {
			spelling[k] = strings.TrimSpace(a.Value)
			keysInOrder = append(keysInOrder, k)
		}
	}
	disputed := map[string]bool{}
	for i, x := range order {
		for _, y := range order[i+1:] {
			if !shares(by[x].keys, by[y].keys) {
				for k := range by[x].keys {
					disputed[k] = true
				}
				for k := range by[y].keys {
					disputed[k] = true
				}
			}
		}
	}
	var out []string
	for _, k := range keysInOrder {
		if disputed[k] {
			out = append(out, spelling[k])
		}
	}
	return out
}

func shares(a, b map[string]bool) bool {
	for k := range a {
		if b[k] {
			return true
		}
	}
	return false
}

// definedNames returns, by report, the keys of the names it defines for
// its victim: "hôpital de Corbeil-Essonnes" whose report defines "Centre
// hospitalier Sud Francilien (CHSF)" agrees with a report naming "CHSF".
func definedNames(as []cit.Assertion) map[string][]string {
	if len(as) == 0 {
		return nil
	}
	out := map[string][]string{}
	for _, a := range as {
		if k := normalise(fieldVictim, a.Value); k != "" {
			out[a.CandidateID] = append(out[a.CandidateID], k)
		}
	}
	return out
}

// FieldIssues lists what to check on an incident: each checked field whose
// reports disagree, and each key field with no value. current holds the
// incident's resolved values by field name.
func FieldIssues(current map[string]string, assertions map[string][]cit.Assertion) []FieldIssue {
	var out []FieldIssue
	for _, f := range store.CheckedFields() {
		if slices.Contains(missingChecked(), f) && normalise(f, current[f]) == "" {
			out = append(out, FieldIssue{Field: f, Kind: IssueMissing})
			continue
		}
		var more map[string][]string
		if f == fieldVictim {
			more = definedNames(assertions[dedup.ProvVictimAlias])
		}
		if vs := conflict(f, assertions[f], more); len(vs) > 0 {
			out = append(out, FieldIssue{Field: f, Kind: IssueConflict, Values: vs})
		}
	}
	return out
}

// FieldCheck is one row of the "Fields to check" queue.
type FieldCheck struct {
	store.IncidentItem
	Issues []FieldIssue
}

// FieldCheckFilter selects and orders the queue. Zero fields do not filter.
type FieldCheckFilter struct {
	Kind       string // conflict or missing
	Field      string // one of store.CheckedFields
	Country    string
	AttackType string
	Sort       string // one of FieldCheckSorts; default "date"
	Asc        bool
}

// FieldCheckSorts lists the columns the queue sorts by.
func FieldCheckSorts() []string {
	return []string{"date", "issues", "reports", "victim", "country", "attack_type"}
}

// Validate reports the first invalid value, naming its parameter.
func (f FieldCheckFilter) Validate() error {
	if f.Kind != "" && f.Kind != IssueConflict && f.Kind != IssueMissing {
		return &store.InvalidFilterError{Param: "kind", Value: f.Kind, Why: "conflict or missing"}
	}
	if f.Field != "" && !slices.Contains(store.CheckedFields(), f.Field) {
		return &store.InvalidFilterError{Param: "field", Value: f.Field, Why: "one of " + strings.Join(store.CheckedFields(), ", ")}
	}
	if f.Country != "" && !countryRe.MatchString(f.Country) {
		return &store.InvalidFilterError{Param: "country", Value: f.Country, Why: "an ISO 3166-1 alpha-2 code such as FR"}
	}
	if f.AttackType != "" && !slices.Contains(cit.AttackTypes(), f.AttackType) {
		return &store.InvalidFilterError{Param: "attack_type", Value: f.AttackType, Why: "one of " + strings.Join(cit.AttackTypes(), ", ")}
	}
	if f.Sort != "" && !slices.Contains(FieldCheckSorts(), f.Sort) {
		return &store.InvalidFilterError{Param: "sort", Value: f.Sort, Why: "one of " + strings.Join(FieldCheckSorts(), ", ")}
	}
	return nil
}

// SelectFieldChecks keeps the rows with an issue that matches f, sorted as f
// says (ties by incident id). The filter must be valid.
func SelectFieldChecks(rows []store.FieldCheckRow, f FieldCheckFilter) []FieldCheck {
	var out []FieldCheck
	for _, r := range rows {
		if f.Country != "" && r.Country != f.Country || f.AttackType != "" && r.AttackType != f.AttackType {
			continue
		}
		issues := FieldIssues(map[string]string{fieldVictim: r.Victim, fieldCountry: r.Country,
			fieldAttackType: r.AttackType, fieldSector: r.Sector}, r.Assertions)
		if !slices.ContainsFunc(issues, func(is FieldIssue) bool {
			return (f.Kind == "" || is.Kind == f.Kind) && (f.Field == "" || is.Field == f.Field)
		}) {
			continue
		}
		out = append(out, FieldCheck{IncidentItem: r.IncidentItem, Issues: issues})
	}
	key := func(a, b FieldCheck) int {
		switch f.Sort {
		case "issues":
			return cmp.Compare(len(a.Issues), len(b.Issues))
		case "reports":
			return cmp.Compare(a.SourceCount, b.SourceCount)
		case "victim":
			return strings.Compare(a.Victim, b.Victim)
		case "country":
			return strings.Compare(a.Country, b.Country)
		case "attack_type":
			return strings.Compare(a.AttackType, b.AttackType)
		}
		return a.EventDate.Compare(b.EventDate)
	}
	slices.SortStableFunc(out, func(a, b FieldCheck) int {
		c := key(a, b)
		if !f.Asc {
			c = -c
		}
		return cmp.Or(c, strings.Compare(a.ID, b.ID))
	})
	return out
}

// FieldView is one checked field of an incident as the incident page shows
// it: the resolved value, every assertion with its source, the distinct
// values to pick from, and the issue if any.
type FieldView struct {
	Field      string
	Current    string
	Assertions []cit.Assertion
	Choices    []string
	Issue      string
}

// FieldViews returns the checked fields of an incident, side by side.
func FieldViews(in cit.Incident) []FieldView {
	current := map[string]string{fieldVictim: in.Victim, fieldCountry: in.Country, fieldAttackType: in.AttackType,
		fieldSector: in.Sector, fieldRecords: records(in.RecordsAffected)}
	issues := map[string]string{}
	for _, is := range FieldIssues(current, in.Provenance) {
		issues[is.Field] = is.Kind
	}
	var out []FieldView
	for _, f := range store.CheckedFields() {
		v := FieldView{Field: f, Current: current[f], Assertions: in.Provenance[f], Issue: issues[f]}
		seen := map[string]bool{}
		for _, a := range v.Assertions {
			k := normalise(f, a.Value)
			if k != "" && !seen[k] && strings.TrimSpace(a.Value) != v.Current {
				seen[k] = true
				v.Choices = append(v.Choices, strings.TrimSpace(a.Value))
			}
		}
		out = append(out, v)
	}
	return out
}
