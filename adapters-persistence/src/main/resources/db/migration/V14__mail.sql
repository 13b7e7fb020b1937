-- Mail delivery. The outbox learns whose mail a row is, its HTML part and its delivery state (retried with
-- a growing delay, then failed with the last error); the settings learn the reminder preferences; sent
-- reminders and finished reminder days are recorded so each reminder goes out exactly once.

ALTER TABLE notification_outbox
    ADD COLUMN user_id         uuid REFERENCES users (id) ON DELETE CASCADE,
    ADD COLUMN html_body       text,
    ADD COLUMN status          text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    ADD COLUMN attempts        integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    ADD COLUMN next_attempt_at timestamptz,
    ADD COLUMN last_error      text CHECK (length(last_error) <= 1000);
-- Rows written before: plain-text reset mails, never sent (there was no relay). They become history
-- (older than a day, the relay gives them up instead of mailing stale links).
UPDATE notification_outbox o SET user_id = u.id FROM users u WHERE u.email = o.recipient;
DELETE FROM notification_outbox WHERE user_id IS NULL;
UPDATE notification_outbox
SET html_body = '<pre>' || replace(replace(replace(body, '&', '&amp;'), '<', '&lt;'), '>', '&gt;') || '</pre>',
    next_attempt_at = created_at,
    status = CASE WHEN sent_at IS NULL THEN 'PENDING' ELSE 'SENT' END;
ALTER TABLE notification_outbox
    ALTER COLUMN user_id SET NOT NULL,
    ALTER COLUMN html_body SET NOT NULL,
    ALTER COLUMN next_attempt_at SET NOT NULL,
    ALTER COLUMN status DROP DEFAULT;
ALTER TABLE notification_outbox RENAME COLUMN body TO text_body;
DROP INDEX notification_outbox_unsent;
-- The relay's claim: the oldest due pending row.
CREATE INDEX notification_outbox_due ON notification_outbox (next_attempt_at) WHERE status = 'PENDING';
-- A user's history, newest first.
CREATE INDEX notification_outbox_by_user ON notification_outbox (user_id, created_at DESC, id);

-- NULL: the user has not chosen, the server's default applies (on when it can send mail).
ALTER TABLE user_settings
    ADD COLUMN notifications_enabled  boolean,
    ADD COLUMN warranty_reminder_days integer[] NOT NULL DEFAULT '{30,7}',
    ADD COLUMN return_reminder_days   integer[] NOT NULL DEFAULT '{3}';

-- One row per reminder sent: the key is what "exactly once" means. A moved date is a new key.
CREATE TABLE reminders_sent (
    user_id     uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind        text        NOT NULL CHECK (kind IN ('WARRANTY', 'RETURN')),
    item_id     uuid        NOT NULL,
    due_date    date        NOT NULL,
    days_before integer     NOT NULL CHECK (days_before BETWEEN 1 AND 365),
    sent_at     timestamptz NOT NULL,
    PRIMARY KEY (user_id, kind, item_id, due_date, days_before)
);
CREATE INDEX reminders_sent_by_due_date ON reminders_sent (due_date);

-- The UTC days whose reminder run finished: a later run catches up the days in between.
CREATE TABLE reminder_runs (
    run_date     date        PRIMARY KEY,
    completed_at timestamptz NOT NULL
);

-- The job finds return deadlines by date, as it finds warranty ends (warranties_by_owner_end).
CREATE INDEX purchases_by_owner_return_deadline ON purchases (user_id, return_deadline) WHERE return_deadline IS NOT NULL;
