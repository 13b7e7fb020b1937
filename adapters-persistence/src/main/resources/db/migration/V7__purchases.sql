-- Purchases and expenses of each user. Money is exact: NUMERIC, never floating point; the application
-- keeps each price at its currency's number of decimals.
CREATE TABLE purchases (
    id                    uuid          PRIMARY KEY,
    user_id               uuid          NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    product_name          text          NOT NULL CHECK (length(product_name) BETWEEN 1 AND 255),
    price                 numeric(19, 4) NOT NULL CHECK (price > 0),
    currency_code         char(3)       NOT NULL CHECK (currency_code ~ '^[A-Z]{3}$'),
    purchase_date         date          NOT NULL,
    category              text          CHECK (length(category) <= 100),
    -- Deleting a vendor with ?detach=true clears the reference; without it the application refuses first.
    retailer_id           uuid          REFERENCES retailers (id) ON DELETE SET NULL,
    brand_id              uuid          REFERENCES brands (id) ON DELETE SET NULL,
    notes                 text          CHECK (length(notes) <= 10000),
    tax_deductible        boolean       NOT NULL DEFAULT false,
    model_number          text          CHECK (length(model_number) <= 100),
    serial_number         text          CHECK (length(serial_number) <= 100),
    retailer_order_number text          CHECK (length(retailer_order_number) <= 100),
    quantity              integer       NOT NULL DEFAULT 1 CHECK (quantity >= 1),
    link                  text          CHECK (length(link) <= 500),
    return_deadline       date,
    return_policy         text          CHECK (length(return_policy) <= 200),
    tags                  text[]        NOT NULL DEFAULT '{}' CHECK (cardinality(tags) <= 20),
    created_at            timestamptz   NOT NULL,
    updated_at            timestamptz   NOT NULL
);

-- One index per sort order of a user's list: a page is read straight off an index, and the count of an
-- unfiltered list is an index-only scan.
CREATE INDEX purchases_by_owner_purchase_date ON purchases (user_id, purchase_date, id);
CREATE INDEX purchases_by_owner_price ON purchases (user_id, price, id);
CREATE INDEX purchases_by_owner_product_name ON purchases (user_id, lower(product_name), id);
CREATE INDEX purchases_by_owner_created_at ON purchases (user_id, created_at, id);
CREATE INDEX purchases_by_owner_category ON purchases (user_id, lower(category));
-- Vendor filters, and the vendor-in-use count and ON DELETE SET NULL of a vendor delete.
CREATE INDEX purchases_by_retailer ON purchases (retailer_id) WHERE retailer_id IS NOT NULL;
CREATE INDEX purchases_by_brand ON purchases (brand_id) WHERE brand_id IS NOT NULL;
CREATE INDEX purchases_by_tag ON purchases USING gin (tags);
-- Case-insensitive substring search over product name, notes, model and serial number.
CREATE INDEX purchases_search ON purchases USING gin ((lower(product_name || ' ' || coalesce(notes, '') || ' '
    || coalesce(model_number, '') || ' ' || coalesce(serial_number, ''))) gin_trgm_ops);

-- Warranty records: the single source of truth for warranty dates (a purchase's warranty_expiry is read
-- from and written to them). They go with their purchase.
CREATE TABLE warranties (
    id             uuid        PRIMARY KEY,
    user_id        uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purchase_id    uuid        NOT NULL REFERENCES purchases (id) ON DELETE CASCADE,
    warranty_start date        NOT NULL,
    warranty_end   date        NOT NULL,
    warranty_type  text        CHECK (length(warranty_type) <= 50),
    provider       text        CHECK (length(provider) <= 255),
    notes          text        CHECK (length(notes) <= 10000),
    -- As recorded; a client always sees EXPIRED once warranty_end has passed (unless VOIDED).
    status         text        NOT NULL CHECK (status IN ('ACTIVE', 'EXPIRED', 'VOIDED')),
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL,
    CHECK (warranty_end >= warranty_start)
);
CREATE INDEX warranties_by_purchase ON warranties (purchase_id);
CREATE INDEX warranties_by_owner_end ON warranties (user_id, warranty_end, id);

-- Files attached to purchases. A link goes with its purchase and with its file. uploaded_for_purchase
-- marks files uploaded through the purchase, which are deleted when their last link goes.
CREATE TABLE purchase_files (
    purchase_id           uuid        NOT NULL REFERENCES purchases (id) ON DELETE CASCADE,
    file_id               uuid        NOT NULL REFERENCES files (id) ON DELETE CASCADE,
    file_type             text        NOT NULL CHECK (file_type IN ('RECEIPT', 'MANUAL', 'PHOTO', 'WARRANTY', 'OTHER')),
    uploaded_for_purchase boolean     NOT NULL,
    attached_at           timestamptz NOT NULL,
    PRIMARY KEY (purchase_id, file_id)
);
CREATE INDEX purchase_files_by_file ON purchase_files (file_id);
