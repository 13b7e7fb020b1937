-- Each user's number of purchases, kept by the database in the same transaction as every insert and
-- delete: an unfiltered list reads its total from at most 16 rows instead of counting all the user's
-- purchases on every page. A transaction's changes go to one of 16 shards (by transaction id), so one
-- user's concurrent inserts rarely wait on the same row lock, and one transaction never holds two shards
-- of a user (no deadlock between them). The total is the sum of the shards.
CREATE TABLE purchase_counts (
    user_id uuid     NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    shard   smallint NOT NULL,
    n       bigint   NOT NULL,
    PRIMARY KEY (user_id, shard)
);

CREATE FUNCTION count_purchases() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO purchase_counts (user_id, shard, n)
        SELECT user_id, (pg_current_xact_id()::text::bigint % 16)::smallint, count(*) FROM inserted GROUP BY user_id
        ON CONFLICT (user_id, shard) DO UPDATE SET n = purchase_counts.n + EXCLUDED.n;
    ELSE
        -- purchases deleted with their user: the user's counts go too (ON DELETE CASCADE), nothing to keep
        INSERT INTO purchase_counts (user_id, shard, n)
        SELECT d.user_id, (pg_current_xact_id()::text::bigint % 16)::smallint, -count(*) FROM deleted d
        WHERE EXISTS (SELECT 1 FROM users u WHERE u.id = d.user_id) GROUP BY d.user_id
        ON CONFLICT (user_id, shard) DO UPDATE SET n = purchase_counts.n + EXCLUDED.n;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER purchases_counted_on_insert AFTER INSERT ON purchases
    REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION count_purchases();
CREATE TRIGGER purchases_counted_on_delete AFTER DELETE ON purchases
    REFERENCING OLD TABLE AS deleted FOR EACH STATEMENT EXECUTE FUNCTION count_purchases();

INSERT INTO purchase_counts (user_id, shard, n) SELECT user_id, 0, count(*) FROM purchases GROUP BY user_id;
