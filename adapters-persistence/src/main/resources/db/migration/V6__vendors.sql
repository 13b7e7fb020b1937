-- Retailers and brands of each user: same shape, separate tables so purchases can reference each with
-- its own foreign key. Names are unique per user ignoring case.
CREATE TABLE retailers (
    id         uuid        PRIMARY KEY,
    user_id    uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name       text        NOT NULL CHECK (length(name) BETWEEN 1 AND 255),
    url        text        CHECK (length(url) <= 255),
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL
);
CREATE UNIQUE INDEX retailers_name_unique ON retailers (user_id, lower(name));
CREATE INDEX retailers_search ON retailers USING gin (lower(name) gin_trgm_ops);

CREATE TABLE brands (
    id         uuid        PRIMARY KEY,
    user_id    uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name       text        NOT NULL CHECK (length(name) BETWEEN 1 AND 255),
    url        text        CHECK (length(url) <= 255),
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL
);
CREATE UNIQUE INDEX brands_name_unique ON brands (user_id, lower(name));
CREATE INDEX brands_search ON brands USING gin (lower(name) gin_trgm_ops);
