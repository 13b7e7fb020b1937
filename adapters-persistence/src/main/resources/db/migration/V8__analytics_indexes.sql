-- Indexes of the analytics read side (each checked by AnalyticsQueryPlansSpec: no statement reads
-- another user's rows).
-- Most recently recorded warranties: the newest are read straight off the index.
CREATE INDEX warranties_by_owner_created_at ON warranties (user_id, created_at, id);
-- Most expensive purchases in a currency: the top of price × quantity without sorting them all.
CREATE INDEX purchases_by_owner_currency_spent ON purchases (user_id, currency_code, (price * quantity), id);
-- A tax year: the few deductible purchases of a span.
CREATE INDEX purchases_deductible_by_owner_date ON purchases (user_id, purchase_date) WHERE tax_deductible;
-- A category's spelling is that of its newest purchase: found at the end of its run in this index.
DROP INDEX purchases_by_owner_category;
CREATE INDEX purchases_by_owner_category ON purchases (user_id, lower(category), created_at, id);
