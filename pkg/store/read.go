package store

import (
	"context"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/cit-health/cit/pkg/cit"
)

// Filter narrows the incidents that a read counts. Zero fields do not filter.
type Filter struct {
	From, To   time.Time // inclusive dates of the incident (its incident date, else disclosure, else first seen)
	Country    string    // ISO 3166-1 alpha-2
	AttackType string
	Sector     string
}

var (
	countryCode = regexp.MustCompile(`^[A-Z]{2}$`)
	taxonomyTok = regexp.MustCompile(`^[a-z_]{1,40}$`)
)

// Validate reports the first invalid filter value, naming its parameter.
func (f Filter) Validate() error {
	if f.Country != "" && !countryCode.MatchString(f.Country) {
		return &InvalidFilterError{Param: "country", Value: f.Country, Why: "an ISO 3166-1 alpha-2 code such as FR"}
	}
	if f.AttackType != "" && !contains(cit.AttackTypes(), f.AttackType) {
		return &InvalidFilterError{Param: "attack_type", Value: f.AttackType, Why: "one of " + strings.Join(cit.AttackTypes(), ", ")}
	}
	if f.Sector != "" && !contains(cit.Sectors(), f.Sector) {
		return &InvalidFilterError{Param: "sector", Value: f.Sector, Why: "one of " + strings.Join(cit.Sectors(), ", ")}
	}
	if !f.From.IsZero() && !f.To.IsZero() && f.To.Before(f.From) {
		return &InvalidFilterError{Param: "to", Value: f.To.Format("2006-01-02"), Why: "a date not before from"}
	}
	return nil
}

// InvalidFilterError names a filter parameter whose value is not accepted.
type InvalidFilterError struct {
	Param, Value, Why string
}

func (e *InvalidFilterError) Error() string {
	return fmt.Sprintf("invalid %s %q: want %s", e.Param, e.Value, e.Why)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// current is the latest state of every active incident, with its event date
// (incident date, else disclosure date, else first seen). Reads use argMax
// over the version rather than FINAL, which costs several times more.
func (s *Store) current() string {
	return `SELECT incident_id, s_status AS status, s_victim AS victim, s_victim_key AS victim_key,
		s_organizations AS organizations, s_country AS country, s_sector AS sector, s_attack_type AS attack_type,
		s_threat_actor AS threat_actor, s_records AS records_affected, s_first_seen AS first_seen,
		if(s_incident_date > toDate('1970-01-01'), s_incident_date,
			if(s_disclosure_date > toDate('1970-01-01'), s_disclosure_date, toDate(s_first_seen))) AS event_date
	FROM (SELECT incident_id,
		argMax(status, version) AS s_status,
		argMax(victim, version) AS s_victim,
		argMax(victim_key, version) AS s_victim_key,
		argMax(organizations, version) AS s_organizations,
		argMax(country, version) AS s_country,
		argMax(sector, version) AS s_sector,
		argMax(attack_type, version) AS s_attack_type,
		argMax(threat_actor, version) AS s_threat_actor,
		argMax(records_affected, version) AS s_records,
		argMax(incident_date, version) AS s_incident_date,
		argMax(disclosure_date, version) AS s_disclosure_date,
		argMax(first_seen, version) AS s_first_seen
	FROM ` + s.t("incidents") + ` GROUP BY incident_id)`
}

// where renders a filter as a WHERE clause over current() with ? binds,
// counting active incidents only.
func (f Filter) where() (string, []any) { return f.statsWhere(false) }

// Summary is the headline: how many incidents, organisations and countries,
// and the incidents by attack type.
type Summary struct {
	Incidents     uint64            `json:"incidents"`
	Organizations uint64            `json:"organizations"`
	Countries     uint64            `json:"countries"`
	ByAttackType  map[string]uint64 `json:"by_attack_type"`
	Since         string            `json:"since,omitempty"` // earliest event date counted
}

// Summary computes the headline figures for a filter.
func (s *Store) Summary(ctx context.Context, f Filter) (Summary, error) {
	if err := f.Validate(); err != nil {
		return Summary{}, err
	}
	where, args := f.where()
	q := `SELECT count() AS n,
		length(groupUniqArrayArray(if(empty(organizations), [victim_key], organizations))) AS orgs,
		uniqExactIf(country, country != '') AS countries,
		min(event_date) AS since
	FROM (` + s.current() + `)` + where
	var out Summary
	var since time.Time
	if err := s.conn.QueryRow(ctx, q, args...).Scan(&out.Incidents, &out.Organizations, &out.Countries, &since); err != nil {
		return Summary{}, fmt.Errorf("summary: %w", err)
	}
	if out.Incidents > 0 && since.Year() > 1970 {
		out.Since = since.Format("2006-01-02")
	}
	out.ByAttackType = map[string]uint64{}
	rows, err := s.conn.Query(ctx, `SELECT attack_type, count() FROM (`+s.current()+`)`+where+` GROUP BY attack_type`, args...)
	if err != nil {
		return Summary{}, fmt.Errorf("summary by attack type: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var t string
		var n uint64
		if err := rows.Scan(&t, &n); err != nil {
			return Summary{}, fmt.Errorf("summary by attack type: %w", err)
		}
		if t == "" {
			t = cit.AttackUnknown
		}
		out.ByAttackType[t] += n
	}
	return out, rows.Err()
}

// Incidents returns the latest state of every incident (any status) whose
// latest version matches the filter's status-free fields, ordered by id.
// It reads whole rows; use it for exports and checks, not dashboards.
func (s *Store) Incidents(ctx context.Context, f Filter) ([]cit.Incident, error) {
	if err := f.Validate(); err != nil {
		return nil, err
	}
	where, args := f.where()
	q := `SELECT i.incident_id, i.version, i.status, i.merged_into, i.title, i.victim, i.victim_key, i.organizations,
		i.country, i.sector, i.attack_type, i.threat_actor, i.records_affected, i.incident_date, i.disclosure_date,
		i.first_seen, i.created_at, i.updated_at, i.claim_status, i.care_disruption, i.provenance, i.confidence, i.reasons
	FROM ` + s.t("incidents") + ` AS i
	WHERE i.incident_id IN (SELECT incident_id FROM (` + s.current() + `)` + where + `)
	ORDER BY i.incident_id, i.version DESC
	LIMIT 1 BY i.incident_id`
	rows, err := s.conn.Query(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("list incidents: %w", err)
	}
	defer rows.Close()
	var out []cit.Incident
	index := map[string]int{}
	for rows.Next() {
		var in cit.Incident
		var incDate, discDate, first, created, updated time.Time
		var prov, reasons string
		if err := rows.Scan(&in.ID, &in.Version, &in.Status, &in.MergedInto, &in.Title, &in.Victim, &in.VictimKey,
			&in.Organizations, &in.Country, &in.Sector, &in.AttackType, &in.ThreatActor, &in.RecordsAffected,
			&incDate, &discDate, &first, &created, &updated, &in.ClaimStatus, &in.CareDisruption, &prov,
			&in.Confidence, &reasons); err != nil {
			return nil, fmt.Errorf("list incidents: %w", err)
		}
		in.IncidentDate = dateString(incDate)
		in.DisclosureDate = dateString(discDate)
		in.FirstSeen = timeString(first)
		in.CreatedAt = timeString(created)
		in.UpdatedAt = timeString(updated)
		if err := decodeIncidentJSON(&in, prov, reasons); err != nil {
			return nil, err
		}
		index[in.ID] = len(out)
		out = append(out, in)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list incidents: %w", err)
	}
	if len(out) == 0 {
		return out, nil
	}
	srows, err := s.conn.Query(ctx, `SELECT s.incident_id, s.candidate_id, s.source, s.url, s.title, s.published, s.lang, s.victim
	FROM `+s.t("incident_sources")+` AS s
	WHERE (s.incident_id, s.incident_version) IN (SELECT incident_id, max(version) FROM `+s.t("incidents")+` GROUP BY incident_id)
	ORDER BY s.incident_id, s.published, s.candidate_id`)
	if err != nil {
		return nil, fmt.Errorf("list incident sources: %w", err)
	}
	defer srows.Close()
	seen := map[[2]string]bool{}
	for srows.Next() {
		var id string
		var r cit.SourceRef
		var pub time.Time
		if err := srows.Scan(&id, &r.CandidateID, &r.Source, &r.URL, &r.Title, &pub, &r.Lang, &r.Victim); err != nil {
			return nil, fmt.Errorf("list incident sources: %w", err)
		}
		i, ok := index[id]
		if !ok || seen[[2]string{id, r.CandidateID}] {
			continue
		}
		seen[[2]string{id, r.CandidateID}] = true
		r.Published = timeString(pub)
		out[i].Sources = append(out[i].Sources, r)
	}
	for i := range out {
		sort.Slice(out[i].Sources, func(a, b int) bool { return out[i].Sources[a].CandidateID < out[i].Sources[b].CandidateID })
	}
	return out, srows.Err()
}

func dateString(t time.Time) string {
	if t.Year() <= 1970 {
		return ""
	}
	return t.Format("2006-01-02")
}

func timeString(t time.Time) string {
	if t.Year() <= 1970 {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}

// VerdictCounts counts the latest verdict of the given candidates by source:
// source → verdict → count. Ids are sent in chunks that keep each query
// under the server's query size limit.
func (s *Store) VerdictCounts(ctx context.Context, ids []string) (map[string]map[string]uint64, error) {
	const chunk = 2000
	out := map[string]map[string]uint64{}
	for start := 0; start < len(ids); start += chunk {
		part := ids[start:min(start+chunk, len(ids))]
		rows, err := s.conn.Query(ctx, `SELECT s_source, s_verdict, count() FROM (
			SELECT id, argMax(source, version) AS s_source, argMax(verdict, version) AS s_verdict
			FROM `+s.t("candidates")+` WHERE has(?, id) GROUP BY id) GROUP BY s_source, s_verdict`, part)
		if err != nil {
			return nil, fmt.Errorf("count verdicts: %w", err)
		}
		for rows.Next() {
			var src, verdict string
			var n uint64
			if err := rows.Scan(&src, &verdict, &n); err != nil {
				rows.Close()
				return nil, fmt.Errorf("count verdicts: %w", err)
			}
			if out[src] == nil {
				out[src] = map[string]uint64{}
			}
			out[src][verdict] += n
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return nil, fmt.Errorf("count verdicts: %w", err)
		}
	}
	return out, nil
}

// Runs returns the latest collection-run reports, newest first; source
// narrows them to one source when not empty.
func (s *Store) Runs(ctx context.Context, sourceName string, limit int) ([]cit.RunReport, error) {
	if limit <= 0 {
		limit = 100
	}
	q := `SELECT run_id, source, started_at, finished_at, fetched, new, unchanged, errors, error, duration_ms
		FROM ` + s.t("collection_runs") + ` FINAL`
	var args []any
	if sourceName != "" {
		q += ` WHERE source = ?`
		args = append(args, sourceName)
	}
	q += fmt.Sprintf(` ORDER BY started_at DESC, source LIMIT %d`, limit)
	return s.runs(ctx, q, args...)
}

func (s *Store) runs(ctx context.Context, q string, args ...any) ([]cit.RunReport, error) {
	rows, err := s.conn.Query(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("list runs: %w", err)
	}
	defer rows.Close()
	var out []cit.RunReport
	for rows.Next() {
		var r cit.RunReport
		var start, end time.Time
		var fetched, nw, unchanged, errs uint32
		var dur uint64
		if err := rows.Scan(&r.RunID, &r.Source, &start, &end, &fetched, &nw, &unchanged, &errs, &r.Error, &dur); err != nil {
			return nil, fmt.Errorf("list runs: %w", err)
		}
		r.StartedAt, r.FinishedAt = timeString(start), timeString(end)
		r.Fetched, r.New, r.Unchanged, r.Errors, r.DurationMS = int(fetched), int(nw), int(unchanged), int(errs), int64(dur)
		out = append(out, r)
	}
	return out, rows.Err()
}

// LatestRuns returns the latest run report of every source, by source name.
func (s *Store) LatestRuns(ctx context.Context) ([]cit.RunReport, error) {
	return s.runs(ctx, `SELECT run_id, source, started_at, finished_at, fetched, new, unchanged, errors, error, duration_ms
		FROM `+s.t("collection_runs")+` FINAL ORDER BY started_at DESC LIMIT 1 BY source`)
}
