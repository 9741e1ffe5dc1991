package store

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/ClickHouse/clickhouse-go/v2"
	"github.com/ClickHouse/clickhouse-go/v2/lib/driver"
	"github.com/cit-health/cit/pkg/cit"
)

// The stats read path. Dashboards read incident_facts FINAL (migration
// 0006): a narrow, hash-keyed copy of every incident version that
// ReplacingMergeTree reduces to the latest version per incident. Whole
// incidents (sources, provenance) are then read for at most one page of ids
// through the primary keys of incidents and incident_sources.

// facts is the latest state of every incident, narrow columns only.
func (s *Store) facts() string { return s.t("incident_facts") + " FINAL" }

// statsWhere renders a filter over incident_facts; anyStatus keeps merged
// and deleted incidents (for change feeds), otherwise only active ones count.
func (f Filter) statsWhere(anyStatus bool) (string, []any) {
	var conds []string
	var args []any
	if !anyStatus {
		conds = append(conds, "status = 'active'")
	}
	if !f.From.IsZero() {
		conds = append(conds, "event_date >= toDate(?)")
		args = append(args, f.From.Format("2006-01-02"))
	}
	if !f.To.IsZero() {
		conds = append(conds, "event_date <= toDate(?)")
		args = append(args, f.To.Format("2006-01-02"))
	}
	if f.Country != "" {
		conds = append(conds, "country = ?")
		args = append(args, f.Country)
	}
	if f.AttackType != "" {
		conds = append(conds, "attack_type = ?")
		args = append(args, f.AttackType)
	}
	if f.Sector != "" {
		conds = append(conds, "sector = ?")
		args = append(args, f.Sector)
	}
	if len(conds) == 0 {
		return " WHERE 1", args
	}
	return " WHERE " + strings.Join(conds, " AND "), args
}

// StatsSummary computes the same figures as Summary from incident_facts,
// fast enough for a dashboard over a million incidents.
func (s *Store) StatsSummary(ctx context.Context, f Filter) (Summary, error) {
	if err := f.Validate(); err != nil {
		return Summary{}, err
	}
	where, args := f.statsWhere(false)
	rows, err := s.conn.Query(ctx, `SELECT country, attack_type, count() AS n, min(event_date) AS first
	FROM `+s.facts()+where+` GROUP BY country, attack_type`, args...)
	if err != nil {
		return Summary{}, fmt.Errorf("stats summary: %w", err)
	}
	defer rows.Close()
	out := Summary{ByAttackType: map[string]uint64{}}
	countries := map[string]bool{}
	var since time.Time
	for rows.Next() {
		var country, attack string
		var n uint64
		var first time.Time
		if err := rows.Scan(&country, &attack, &n, &first); err != nil {
			return Summary{}, fmt.Errorf("stats summary: %w", err)
		}
		if attack == "" {
			attack = cit.AttackUnknown
		}
		out.Incidents += n
		out.ByAttackType[attack] += n
		if country != "" {
			countries[country] = true
		}
		if first.Year() > 1970 && (since.IsZero() || first.Before(since)) {
			since = first
		}
	}
	if err := rows.Err(); err != nil {
		return Summary{}, fmt.Errorf("stats summary: %w", err)
	}
	out.Countries = uint64(len(countries))
	if out.Incidents > 0 && !since.IsZero() {
		out.Since = since.Format("2006-01-02")
	}
	if out.Incidents == 0 {
		return out, nil
	}
	if err := s.conn.QueryRow(ctx, `SELECT uniqExactArray(org_keys) FROM `+s.facts()+where, args...).Scan(&out.Organizations); err != nil {
		return Summary{}, fmt.Errorf("stats summary organisations: %w", err)
	}
	return out, nil
}

// Count is a number of incidents for a key (a period, a country, a bucket).
type Count struct {
	Key       string `json:"key"`
	Incidents uint64 `json:"incidents"`
}

// Intervals of a time series.
const (
	IntervalWeek  = "week"  // periods start on Monday
	IntervalMonth = "month" // periods start on the 1st
)

// TimeSeries counts incidents per week or month of their event date, in
// date order; periods without incidents are absent.
func (s *Store) TimeSeries(ctx context.Context, f Filter, interval string) ([]Count, error) {
	if err := f.Validate(); err != nil {
		return nil, err
	}
	fn := map[string]string{IntervalWeek: "toMonday", IntervalMonth: "toStartOfMonth"}[interval]
	if fn == "" {
		return nil, &InvalidFilterError{Param: "interval", Value: interval, Why: "week or month"}
	}
	where, args := f.statsWhere(false)
	return s.counts(ctx, `SELECT toString(`+fn+`(event_date)) AS period, count() AS n
	FROM `+s.facts()+where+` AND event_date > toDate('1970-01-01') GROUP BY period ORDER BY period`, args)
}

// Dimensions a breakdown can group by.
const (
	DimCountry        = "country"
	DimSector         = "sector"
	DimAttackType     = "attack_type"
	DimThreatActor    = "threat_actor"
	DimRecords        = "records_affected"
	DimCareDisruption = "care_disruption"
)

// Dimensions lists every breakdown dimension.
func Dimensions() []string {
	return []string{DimCountry, DimSector, DimAttackType, DimThreatActor, DimRecords, DimCareDisruption}
}

// RecordBuckets are the records-affected buckets, smallest first.
func RecordBuckets() []string {
	return []string{"unknown", "1-999", "1k-9k", "10k-99k", "100k-999k", "1m+"}
}

// dimensionExpr is the SQL expression of each dimension. Only these fixed
// expressions are ever put into SQL; user input never is.
var dimensionExpr = map[string]string{
	DimCountry:     "if(country = '', 'unknown', country)",
	DimSector:      "if(sector = '', 'unknown', sector)",
	DimAttackType:  "if(attack_type = '', 'unknown', attack_type)",
	DimThreatActor: "if(threat_actor = '', 'unknown', threat_actor)",
	DimRecords: `multiIf(isNull(records_affected) OR assumeNotNull(records_affected) <= 0, 'unknown',
		assumeNotNull(records_affected) < 1000, '1-999', assumeNotNull(records_affected) < 10000, '1k-9k',
		assumeNotNull(records_affected) < 100000, '10k-99k', assumeNotNull(records_affected) < 1000000, '100k-999k', '1m+')`,
	DimCareDisruption: "arrayJoin(if(empty(care_disruption), ['none_reported'], care_disruption))",
}

// Breakdown counts incidents by a dimension, biggest first (records buckets
// in size order). An incident with several care disruptions counts once for
// each.
func (s *Store) Breakdown(ctx context.Context, f Filter, dim string) ([]Count, error) {
	if err := f.Validate(); err != nil {
		return nil, err
	}
	expr, ok := dimensionExpr[dim]
	if !ok {
		return nil, &InvalidFilterError{Param: "by", Value: dim, Why: "one of " + strings.Join(Dimensions(), ", ")}
	}
	where, args := f.statsWhere(false)
	out, err := s.counts(ctx, `SELECT `+expr+` AS k, count() AS n FROM `+s.facts()+where+` GROUP BY k ORDER BY n DESC, k`, args)
	if err != nil {
		return nil, fmt.Errorf("breakdown by %s: %w", dim, err)
	}
	if dim == DimRecords {
		rank := map[string]int{}
		for i, b := range RecordBuckets() {
			rank[b] = i
		}
		sort.SliceStable(out, func(i, j int) bool { return rank[out[i].Key] < rank[out[j].Key] })
	}
	return out, nil
}

func (s *Store) counts(ctx context.Context, q string, args []any) ([]Count, error) {
	rows, err := s.conn.Query(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []Count{}
	for rows.Next() {
		var c Count
		if err := rows.Scan(&c.Key, &c.Incidents); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// Lag is the delay between an incident and its public disclosure, over the
// incidents whose both dates are known.
type Lag struct {
	Known      uint64  `json:"known"` // incidents with both dates
	MedianDays float64 `json:"median_days"`
	P90Days    float64 `json:"p90_days"`
	MeanDays   float64 `json:"mean_days"`
	Buckets    []Count `json:"buckets"`
}

// LagBuckets are the disclosure-lag buckets in order.
func LagBuckets() []string {
	return []string{"0-7d", "8-30d", "31-90d", "91-180d", "181-365d", ">365d"}
}

// DisclosureLag measures how long incidents took to be made public.
// A disclosure dated before the incident counts as zero days; the median
// and 90th percentile are exact order statistics in whole days.
func (s *Store) DisclosureLag(ctx context.Context, f Filter) (Lag, error) {
	if err := f.Validate(); err != nil {
		return Lag{}, err
	}
	where, args := f.statsWhere(false)
	inner := `SELECT greatest(toInt32(disclosure_date) - toInt32(incident_date), 0) AS lag FROM ` + s.facts() + where +
		` AND incident_date > toDate('1970-01-01') AND disclosure_date > toDate('1970-01-01')`
	out := Lag{Buckets: []Count{}}
	var qs []float64
	if err := s.conn.QueryRow(ctx, `SELECT count(), quantilesExact(0.5, 0.9)(lag), avg(lag) FROM (`+inner+`)`, args...).
		Scan(&out.Known, &qs, &out.MeanDays); err != nil {
		return Lag{}, fmt.Errorf("disclosure lag: %w", err)
	}
	if out.Known == 0 {
		out.MeanDays = 0
	} else if len(qs) == 2 {
		out.MedianDays, out.P90Days = qs[0], qs[1]
	}
	counts, err := s.counts(ctx, `SELECT multiIf(lag <= 7, '0-7d', lag <= 30, '8-30d', lag <= 90, '31-90d',
		lag <= 180, '91-180d', lag <= 365, '181-365d', '>365d') AS b, count() AS n
	FROM (`+inner+`) GROUP BY b`, args)
	if err != nil {
		return Lag{}, fmt.Errorf("disclosure lag buckets: %w", err)
	}
	byBucket := map[string]uint64{}
	for _, c := range counts {
		byBucket[c.Key] = c.Incidents
	}
	for _, b := range LagBuckets() {
		out.Buckets = append(out.Buckets, Count{Key: b, Incidents: byBucket[b]})
	}
	return out, nil
}

// Sort keys of the incident list.
var sortExpr = map[string]string{
	"date":     "event_date",
	"updated":  "updated_at",
	"records":  "ifNull(records_affected, -1)",
	"country":  "country",
	"victim":   "lower(victim)",
	"attack":   "attack_type",
	"sources":  "source_count",
	"incident": "incident_id",
}

// SortKeys lists the keys the incident list sorts by.
func SortKeys() []string {
	keys := make([]string, 0, len(sortExpr))
	for k := range sortExpr {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// Page asks for one page of the incident list.
type Page struct {
	Sort   string // a key of SortKeys; default "date"
	Desc   bool
	Limit  int // 1..1000; default 50
	Offset int
}

// IncidentPage is one page of incidents with their sources, and how many
// incidents match in all.
type IncidentPage struct {
	Total     uint64         `json:"total"`
	Incidents []cit.Incident `json:"incidents"`
}

// ListIncidents returns one sorted page of the active incidents matching f,
// each with the sources and provenance of its latest version.
func (s *Store) ListIncidents(ctx context.Context, f Filter, p Page) (IncidentPage, error) {
	if err := f.Validate(); err != nil {
		return IncidentPage{}, err
	}
	if p.Sort == "" {
		p.Sort = "date"
	}
	expr, ok := sortExpr[p.Sort]
	if !ok {
		return IncidentPage{}, &InvalidFilterError{Param: "sort", Value: p.Sort, Why: "one of " + strings.Join(SortKeys(), ", ")}
	}
	if p.Limit <= 0 {
		p.Limit = 50
	}
	if p.Limit > 1000 {
		return IncidentPage{}, &InvalidFilterError{Param: "limit", Value: fmt.Sprint(p.Limit), Why: "at most 1000"}
	}
	if p.Offset < 0 {
		return IncidentPage{}, &InvalidFilterError{Param: "offset", Value: fmt.Sprint(p.Offset), Why: "a number ≥ 0"}
	}
	dir := "ASC"
	if p.Desc {
		dir = "DESC"
	}
	where, args := f.statsWhere(false)
	var out IncidentPage
	if err := s.conn.QueryRow(ctx, `SELECT count() FROM `+s.facts()+where, args...).Scan(&out.Total); err != nil {
		return IncidentPage{}, fmt.Errorf("count incidents: %w", err)
	}
	ids, months, err := s.idMonths(ctx, `SELECT incident_id, toYYYYMM(created_at) FROM `+s.facts()+where+
		fmt.Sprintf(` ORDER BY %s %s, incident_id LIMIT %d OFFSET %d`, expr, dir, p.Limit, p.Offset), args)
	if err != nil {
		return IncidentPage{}, fmt.Errorf("list incidents: %w", err)
	}
	out.Incidents, err = s.incidentsByID(ctx, ids, months)
	return out, err
}

// ChangedIncidents returns the incidents (any status) matching f whose
// latest version was created or updated in [since, until), newest change
// first, at most limit of them.
func (s *Store) ChangedIncidents(ctx context.Context, f Filter, since, until time.Time, limit int) ([]cit.Incident, error) {
	if err := f.Validate(); err != nil {
		return nil, err
	}
	where, args := f.statsWhere(true)
	args = append(args, since.UTC(), until.UTC())
	ids, months, err := s.idMonths(ctx, `SELECT incident_id, toYYYYMM(created_at) FROM `+s.facts()+where+
		` AND greatest(updated_at, created_at) >= ? AND greatest(updated_at, created_at) < ?`+
		fmt.Sprintf(` ORDER BY greatest(updated_at, created_at) DESC, incident_id LIMIT %d`, max(limit, 1)), args)
	if err != nil {
		return nil, fmt.Errorf("changed incidents: %w", err)
	}
	return s.incidentsByID(ctx, ids, months)
}

// idMonths reads incident ids and the months (YYYYMM of created_at) that
// name their partitions of the incidents table.
func (s *Store) idMonths(ctx context.Context, q string, args []any) ([]string, []uint32, error) {
	rows, err := s.conn.Query(ctx, q, args...)
	if err != nil {
		return nil, nil, err
	}
	defer rows.Close()
	var ids []string
	var months []uint32
	for rows.Next() {
		var id string
		var m uint32
		if err := rows.Scan(&id, &m); err != nil {
			return nil, nil, err
		}
		ids = append(ids, id)
		months = append(months, m)
	}
	return ids, months, rows.Err()
}

// IncidentsByID returns the latest state of each incident named (any
// status), with the sources of that version, in the order given; unknown
// ids are left out.
func (s *Store) IncidentsByID(ctx context.Context, ids []string) ([]cit.Incident, error) {
	if len(ids) == 0 {
		return []cit.Incident{}, nil
	}
	found, months, err := s.idMonths(ctx, `SELECT incident_id, toYYYYMM(created_at) FROM `+s.facts()+
		` WHERE key IN (SELECT cityHash64(arrayJoin(?)))`, []any{ids})
	if err != nil {
		return nil, fmt.Errorf("find incidents: %w", err)
	}
	month := map[string]uint32{}
	for i, id := range found {
		month[id] = months[i]
	}
	var keep []string
	var keepMonths []uint32
	for _, id := range ids {
		if m, ok := month[id]; ok {
			keep, keepMonths = append(keep, id), append(keepMonths, m)
		}
	}
	return s.incidentsByID(ctx, keep, keepMonths)
}

// incidentsByID reads whole incidents, pruning the incidents table to the
// partitions (months of created_at) that hold them: without it, each of the
// monthly partitions would read a granule of wide rows.
func (s *Store) incidentsByID(ctx context.Context, ids []string, months []uint32) ([]cit.Incident, error) {
	return s.latestIncidentsIn(ctx, ids, months, "read incidents", `incident_id, version, status, merged_into, title, victim,
		victim_key, organizations, country, sector, attack_type, threat_actor, records_affected, incident_date,
		disclosure_date, first_seen, created_at, updated_at, claim_status, care_disruption, provenance, confidence, reasons`,
		func(rows driver.Rows, inc *cit.Incident) error {
			var incDate, discDate, first, created, updated time.Time
			var prov, reasons string
			if err := rows.Scan(&inc.ID, &inc.Version, &inc.Status, &inc.MergedInto, &inc.Title, &inc.Victim, &inc.VictimKey,
				&inc.Organizations, &inc.Country, &inc.Sector, &inc.AttackType, &inc.ThreatActor, &inc.RecordsAffected,
				&incDate, &discDate, &first, &created, &updated, &inc.ClaimStatus, &inc.CareDisruption, &prov,
				&inc.Confidence, &reasons); err != nil {
				return err
			}
			inc.IncidentDate = dateString(incDate)
			inc.DisclosureDate = dateString(discDate)
			inc.FirstSeen = timeString(first)
			inc.CreatedAt = timeString(created)
			inc.UpdatedAt = timeString(updated)
			return decodeIncidentJSON(inc, prov, reasons)
		})
}

// latestIncidentsIn reads the latest version of each incident of ids, pruned
// to its month of created_at (months[i] for ids[i]), with the given columns
// that scan turns into an incident, then adds each one's sources. Ids not
// found are left out; the order is that of ids. what names the read in
// errors.
func (s *Store) latestIncidentsIn(ctx context.Context, ids []string, months []uint32, what, columns string,
	scan func(driver.Rows, *cit.Incident) error) ([]cit.Incident, error) {
	out := []cit.Incident{}
	if len(ids) == 0 {
		return out, nil
	}
	in := clickhouse.GroupSet{Value: anys(ids)}
	rows, err := s.conn.Query(ctx, `SELECT `+columns+`
	FROM `+s.t("incidents")+` WHERE toYYYYMM(created_at) IN ? AND incident_id IN ?
	ORDER BY incident_id, version DESC LIMIT 1 BY incident_id`, clickhouse.GroupSet{Value: anys(months)}, in)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	defer rows.Close()
	byID := map[string]*cit.Incident{}
	for rows.Next() {
		var inc cit.Incident
		if err := scan(rows, &inc); err != nil {
			return nil, fmt.Errorf("%s: %w", what, err)
		}
		inc.Sources = []cit.SourceRef{}
		byID[inc.ID] = &inc
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	if err := s.addSources(ctx, byID, in); err != nil {
		return nil, err
	}
	return append(out, inOrder(ids, byID)...), nil
}

// anys copies xs into a []any, as a clickhouse.GroupSet wants it.
func anys[T any](xs []T) []any {
	out := make([]any, len(xs))
	for i, x := range xs {
		out[i] = x
	}
	return out
}

// addSources appends to each incident of byID the sources of its version
// (in: their ids as a GroupSet), in publication order.
func (s *Store) addSources(ctx context.Context, byID map[string]*cit.Incident, in clickhouse.GroupSet) error {
	srows, err := s.conn.Query(ctx, `SELECT incident_id, incident_version, candidate_id, source, url, title, published, lang, victim
	FROM `+s.t("incident_sources")+` WHERE incident_id IN ? ORDER BY incident_id, published, candidate_id`, in)
	if err != nil {
		return fmt.Errorf("read incident sources: %w", err)
	}
	defer srows.Close()
	seen := map[[2]string]bool{}
	for srows.Next() {
		var id string
		var version uint64
		var r cit.SourceRef
		var pub time.Time
		if err := srows.Scan(&id, &version, &r.CandidateID, &r.Source, &r.URL, &r.Title, &pub, &r.Lang, &r.Victim); err != nil {
			return fmt.Errorf("read incident sources: %w", err)
		}
		inc, ok := byID[id]
		if !ok || version != inc.Version || seen[[2]string{id, r.CandidateID}] {
			continue
		}
		seen[[2]string{id, r.CandidateID}] = true
		r.Published = timeString(pub)
		inc.Sources = append(inc.Sources, r)
	}
	if err := srows.Err(); err != nil {
		return fmt.Errorf("read incident sources: %w", err)
	}
	return nil
}

// decodeIncidentJSON fills an incident's provenance and reasons from their
// stored JSON.
func decodeIncidentJSON(inc *cit.Incident, prov, reasons string) error {
	if prov != "" && prov != "null" {
		if err := json.Unmarshal([]byte(prov), &inc.Provenance); err != nil {
			return fmt.Errorf("incident %s provenance: %w", inc.ID, err)
		}
	}
	if reasons != "" && reasons != "null" {
		if err := json.Unmarshal([]byte(reasons), &inc.Reasons); err != nil {
			return fmt.Errorf("incident %s reasons: %w", inc.ID, err)
		}
	}
	return nil
}

// inOrder lists the incidents of byID in the order of ids, each once.
func inOrder(ids []string, byID map[string]*cit.Incident) []cit.Incident {
	out := make([]cit.Incident, 0, len(byID))
	for _, id := range ids {
		if inc, ok := byID[id]; ok {
			out = append(out, *inc)
			delete(byID, id)
		}
	}
	return out
}
