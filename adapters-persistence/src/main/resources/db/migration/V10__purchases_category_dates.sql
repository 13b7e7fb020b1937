-- A category over a span of dates (the list's most common filter pair): the count reads only the matching
-- index entries (no heap visits for the dates), and the default order (purchase date) comes off the index.
CREATE INDEX purchases_by_owner_category_date ON purchases (user_id, lower(category), purchase_date, id);
