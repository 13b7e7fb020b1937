-- Accounts, login sessions, password reset tokens, and the outbox of messages to users.

CREATE TABLE users (
    id            uuid        PRIMARY KEY,
    username      text        NOT NULL CHECK (username ~ '^[A-Za-z0-9_]{3,50}$'),
    email         text        NOT NULL CHECK (email = lower(email) AND length(email) <= 254),
    password_hash text        NOT NULL,
    role          text        NOT NULL CHECK (role IN ('USER', 'ADMIN')),
    is_active     boolean     NOT NULL DEFAULT true,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    last_login    timestamptz
);
-- Uniqueness ignores case; the index names are mapped to USERNAME_TAKEN / EMAIL_TAKEN by the adapter.
CREATE UNIQUE INDEX users_username_unique ON users (lower(username));
CREATE UNIQUE INDEX users_email_unique ON users (email);
CREATE INDEX users_created_at ON users (created_at, id);
CREATE INDEX users_admins ON users (role) WHERE role = 'ADMIN';

CREATE TABLE sessions (
    id                 uuid        PRIMARY KEY,
    user_id            uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    refresh_token_hash text        NOT NULL,
    created_at         timestamptz NOT NULL,
    expires_at         timestamptz NOT NULL,
    revoked_at         timestamptz
);
CREATE INDEX sessions_active_by_user ON sessions (user_id) WHERE revoked_at IS NULL;

CREATE TABLE password_reset_tokens (
    id         uuid        PRIMARY KEY,
    user_id    uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    token_hash text        NOT NULL UNIQUE,
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    used_at    timestamptz
);
CREATE INDEX password_reset_tokens_unused_by_user ON password_reset_tokens (user_id) WHERE used_at IS NULL;

CREATE TABLE notification_outbox (
    id         uuid        PRIMARY KEY,
    recipient  text        NOT NULL,
    kind       text        NOT NULL,
    subject    text        NOT NULL,
    body       text        NOT NULL,
    created_at timestamptz NOT NULL,
    sent_at    timestamptz
);
CREATE INDEX notification_outbox_unsent ON notification_outbox (created_at) WHERE sent_at IS NULL;
