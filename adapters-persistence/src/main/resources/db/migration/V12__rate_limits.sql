-- Rate-limit buckets shared by every instance of the server (Bucket4j's PostgreSQL layout): one row per
-- key, its state serialised by Bucket4j, and when the bucket is full again (epoch milliseconds), after
-- which the row carries no information and is removed by the periodic clean-up.
CREATE TABLE rate_limit_buckets (
    id         text   PRIMARY KEY,
    state      bytea,
    expires_at bigint
);
CREATE INDEX rate_limit_buckets_expiry ON rate_limit_buckets (expires_at);
