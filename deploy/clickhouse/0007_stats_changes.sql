-- Stats read model feed: an append-only log of every incident version with
-- the narrow columns the dashboards need and the server time at which the
-- version was inserted (ingested_at = now() when the materialized view runs,
-- i.e. at INSERT time). The stats service loads its in-memory read model
-- from it once (all rows, keeping the highest version per incident) and then
-- polls only the rows ingested since its watermark (minus an overlap), so a
-- refresh reads a few granules thanks to ORDER BY ingested_at, with no FINAL
-- and no argMax. Versions are deduplicated in memory; the log is never
-- merged away, so no update can be lost to a ReplacingMergeTree merge.
-- org_keys are 64-bit hashes of the organisations (or of the victim key).
-- POPULATE copies the incident versions already stored when the migration runs.
CREATE MATERIALIZED VIEW IF NOT EXISTS incident_changes
ENGINE = MergeTree()
PARTITION BY toYYYYMM(ingested_at)
ORDER BY ingested_at
POPULATE
AS SELECT
    now() AS ingested_at,
    incident_id,
    version,
    status,
    if(incident_date > toDate('1970-01-01'), incident_date,
        if(disclosure_date > toDate('1970-01-01'), disclosure_date, toDate(first_seen))) AS event_date,
    incident_date,
    disclosure_date,
    created_at,
    updated_at,
    victim,
    arrayMap(o -> cityHash64(o), if(empty(organizations), [victim_key], organizations)) AS org_keys,
    country,
    sector,
    attack_type,
    threat_actor,
    records_affected,
    care_disruption,
    source_count
FROM incidents;
