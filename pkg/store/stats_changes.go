package store

import (
	"context"
	"fmt"
	"time"

	"github.com/ClickHouse/clickhouse-go/v2/lib/driver"
	"github.com/cit-health/cit/pkg/cit"
)

// The stats read model's feed (migration 0007): incident_changes is an
// append-only log of every incident version with the server time at which
// it was inserted. ScanFactVersions reads it from a watermark on, so the
// stats service can keep an in-memory copy of the latest state of every
// incident without FINAL or argMax.

// FactVersion is one stored incident version, narrowed to what the stats
// read model needs. Dates are days since 1970-01-01 (0 = unknown), times
// are Unix seconds.
type FactVersion struct {
	IngestedAt      uint32 // server time of the INSERT that stored this version
	ID              string
	Version         uint64
	Status          string
	EventDate       uint16 // incident date, else disclosure date, else first seen
	IncidentDate    uint16
	DisclosureDate  uint16
	CreatedMonth    uint32 // YYYYMM of created_at: the partition of incidents holding it
	UpdatedAt       uint32
	Victim          string
	OrgKeys         []uint64 // cityHash64 of each organisation (or of the victim key)
	Country         string
	Sector          string
	AttackType      string
	ThreatActor     string
	RecordsAffected *int64
	CareDisruption  []string
	SourceCount     uint32
}

// factChunkRows bounds the rows one query returns, under the read-only
// profile's max_result_rows (1,000,000 in pkg/chserver).
const factChunkRows = 400_000

// ScanFactVersions calls fn for every incident version ingested at or after
// since (Unix seconds of the ClickHouse server clock; 0 reads everything),
// in no particular order, and returns the greatest ingested_at it saw (0 if
// none). A big read is split into chunks by a hash of the incident id so
// that no single result exceeds factChunkRows. fn may keep the FactVersion
// it is given; each call gets a fresh one.
func (s *Store) ScanFactVersions(ctx context.Context, since uint32, fn func(*FactVersion) error) (uint32, error) {
	n, err := s.CountFactVersions(ctx, since)
	if err != nil {
		return 0, err
	}
	if n == 0 {
		return 0, nil
	}
	chunks := (n + factChunkRows - 1) / factChunkRows
	var maxAt uint32
	for c := range chunks {
		cond, args := "", []any{since}
		if chunks > 1 {
			cond = ` AND cityHash64(incident_id) % ? = ?`
			args = append(args, chunks, c)
		}
		rows, err := s.conn.Query(ctx, `SELECT toUInt32(ingested_at), incident_id, version, status,
			toUInt16(event_date), toUInt16(incident_date), toUInt16(disclosure_date), toUInt32(toYYYYMM(created_at)),
			toUInt32(updated_at), victim, org_keys, country, sector, attack_type, threat_actor, records_affected,
			care_disruption, source_count
		FROM `+s.t("incident_changes")+` WHERE ingested_at >= toDateTime(?)`+cond, args...)
		if err != nil {
			return 0, fmt.Errorf("read incident changes: %w", err)
		}
		for rows.Next() {
			v := new(FactVersion)
			if err := rows.Scan(&v.IngestedAt, &v.ID, &v.Version, &v.Status, &v.EventDate, &v.IncidentDate,
				&v.DisclosureDate, &v.CreatedMonth, &v.UpdatedAt, &v.Victim, &v.OrgKeys, &v.Country, &v.Sector,
				&v.AttackType, &v.ThreatActor, &v.RecordsAffected, &v.CareDisruption, &v.SourceCount); err != nil {
				rows.Close()
				return 0, fmt.Errorf("read incident changes: %w", err)
			}
			maxAt = max(maxAt, v.IngestedAt)
			if err := fn(v); err != nil {
				rows.Close()
				return 0, err
			}
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return 0, fmt.Errorf("read incident changes: %w", err)
		}
	}
	return maxAt, nil
}

// CountFactVersions counts the incident versions ingested at or after since.
// The log is append-only, so an unchanged count for the same since means
// nothing new arrived: a refresh's cheap probe (one primary-key range).
func (s *Store) CountFactVersions(ctx context.Context, since uint32) (uint64, error) {
	var n uint64
	if err := s.conn.QueryRow(ctx, `SELECT count() FROM `+s.t("incident_changes")+
		` WHERE ingested_at >= toDateTime(?)`, since).Scan(&n); err != nil {
		return 0, fmt.Errorf("count incident changes: %w", err)
	}
	return n, nil
}

// FactWatermark is the greatest ingested_at in the log (0 when empty).
func (s *Store) FactWatermark(ctx context.Context) (uint32, error) {
	var at uint32
	if err := s.conn.QueryRow(ctx, `SELECT toUInt32(max(ingested_at)) FROM `+s.t("incident_changes")).Scan(&at); err != nil {
		return 0, fmt.Errorf("incident changes watermark: %w", err)
	}
	return at, nil
}

// IncidentsInMonths is IncidentsByID for callers that already know, for each
// id, the YYYYMM of its created_at (FactVersion.CreatedMonth): it skips the
// lookup in incident_facts. Ids not found in their month are left out.
func (s *Store) IncidentsInMonths(ctx context.Context, ids []string, months []uint32) ([]cit.Incident, error) {
	if len(ids) != len(months) {
		return nil, fmt.Errorf("incidents in months: %d ids but %d months", len(ids), len(months))
	}
	return s.incidentsByID(ctx, ids, months)
}

// PartialIncidents is IncidentsInMonths for the stats read model, which
// already holds an incident's status, country, sector, attack type, threat
// actor, records affected, incident and disclosure dates and updated_at:
// it reads only the other columns of the latest version (about half of
// them, so each monthly partition touched reads half the granule files)
// plus the sources, and leaves those fields zero for the caller to fill
// from a slot of the same Version. Ids not found in their month are left
// out; the order is that of ids.
func (s *Store) PartialIncidents(ctx context.Context, ids []string, months []uint32) ([]cit.Incident, error) {
	if len(ids) != len(months) {
		return nil, fmt.Errorf("partial incidents: %d ids but %d months", len(ids), len(months))
	}
	return s.latestIncidentsIn(ctx, ids, months, "read partial incidents", `incident_id, version, merged_into, title, victim,
		victim_key, organizations, first_seen, created_at, claim_status, care_disruption, provenance, confidence, reasons`,
		func(rows driver.Rows, inc *cit.Incident) error {
			var first, created time.Time
			var prov, reasons string
			if err := rows.Scan(&inc.ID, &inc.Version, &inc.MergedInto, &inc.Title, &inc.Victim, &inc.VictimKey,
				&inc.Organizations, &first, &created, &inc.ClaimStatus, &inc.CareDisruption, &prov, &inc.Confidence,
				&reasons); err != nil {
				return err
			}
			inc.FirstSeen = timeString(first)
			inc.CreatedAt = timeString(created)
			return decodeIncidentJSON(inc, prov, reasons)
		})
}
