-- The durable queue of thumbnails to make: one job per content, claimed with FOR UPDATE SKIP LOCKED.
CREATE TABLE thumbnail_jobs (
    content_hash  text        PRIMARY KEY CHECK (content_hash ~ '^[0-9a-f]{64}$'),
    status        text        NOT NULL CHECK (status IN ('PENDING', 'RUNNING', 'DONE', 'FAILED')),
    attempts      integer     NOT NULL DEFAULT 0,
    due_at        timestamptz NOT NULL,
    leased_until  timestamptz,
    last_error    text,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL
);
CREATE INDEX thumbnail_jobs_due ON thumbnail_jobs (due_at) WHERE status = 'PENDING';
CREATE INDEX thumbnail_jobs_leased ON thumbnail_jobs (leased_until) WHERE status = 'RUNNING';
