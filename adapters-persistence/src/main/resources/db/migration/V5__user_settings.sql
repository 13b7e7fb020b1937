-- Per-user settings; a user without a row has the defaults. Removed with the user.
CREATE TABLE user_settings (
    user_id       uuid        PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    currency_code char(3)     NOT NULL CHECK (currency_code ~ '^[A-Z]{3}$'),
    date_format   text        NOT NULL,
    updated_at    timestamptz NOT NULL DEFAULT now()
);
