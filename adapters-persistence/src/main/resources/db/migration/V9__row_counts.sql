-- Each user's number of purchases and of files, kept by the database in the same transaction as every
-- insert and delete: an unfiltered list reads its total from at most 16 rows instead of counting all of
-- the user's rows on every page. A transaction's changes go to one of 16 shards (by transaction id), so
-- one user's concurrent inserts rarely wait on the same row lock, and one transaction never holds two
-- shards of a user's count (no deadlock between them). The total is the sum of the shards.
CREATE TABLE row_counts (
    user_id uuid     NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind    text     NOT NULL CHECK (kind IN ('purchases', 'files')),
    shard   smallint NOT NULL,
    n       bigint   NOT NULL,
    PRIMARY KEY (user_id, kind, shard)
);

-- The statement's inserted or deleted rows, counted per user into the kind given as the trigger's argument.
CREATE FUNCTION count_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO row_counts (user_id, kind, shard, n)
        SELECT user_id, TG_ARGV[0], (pg_current_xact_id()::text::bigint % 16)::smallint, count(*) FROM inserted GROUP BY user_id
        ON CONFLICT (user_id, kind, shard) DO UPDATE SET n = row_counts.n + EXCLUDED.n;
    ELSE
        -- rows deleted with their user: the user's counts go too (ON DELETE CASCADE), nothing to keep
        INSERT INTO row_counts (user_id, kind, shard, n)
        SELECT d.user_id, TG_ARGV[0], (pg_current_xact_id()::text::bigint % 16)::smallint, -count(*) FROM deleted d
        WHERE EXISTS (SELECT 1 FROM users u WHERE u.id = d.user_id) GROUP BY d.user_id
        ON CONFLICT (user_id, kind, shard) DO UPDATE SET n = row_counts.n + EXCLUDED.n;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER purchases_counted_on_insert AFTER INSERT ON purchases
    REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION count_rows('purchases');
CREATE TRIGGER purchases_counted_on_delete AFTER DELETE ON purchases
    REFERENCING OLD TABLE AS deleted FOR EACH STATEMENT EXECUTE FUNCTION count_rows('purchases');
CREATE TRIGGER files_counted_on_insert AFTER INSERT ON files
    REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION count_rows('files');
CREATE TRIGGER files_counted_on_delete AFTER DELETE ON files
    REFERENCING OLD TABLE AS deleted FOR EACH STATEMENT EXECUTE FUNCTION count_rows('files');

INSERT INTO row_counts (user_id, kind, shard, n) SELECT user_id, 'purchases', 0, count(*) FROM purchases GROUP BY user_id;
INSERT INTO row_counts (user_id, kind, shard, n) SELECT user_id, 'files', 0, count(*) FROM files GROUP BY user_id;
