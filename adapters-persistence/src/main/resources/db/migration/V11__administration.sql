-- Administration: an account's own storage quota, the audit trail of administrators' changes, and the
-- indexes of the administrators' user list.

-- Bytes, or NULL for the server default (SPENDVAULT_FILES_QUOTA).
ALTER TABLE users ADD COLUMN storage_quota bigint CHECK (storage_quota >= 0);

-- One row per changed field. No foreign keys: the trail outlives the accounts it names, so it keeps the
-- names as they were.
CREATE TABLE admin_audit (
    id              uuid        PRIMARY KEY,
    actor_id        uuid        NOT NULL,
    actor_username  text        NOT NULL,
    action          text        NOT NULL,
    target_id       uuid        NOT NULL,
    target_username text        NOT NULL,
    field           text        NOT NULL,
    before_value    text,
    after_value     text,
    created_at      timestamptz NOT NULL
);
CREATE INDEX admin_audit_newest ON admin_audit (created_at DESC, id DESC);

-- The list's search (a substring of username or e-mail, any case) and its orders.
CREATE INDEX users_search ON users USING gin ((lower(username || ' ' || email)) gin_trgm_ops);
CREATE INDEX users_by_username ON users (lower(username), id);
CREATE INDEX users_by_last_login ON users (last_login, id);
