-- Running totals of each user's purchases, kept by the database in the same transaction as every insert,
-- update and delete, so that the analytics over a whole history add up a few thousand rows instead of
-- every purchase:
--   purchase_day_totals   per day and currency (summary, spending per month, spending by period: any dates)
--   purchase_group_totals per category, product, retailer and brand, and currency (the groups over all dates)
-- As with purchase_counts (V9), a writing transaction adds its changes to one of 16 shards (by transaction
-- id), so one user's concurrent writes rarely wait on the same row lock and a transaction never holds two
-- shards of a key. fold_purchase_totals() (run every few seconds by the application) moves the shards into
-- the folded row (shard -1), which only it writes, so the tables stay at about one row per key. A total is
-- the sum over all shards of its key.
CREATE TABLE purchase_day_totals (
    user_id          uuid     NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purchase_date    date     NOT NULL,
    currency_code    char(3)  NOT NULL,
    shard            smallint NOT NULL CHECK (shard BETWEEN -1 AND 15),
    items            bigint   NOT NULL,
    spent            numeric  NOT NULL,  -- price × quantity
    price_sum        numeric  NOT NULL,  -- unit prices, for the average price
    deductible       bigint   NOT NULL,
    deductible_spent numeric  NOT NULL,
    PRIMARY KEY (user_id, purchase_date, currency_code, shard)
);

CREATE TABLE purchase_group_totals (
    user_id       uuid     NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    dimension     text     NOT NULL CHECK (dimension IN ('category', 'product', 'retailer', 'brand')),
    -- lower(category), lower(product_name), the retailer's or brand's id; NULL: purchases without one
    group_key     text,
    currency_code char(3)  NOT NULL,
    shard         smallint NOT NULL CHECK (shard BETWEEN -1 AND 15),
    items         bigint   NOT NULL,
    spent         numeric  NOT NULL,
    price_sum     numeric  NOT NULL,
    CONSTRAINT purchase_group_totals_key UNIQUE NULLS NOT DISTINCT (user_id, dimension, group_key, currency_code, shard)
);

-- What the fold has to move: only the shard rows written since the last fold.
CREATE INDEX purchase_day_totals_unfolded ON purchase_day_totals (shard) WHERE shard >= 0;
CREATE INDEX purchase_group_totals_unfolded ON purchase_group_totals (shard) WHERE shard >= 0;

-- Adds purchases (plus) and takes purchases away (minus) in the current transaction's shard. Keys are
-- written in order, so two transactions of one shard cannot deadlock; purchases deleted together with
-- their user are skipped (the user's totals go with it, ON DELETE CASCADE).
CREATE FUNCTION add_up_purchases(plus purchases[], minus purchases[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    writer smallint := (pg_current_xact_id()::text::bigint % 16)::smallint;
BEGIN
    WITH change AS (SELECT 1 AS sign, * FROM unnest(plus) UNION ALL SELECT -1, * FROM unnest(minus)),
         mine AS (SELECT * FROM change c WHERE EXISTS (SELECT 1 FROM users u WHERE u.id = c.user_id))
    INSERT INTO purchase_day_totals AS t (user_id, purchase_date, currency_code, shard, items, spent, price_sum, deductible, deductible_spent)
    SELECT user_id, purchase_date, currency_code, writer, sum(sign), sum(sign * price * quantity), sum(sign * price),
           coalesce(sum(sign) FILTER (WHERE tax_deductible), 0), coalesce(sum(sign * price * quantity) FILTER (WHERE tax_deductible), 0)
    FROM mine GROUP BY user_id, purchase_date, currency_code
    HAVING sum(sign) <> 0 OR sum(sign * price * quantity) <> 0 OR sum(sign * price) <> 0
        OR sum(sign) FILTER (WHERE tax_deductible) <> 0 OR sum(sign * price * quantity) FILTER (WHERE tax_deductible) <> 0
    ORDER BY user_id, purchase_date, currency_code
    ON CONFLICT (user_id, purchase_date, currency_code, shard) DO UPDATE
        SET items = t.items + excluded.items, spent = t.spent + excluded.spent, price_sum = t.price_sum + excluded.price_sum,
            deductible = t.deductible + excluded.deductible, deductible_spent = t.deductible_spent + excluded.deductible_spent;

    WITH change AS (SELECT 1 AS sign, * FROM unnest(plus) UNION ALL SELECT -1, * FROM unnest(minus)),
         mine AS (SELECT * FROM change c WHERE EXISTS (SELECT 1 FROM users u WHERE u.id = c.user_id)),
         keyed AS (SELECT m.user_id, k.dimension, k.group_key, m.currency_code, m.sign, m.price, m.quantity FROM mine m
                   CROSS JOIN LATERAL (VALUES ('category', lower(m.category)), ('product', lower(m.product_name)),
                                              ('retailer', m.retailer_id::text), ('brand', m.brand_id::text)) AS k (dimension, group_key))
    INSERT INTO purchase_group_totals AS t (user_id, dimension, group_key, currency_code, shard, items, spent, price_sum)
    SELECT user_id, dimension, group_key, currency_code, writer, sum(sign), sum(sign * price * quantity), sum(sign * price)
    FROM keyed GROUP BY user_id, dimension, group_key, currency_code
    HAVING sum(sign) <> 0 OR sum(sign * price * quantity) <> 0 OR sum(sign * price) <> 0
    ORDER BY user_id, dimension, group_key COLLATE "C", currency_code
    ON CONFLICT ON CONSTRAINT purchase_group_totals_key DO UPDATE
        SET items = t.items + excluded.items, spent = t.spent + excluded.spent, price_sum = t.price_sum + excluded.price_sum;
END $$;

-- Inserts, the hot path, add up the transition table directly: the same as add_up_purchases(inserted, '{}')
-- without building and unpacking the array (15–25 % more single-row inserts per second in pgbench).
CREATE FUNCTION purchases_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    writer smallint := (pg_current_xact_id()::text::bigint % 16)::smallint;
BEGIN
    INSERT INTO purchase_day_totals AS t (user_id, purchase_date, currency_code, shard, items, spent, price_sum, deductible, deductible_spent)
    SELECT user_id, purchase_date, currency_code, writer, count(*), sum(price * quantity), sum(price),
           count(*) FILTER (WHERE tax_deductible), coalesce(sum(price * quantity) FILTER (WHERE tax_deductible), 0)
    FROM inserted GROUP BY user_id, purchase_date, currency_code ORDER BY user_id, purchase_date, currency_code
    ON CONFLICT (user_id, purchase_date, currency_code, shard) DO UPDATE
        SET items = t.items + excluded.items, spent = t.spent + excluded.spent, price_sum = t.price_sum + excluded.price_sum,
            deductible = t.deductible + excluded.deductible, deductible_spent = t.deductible_spent + excluded.deductible_spent;

    INSERT INTO purchase_group_totals AS t (user_id, dimension, group_key, currency_code, shard, items, spent, price_sum)
    SELECT m.user_id, k.dimension, k.group_key, m.currency_code, writer, count(*), sum(m.price * m.quantity), sum(m.price)
    FROM inserted m CROSS JOIN LATERAL (VALUES ('category', lower(m.category)), ('product', lower(m.product_name)),
                                               ('retailer', m.retailer_id::text), ('brand', m.brand_id::text)) AS k (dimension, group_key)
    GROUP BY m.user_id, k.dimension, k.group_key, m.currency_code
    ORDER BY m.user_id, k.dimension, k.group_key COLLATE "C", m.currency_code
    ON CONFLICT ON CONSTRAINT purchase_group_totals_key DO UPDATE
        SET items = t.items + excluded.items, spent = t.spent + excluded.spent, price_sum = t.price_sum + excluded.price_sum;
    RETURN NULL;
END $$;

CREATE FUNCTION purchases_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    plus purchases[];
    minus purchases[];
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM add_up_purchases('{}', ARRAY(SELECT d::purchases FROM deleted d));
    ELSE
        -- only the rows whose figures changed: an edit of the notes, tags or links writes no total
        SELECT array_agg(i::purchases), array_agg(d::purchases) INTO plus, minus
        FROM inserted i JOIN deleted d USING (id)
        WHERE (i.user_id, i.purchase_date, i.currency_code, i.price, i.quantity, i.tax_deductible, lower(i.category),
               lower(i.product_name), i.retailer_id, i.brand_id)
              IS DISTINCT FROM (d.user_id, d.purchase_date, d.currency_code, d.price, d.quantity, d.tax_deductible,
                                lower(d.category), lower(d.product_name), d.retailer_id, d.brand_id);
        IF plus IS NOT NULL THEN
            PERFORM add_up_purchases(plus, minus);
        END IF;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER purchases_totalled_on_insert AFTER INSERT ON purchases
    REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION purchases_inserted();
CREATE TRIGGER purchases_totalled_on_update AFTER UPDATE ON purchases
    REFERENCING OLD TABLE AS deleted NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION purchases_changed();
CREATE TRIGGER purchases_totalled_on_delete AFTER DELETE ON purchases
    REFERENCING OLD TABLE AS deleted FOR EACH STATEMENT EXECUTE FUNCTION purchases_changed();

-- Moves the shard rows no writer holds into the folded rows and drops folded rows that became empty.
-- One fold at a time (the others return at once); a fold never waits for a writer. Returns the rows moved.
-- The owners are locked first (KEY SHARE, what the folded rows' foreign key check takes anyway), skipping
-- users a transaction is deleting: otherwise the fold could hold a user's shard rows while waiting for its
-- user row, and the deletion hold the user row while waiting for those shard rows (a deadlock). Naming
-- users first also takes its table lock first, as TRUNCATE users ... CASCADE does.
CREATE FUNCTION fold_purchase_totals() RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
    moved_days bigint;
    moved_groups bigint;
    emptied_days purchase_day_totals[];
    emptied_groups purchase_group_totals[];
BEGIN
    IF NOT pg_try_advisory_xact_lock(hashtext('fold_purchase_totals')) THEN
        RETURN 0;
    END IF;

    WITH taken AS (SELECT t.ctid FROM users u JOIN purchase_day_totals t ON t.user_id = u.id WHERE t.shard >= 0
                   FOR KEY SHARE OF u SKIP LOCKED FOR UPDATE OF t SKIP LOCKED),
         moved AS (DELETE FROM purchase_day_totals WHERE ctid IN (SELECT ctid FROM taken) RETURNING *),
         folded AS (
             INSERT INTO purchase_day_totals AS t (user_id, purchase_date, currency_code, shard, items, spent, price_sum, deductible, deductible_spent)
             SELECT user_id, purchase_date, currency_code, -1, sum(items), sum(spent), sum(price_sum), sum(deductible), sum(deductible_spent)
             FROM moved GROUP BY user_id, purchase_date, currency_code ORDER BY user_id, purchase_date, currency_code
             ON CONFLICT (user_id, purchase_date, currency_code, shard) DO UPDATE
                 SET items = t.items + excluded.items, spent = t.spent + excluded.spent, price_sum = t.price_sum + excluded.price_sum,
                     deductible = t.deductible + excluded.deductible, deductible_spent = t.deductible_spent + excluded.deductible_spent
             RETURNING t.*)
    SELECT (SELECT count(*) FROM moved), ARRAY(SELECT f::purchase_day_totals FROM folded f WHERE f.items = 0) INTO moved_days, emptied_days;
    -- days without purchases any more (all their sums are zero then)
    DELETE FROM purchase_day_totals t USING unnest(emptied_days) e
    WHERE t.user_id = e.user_id AND t.purchase_date = e.purchase_date AND t.currency_code = e.currency_code AND t.shard = -1 AND t.items = 0;

    WITH taken AS (SELECT t.ctid FROM users u JOIN purchase_group_totals t ON t.user_id = u.id WHERE t.shard >= 0
                   FOR KEY SHARE OF u SKIP LOCKED FOR UPDATE OF t SKIP LOCKED),
         moved AS (DELETE FROM purchase_group_totals WHERE ctid IN (SELECT ctid FROM taken) RETURNING *),
         folded AS (
             INSERT INTO purchase_group_totals AS t (user_id, dimension, group_key, currency_code, shard, items, spent, price_sum)
             SELECT user_id, dimension, group_key, currency_code, -1, sum(items), sum(spent), sum(price_sum)
             FROM moved GROUP BY user_id, dimension, group_key, currency_code
             ORDER BY user_id, dimension, group_key COLLATE "C", currency_code
             ON CONFLICT ON CONSTRAINT purchase_group_totals_key DO UPDATE
                 SET items = t.items + excluded.items, spent = t.spent + excluded.spent, price_sum = t.price_sum + excluded.price_sum
             RETURNING t.*)
    SELECT (SELECT count(*) FROM moved), ARRAY(SELECT f::purchase_group_totals FROM folded f WHERE f.items = 0) INTO moved_groups, emptied_groups;
    -- categories, products and vendors no purchase has any more (renamed, detached, deleted)
    DELETE FROM purchase_group_totals t USING unnest(emptied_groups) e
    WHERE t.user_id = e.user_id AND t.dimension = e.dimension AND t.group_key IS NOT DISTINCT FROM e.group_key
      AND t.currency_code = e.currency_code AND t.shard = -1 AND t.items = 0;
    RETURN moved_days + moved_groups;
END $$;

INSERT INTO purchase_day_totals (user_id, purchase_date, currency_code, shard, items, spent, price_sum, deductible, deductible_spent)
SELECT user_id, purchase_date, currency_code, -1, count(*), sum(price * quantity), sum(price),
       count(*) FILTER (WHERE tax_deductible), coalesce(sum(price * quantity) FILTER (WHERE tax_deductible), 0)
FROM purchases GROUP BY user_id, purchase_date, currency_code;

INSERT INTO purchase_group_totals (user_id, dimension, group_key, currency_code, shard, items, spent, price_sum)
SELECT p.user_id, k.dimension, k.group_key, p.currency_code, -1, count(*), sum(p.price * p.quantity), sum(p.price)
FROM purchases p CROSS JOIN LATERAL (VALUES ('category', lower(p.category)), ('product', lower(p.product_name)),
                                            ('retailer', p.retailer_id::text), ('brand', p.brand_id::text)) AS k (dimension, group_key)
GROUP BY p.user_id, k.dimension, k.group_key, p.currency_code;

-- The warranty counts of the summaries (by status, and active ones by end date) read only this index.
CREATE INDEX warranties_by_owner_status_end ON warranties (user_id, status, warranty_end);
