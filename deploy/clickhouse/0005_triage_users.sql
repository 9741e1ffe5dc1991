-- Analysts of the triage app. One row per change of a user: the newest
-- version wins (ReplacingMergeTree), so disabling or resetting a user is an
-- insert, never an UPDATE. password_hash is an argon2id PHC string
-- ($argon2id$v=19$m=…,t=…,p=…$salt$key); role is viewer, analyst or admin.

CREATE TABLE IF NOT EXISTS users (
    username String,
    password_hash String,
    role String,
    disabled UInt8,
    created_at DateTime,
    updated_at DateTime,
    version UInt64
) ENGINE = ReplacingMergeTree(version)
ORDER BY username;
