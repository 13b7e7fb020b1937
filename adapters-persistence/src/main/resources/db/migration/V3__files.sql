-- Uploaded files. Identical content is one blob shared by several rows: the number of rows with a
-- content_hash is that blob's reference count.

CREATE TABLE files (
    id                uuid        PRIMARY KEY,
    user_id           uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    filename          text        NOT NULL CHECK (length(filename) BETWEEN 1 AND 255),
    original_filename text        NOT NULL,
    content_type      text        NOT NULL,
    file_size         bigint      NOT NULL CHECK (file_size >= 0),
    content_hash      text        NOT NULL CHECK (content_hash ~ '^[0-9a-f]{64}$'),
    description       text        CHECK (length(description) <= 1000),
    upload_date       timestamptz NOT NULL,
    updated_at        timestamptz NOT NULL
);

-- One index per sort order of a user's list, so a page is read straight off an index.
CREATE INDEX files_by_owner_upload_date ON files (user_id, upload_date, id);
CREATE INDEX files_by_owner_filename ON files (user_id, lower(filename), id);
CREATE INDEX files_by_owner_file_size ON files (user_id, file_size, id);
CREATE INDEX files_by_owner_content_type ON files (user_id, content_type text_pattern_ops);
CREATE INDEX files_by_content_hash ON files (content_hash);
-- Case-insensitive substring search in name and description.
CREATE INDEX files_search ON files USING gin ((lower(filename || ' ' || coalesce(description, ''))) gin_trgm_ops);
