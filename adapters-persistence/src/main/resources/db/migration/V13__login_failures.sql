-- Consecutive failed logins per attempted account ("user:<id>", or "name:<sha-256>" for a name without an
-- account) and until when its logins wait; a successful login deletes the row.
CREATE TABLE login_failures (
    key             text        PRIMARY KEY,
    failures        integer     NOT NULL CHECK (failures > 0),
    last_failure_at timestamptz NOT NULL,
    blocked_until   timestamptz
);
CREATE INDEX login_failures_last ON login_failures (last_failure_at);
