-- CIT core tables. Every table is keyed so that redelivery never double-counts:
-- ReplacingMergeTree(version) keeps the newest row per key; readers use FINAL
-- or argMax(..., version). The SQL runs on ClickHouse 18.16 and on current releases.

CREATE TABLE IF NOT EXISTS candidates (
    id String,
    source String,
    source_kind String,
    url String,
    title String,
    text String,
    lang String,
    published DateTime,
    fetched_at DateTime,
    fields String,
    is_health_cyberattack UInt8,
    score Float64,
    verdict String,
    attack_type String,
    sector String,
    country String,
    victim String,
    threat_actor String,
    records_affected Nullable(Int64),
    incident_date String,
    disclosure_date String,
    care_disruption Array(String),
    reasons String,
    model_version String,
    version UInt64
) ENGINE = ReplacingMergeTree(version)
ORDER BY id;

CREATE TABLE IF NOT EXISTS incidents (
    incident_id String,
    version UInt64,
    status String,
    merged_into String,
    title String,
    victim String,
    victim_key String,
    organizations Array(String),
    country String,
    sector String,
    attack_type String,
    threat_actor String,
    records_affected Nullable(Int64),
    incident_date Date,
    disclosure_date Date,
    first_seen DateTime,
    created_at DateTime,
    updated_at DateTime,
    claim_status String,
    care_disruption Array(String),
    source_count UInt32,
    source_urls Array(String),
    candidate_ids Array(String),
    provenance String,
    confidence Float64,
    reasons String
) ENGINE = ReplacingMergeTree(version)
PARTITION BY toYYYYMM(created_at)
ORDER BY incident_id;

CREATE TABLE IF NOT EXISTS incident_sources (
    incident_id String,
    candidate_id String,
    incident_version UInt64,
    source String,
    url String,
    title String,
    published DateTime,
    lang String,
    victim String
) ENGINE = ReplacingMergeTree(incident_version)
ORDER BY (incident_id, candidate_id);

CREATE TABLE IF NOT EXISTS triage_log (
    id String,
    at DateTime,
    actor String,
    action String,
    candidate_id String,
    incident_id String,
    target_id String,
    fields String,
    reason String,
    before String,
    after String
) ENGINE = ReplacingMergeTree()
ORDER BY id;

CREATE TABLE IF NOT EXISTS collection_runs (
    run_id String,
    source String,
    started_at DateTime,
    finished_at DateTime,
    fetched UInt32,
    new UInt32,
    unchanged UInt32,
    errors UInt32,
    error String,
    duration_ms UInt64
) ENGINE = ReplacingMergeTree()
ORDER BY (run_id, source);
