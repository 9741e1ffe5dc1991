-- Stats read path: a narrow copy of every incident version, kept by a
-- materialized view, keyed on a 64-bit hash of the incident id and split in
-- four partitions so that `FINAL` (the latest version per incident) runs in
-- parallel over small sorted parts instead of an argMax GROUP BY over the
-- wide incidents table. All versions of an incident share a key, hence a
-- partition, so ReplacingMergeTree(version) keeps exactly the latest one.
-- org_keys are hashes of the organisations (or of the victim key), so the
-- distinct-organisation count is a set of integers, not strings.
-- POPULATE copies the incidents already stored when the migration runs.
CREATE MATERIALIZED VIEW IF NOT EXISTS incident_facts
ENGINE = ReplacingMergeTree(version)
PARTITION BY intHash32(key) % 4
ORDER BY key
POPULATE
AS SELECT
    cityHash64(incident_id) AS key,
    incident_id,
    version,
    status,
    if(incident_date > toDate('1970-01-01'), incident_date,
        if(disclosure_date > toDate('1970-01-01'), disclosure_date, toDate(first_seen))) AS event_date,
    incident_date,
    disclosure_date,
    first_seen,
    created_at,
    updated_at,
    title,
    victim,
    arrayMap(o -> cityHash64(o), if(empty(organizations), [victim_key], organizations)) AS org_keys,
    country,
    sector,
    attack_type,
    threat_actor,
    records_affected,
    claim_status,
    care_disruption,
    source_count
FROM incidents;
