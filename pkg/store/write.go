package store

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/cit-health/cit/pkg/cit"
)

// Every insert is one batch naming its columns (18.16 needs the list).
// Rows are keyed (ReplacingMergeTree) so that a batch delivered twice, or
// partly stored before a crash and then sent again, never double-counts.

// InsertCandidates stores classified candidates at one version; version
// orders re-classifications of the same candidate (the newest wins).
func (s *Store) InsertCandidates(ctx context.Context, items []cit.Classified, version uint64) error {
	rows := make([]VersionedCandidate, len(items))
	for i, it := range items {
		rows[i] = VersionedCandidate{Classified: it, Version: version}
	}
	return s.InsertVersionedCandidates(ctx, rows)
}

// VersionedCandidate is a classified candidate with the version of its row.
type VersionedCandidate struct {
	cit.Classified
	Version uint64
}

// InsertVersionedCandidates stores candidates, each at its own version, in
// one batch (one part in ClickHouse, however many versions it holds).
func (s *Store) InsertVersionedCandidates(ctx context.Context, items []VersionedCandidate) error {
	if len(items) == 0 {
		return nil
	}
	b, err := s.conn.PrepareBatch(ctx, "INSERT INTO "+s.t("candidates")+` (id, source, source_kind, url, title, text, lang,
		published, fetched_at, fields, is_health_cyberattack, score, verdict, attack_type, sector, country, victim,
		threat_actor, records_affected, incident_date, disclosure_date, care_disruption, reasons, model_version, version)`)
	if err != nil {
		return fmt.Errorf("prepare candidates batch: %w", err)
	}
	for _, it := range items {
		c := it.Candidate
		cl := it.Classification
		if cl == nil {
			cl = &cit.Classification{}
		}
		fields, _ := json.Marshal(c.Fields)
		reasons, _ := json.Marshal(cl.Reasons)
		published, _ := c.PublishedTime()
		fetched, _ := cit.ParseDate(c.FetchedAt)
		var healthy uint8
		if cl.IsHealthCyberattack {
			healthy = 1
		}
		if err := b.Append(c.ID, c.Source, c.SourceKind, c.URL, c.Title, c.Text, c.Lang,
			clampTime(published), clampTime(fetched), string(fields), healthy, cl.Score, cl.Verdict, cl.AttackType,
			cl.Sector, cl.CountryCode(), cl.Victim, cl.ThreatActor, cl.RecordsAffected, cl.IncidentDate,
			cl.DisclosureDate, nonNil(cl.CareDisruption), string(reasons), cl.ModelVersion, it.Version); err != nil {
			return fmt.Errorf("append candidate %s: %w", c.ID, err)
		}
	}
	if err := b.Send(); err != nil {
		return fmt.Errorf("insert %d candidates: %w", len(items), err)
	}
	return nil
}

// InsertIncidents stores incident states and their source links. A store
// keeps the highest version of each incident; source links are valid for the
// version that carries them.
func (s *Store) InsertIncidents(ctx context.Context, items []cit.Incident) error {
	if len(items) == 0 {
		return nil
	}
	b, err := s.conn.PrepareBatch(ctx, "INSERT INTO "+s.t("incidents")+` (incident_id, version, status, merged_into, title,
		victim, victim_key, organizations, country, sector, attack_type, threat_actor, records_affected, incident_date,
		disclosure_date, first_seen, created_at, updated_at, claim_status, care_disruption, source_count, source_urls,
		candidate_ids, provenance, confidence, reasons)`)
	if err != nil {
		return fmt.Errorf("prepare incidents batch: %w", err)
	}
	src, err := s.conn.PrepareBatch(ctx, "INSERT INTO "+s.t("incident_sources")+` (incident_id, candidate_id,
		incident_version, source, url, title, published, lang, victim)`)
	if err != nil {
		return fmt.Errorf("prepare incident_sources batch: %w", err)
	}
	nsrc := 0
	for _, in := range items {
		urls := make([]string, 0, len(in.Sources))
		ids := make([]string, 0, len(in.Sources))
		for _, r := range in.Sources {
			if r.URL != "" {
				urls = append(urls, r.URL)
			}
			ids = append(ids, r.CandidateID)
			pub, _ := cit.ParseDate(r.Published)
			if err := src.Append(in.ID, r.CandidateID, in.Version, r.Source, r.URL, r.Title, clampTime(pub), r.Lang, r.Victim); err != nil {
				return fmt.Errorf("append source of incident %s: %w", in.ID, err)
			}
			nsrc++
		}
		prov, _ := json.Marshal(in.Provenance)
		reasons, _ := json.Marshal(in.Reasons)
		incDate, _ := cit.ParseDate(in.IncidentDate)
		discDate, _ := cit.ParseDate(in.DisclosureDate)
		first, _ := cit.ParseDate(in.FirstSeen)
		created, _ := cit.ParseDate(in.CreatedAt)
		updated, _ := cit.ParseDate(in.UpdatedAt)
		if created.IsZero() {
			created = first
		}
		status := in.Status
		if status == "" {
			status = cit.StatusActive
		}
		if err := b.Append(in.ID, in.Version, status, in.MergedInto, in.Title, in.Victim, in.VictimKey,
			nonNil(in.Organizations), in.Country, in.Sector, in.AttackType, in.ThreatActor, in.RecordsAffected,
			clampTime(incDate), clampTime(discDate), clampTime(first), clampTime(created), clampTime(updated),
			in.ClaimStatus, nonNil(in.CareDisruption), uint32(len(in.Sources)), urls, ids, string(prov),
			in.Confidence, string(reasons)); err != nil {
			return fmt.Errorf("append incident %s: %w", in.ID, err)
		}
	}
	if nsrc > 0 {
		if err := src.Send(); err != nil {
			return fmt.Errorf("insert incident sources: %w", err)
		}
	} else {
		_ = src.Abort()
	}
	if err := b.Send(); err != nil {
		return fmt.Errorf("insert %d incidents: %w", len(items), err)
	}
	return nil
}

// InsertTriage appends analyst decisions to the triage log (keyed on id).
func (s *Store) InsertTriage(ctx context.Context, items []cit.TriageDecision) error {
	if len(items) == 0 {
		return nil
	}
	b, err := s.conn.PrepareBatch(ctx, "INSERT INTO "+s.t("triage_log")+
		" (id, at, actor, action, candidate_id, incident_id, target_id, fields, reason, before, after)")
	if err != nil {
		return fmt.Errorf("prepare triage batch: %w", err)
	}
	for _, d := range items {
		at, _ := cit.ParseDate(d.At)
		fields, _ := json.Marshal(d.Fields)
		if err := b.Append(d.ID, clampTime(at), d.Actor, d.Action, d.CandidateID, d.IncidentID, d.TargetID,
			string(fields), d.Reason, d.Before, d.After); err != nil {
			return fmt.Errorf("append triage decision %s: %w", d.ID, err)
		}
	}
	if err := b.Send(); err != nil {
		return fmt.Errorf("insert %d triage decisions: %w", len(items), err)
	}
	return nil
}

// InsertRuns stores collection-run reports (keyed on run id and source).
func (s *Store) InsertRuns(ctx context.Context, items []cit.RunReport) error {
	if len(items) == 0 {
		return nil
	}
	b, err := s.conn.PrepareBatch(ctx, "INSERT INTO "+s.t("collection_runs")+
		" (run_id, source, started_at, finished_at, fetched, new, unchanged, errors, error, duration_ms)")
	if err != nil {
		return fmt.Errorf("prepare runs batch: %w", err)
	}
	for _, r := range items {
		start, _ := cit.ParseDate(r.StartedAt)
		end, _ := cit.ParseDate(r.FinishedAt)
		if err := b.Append(r.RunID, r.Source, clampTime(start), clampTime(end), uint32(r.Fetched), uint32(r.New),
			uint32(r.Unchanged), uint32(r.Errors), r.Error, uint64(max(r.DurationMS, 0))); err != nil {
			return fmt.Errorf("append run %s/%s: %w", r.RunID, r.Source, err)
		}
	}
	if err := b.Send(); err != nil {
		return fmt.Errorf("insert %d runs: %w", len(items), err)
	}
	return nil
}

// clampTime maps a zero or pre-1970 time to the epoch, which DateTime and
// Date store as "unknown", and anything past 2105 to the epoch as well.
func clampTime(t time.Time) time.Time {
	if t.Before(time.Unix(1, 0)) || t.Year() > 2105 {
		return time.Unix(0, 0).UTC()
	}
	return t.UTC()
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
