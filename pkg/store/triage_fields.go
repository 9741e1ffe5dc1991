package store

// The "fields to check" read: active incidents that may hold a wrong or
// missing value, with the assertions of their key fields.

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/cit-health/cit/pkg/cit"
)

// CheckedFields are the incident fields whose assertions the triage app
// compares, in the order it shows them.
func CheckedFields() []string {
	return []string{"victim", "country", "attack_type", "sector", "records_affected"}
}

// VictimAliasField is the provenance field of the names a report defines
// for its victim (dedup.ProvVictimAlias): the queue reads it with the
// checked fields, so names defined as one victim are no conflict.
const VictimAliasField = "victim_alias"

// FieldCheckRow is one incident that may need its fields checked: its list
// item and, per checked field (and VictimAliasField), every assertion of
// its provenance.
type FieldCheckRow struct {
	IncidentItem
	Assertions map[string][]cit.Assertion
}

// FieldCheckRows returns the active incidents that lack a victim, a country
// or a known attack type, or that have two reports or more (only those can
// hold reports that disagree), with the assertions of CheckedFields and
// VictimAliasField. The
// provenance is cut in SQL to those fields (visitParamExtractRaw: its keys
// are the field names and assertions have no such keys), so the reports'
// text sketches never leave ClickHouse. Deciding which rows really have a
// conflict is the caller's.
func (s *Store) FieldCheckRows(ctx context.Context) ([]FieldCheckRow, error) {
	fields := append(CheckedFields(), VictimAliasField)
	var extract string
	for i, f := range fields {
		extract += fmt.Sprintf(", visitParamExtractRaw(provenance, '%s') AS p%d", f, i)
	}
	q := `SELECT ` + incidentItemColumns + extract + ` FROM (
		SELECT l.*, p.provenance FROM (` + s.latestIncidents() + `) AS l
		ANY INNER JOIN (SELECT incident_id, argMax(provenance, version) AS provenance
			FROM ` + s.t("incidents") + ` GROUP BY incident_id) AS p USING incident_id
		WHERE status = 'active')
	WHERE victim = '' OR country = '' OR attack_type IN ('', 'unknown') OR source_count >= 2
	ORDER BY incident_id`
	rows, err := s.conn.Query(ctx, q)
	if err != nil {
		return nil, fmt.Errorf("read incidents to check: %w", err)
	}
	defer rows.Close()
	var out []FieldCheckRow
	for rows.Next() {
		var r FieldCheckRow
		raw := make([]string, len(fields))
		dest := []any{&r.ID, &r.Version, &r.Status, &r.Title, &r.Victim, &r.VictimKey, &r.Country, &r.Sector,
			&r.AttackType, &r.EventDate, &r.SourceCount, &r.Confidence}
		for i := range raw {
			dest = append(dest, &raw[i])
		}
		if err := rows.Scan(dest...); err != nil {
			return nil, fmt.Errorf("read incidents to check: %w", err)
		}
		r.Assertions = make(map[string][]cit.Assertion, len(fields))
		for i, f := range fields {
			if raw[i] == "" {
				continue
			}
			var as []cit.Assertion
			if err := json.Unmarshal([]byte(raw[i]), &as); err != nil {
				return nil, fmt.Errorf("incident %s: provenance of %s: %w", r.ID, f, err)
			}
			r.Assertions[f] = as
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read incidents to check: %w", err)
	}
	return out, nil
}
