package io.spendvault.adapters.persistence.files;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import io.spendvault.adapters.persistence.common.DatabaseAccess;
import io.spendvault.adapters.persistence.common.RowCursor;
import io.spendvault.adapters.persistence.common.SqlFilter;
import io.spendvault.domain.common.Page;
import io.spendvault.domain.files.FileId;
import io.spendvault.domain.files.FileQuery;
import io.spendvault.domain.files.StoredFile;
import io.spendvault.domain.files.port.FileRepository;
import io.spendvault.domain.identity.UserId;
import io.spendvault.domain.storage.ContentHash;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * {@link FileRepository} on PostgreSQL, in plain SQL: listing combines optional filters with one of three
 * orders, each backed by its own index, and search uses a trigram index.
 */
@Singleton
@DatabaseAccess
@Transactional // every call joins the caller's transaction, or runs in its own
public class PostgresFileRepository implements FileRepository {

    private static final String COLUMNS =
            "id, user_id, filename, original_filename, content_type, file_size, content_hash, description, upload_date, updated_at";

    private final JdbcOperations jdbc;

    PostgresFileRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(StoredFile file) {
        jdbc.prepareStatement("INSERT INTO files (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", statement -> {
            bind(statement, file);
            return statement.executeUpdate();
        });
    }

    @Override
    public void update(StoredFile file) {
        jdbc.prepareStatement("UPDATE files SET filename = ?, description = ?, updated_at = ? WHERE id = ?", statement -> {
            statement.setString(1, file.filename());
            statement.setString(2, file.description());
            statement.setTimestamp(3, Timestamp.from(file.updatedAt()));
            statement.setObject(4, file.id().value());
            return statement.executeUpdate();
        });
    }

    @Override
    public Optional<StoredFile> findById(FileId id) {
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM files WHERE id = ?", statement -> {
            statement.setObject(1, id.value());
            return first(statement.executeQuery());
        });
    }

    @Override
    public Optional<StoredFile> delete(FileId id) {
        return jdbc.prepareStatement("DELETE FROM files WHERE id = ? RETURNING " + COLUMNS, statement -> {
            statement.setObject(1, id.value());
            return first(statement.executeQuery());
        });
    }

    @Override
    @Transactional(propagation = TransactionDefinition.Propagation.SUPPORTS) // one statement: no BEGIN/COMMIT of its own
    public Page<StoredFile> list(UserId owner, FileQuery query) {
        SqlFilter filter = SqlFilter.where("user_id = ?", owner.value());
        if (query.search() != null) {
            filter.and("lower(filename || ' ' || coalesce(description, '')) LIKE ? ESCAPE '\\'", SqlFilter.containing(query.search()));
        }
        if (query.contentType() != null) {
            if (query.contentTypeIsPrefix()) {
                filter.and("content_type LIKE ? ESCAPE '\\'", SqlFilter.prefix(query.contentType()));
            } else {
                filter.and("content_type = ?", query.contentType());
            }
        }
        String direction = " " + query.sort().direction();
        String order = switch (query.sort().by()) {
            case FILENAME -> "lower(filename)" + direction + ", id" + direction;
            case FILE_SIZE -> "file_size" + direction + ", id" + direction;
            case UPLOAD_DATE -> "upload_date" + direction + ", id" + direction;
        };
        return filter.page(jdbc, "files", "SELECT " + COLUMNS + " FROM files", order, query.page(), PostgresFileRepository::map);
    }

    @Override
    public long countReferences(ContentHash hash) {
        return jdbc.prepareStatement("SELECT count(*) FROM files WHERE content_hash = ?", statement -> {
            statement.setString(1, hash.hex());
            ResultSet rows = statement.executeQuery();
            rows.next();
            return rows.getLong(1);
        });
    }

    @Override
    public Map<ContentHash, Long> countReferences(Collection<ContentHash> hashes) {
        if (hashes.isEmpty()) {
            return Map.of();
        }
        String sql = "SELECT content_hash, count(*) FROM files WHERE content_hash = ANY (?) GROUP BY content_hash";
        return jdbc.prepareStatement(sql, statement -> {
            statement.setArray(1, statement.getConnection().createArrayOf("text",
                    hashes.stream().map(ContentHash::hex).distinct().toArray()));
            ResultSet rows = statement.executeQuery();
            Map<ContentHash, Long> counts = new HashMap<>();
            while (rows.next()) {
                counts.put(new ContentHash(rows.getString(1)), rows.getLong(2));
            }
            return counts;
        });
    }

    @Override
    public Stream<ContentHash> referencedHashes() {
        // Hashes are 64 bytes each: even a million distinct contents fit comfortably in memory.
        List<ContentHash> hashes = jdbc.prepareStatement("SELECT DISTINCT content_hash FROM files", statement -> {
            ResultSet rows = statement.executeQuery();
            List<ContentHash> result = new ArrayList<>();
            while (rows.next()) {
                result.add(new ContentHash(rows.getString(1)));
            }
            return result;
        });
        return hashes.stream();
    }

    @Override
    @Transactional(propagation = TransactionDefinition.Propagation.SUPPORTS) // one statement: no BEGIN/COMMIT of its own
    public Usage usageOf(UserId owner) {
        return jdbc.prepareStatement("SELECT count(*), coalesce(sum(file_size), 0) FROM files WHERE user_id = ?", statement -> {
            statement.setObject(1, owner.value());
            ResultSet rows = statement.executeQuery();
            rows.next();
            return new Usage(rows.getLong(1), rows.getLong(2));
        });
    }

    @Override
    public Optional<StoredFile> findByContent(UserId owner, ContentHash hash) {
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM files WHERE content_hash = ? AND user_id = ? "
                + "ORDER BY upload_date, id LIMIT 1", statement -> {
            statement.setString(1, hash.hex());
            statement.setObject(2, owner.value());
            return first(statement.executeQuery());
        });
    }

    @Override
    public void forEachOf(UserId owner, Consumer<StoredFile> each) {
        RowCursor.forEach(jdbc, "SELECT " + COLUMNS + " FROM files WHERE user_id = ? ORDER BY upload_date, id", owner.value(),
                PostgresFileRepository::map, each);
    }

    @Override
    public List<ContentHash> deleteAllOf(UserId owner) {
        return jdbc.prepareStatement("DELETE FROM files WHERE user_id = ? RETURNING content_hash", statement -> {
            statement.setObject(1, owner.value());
            ResultSet rows = statement.executeQuery();
            List<ContentHash> hashes = new ArrayList<>();
            while (rows.next()) {
                hashes.add(new ContentHash(rows.getString(1)));
            }
            return hashes;
        });
    }

    @Override
    public void lockContent(ContentHash hash) {
        jdbc.prepareStatement("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))", statement -> {
            statement.setString(1, "content:" + hash.hex());
            return statement.executeQuery().next();
        });
    }

    @Override
    public void lockOwner(UserId owner) {
        jdbc.prepareStatement("SELECT 1 FROM users WHERE id = ? FOR UPDATE", statement -> {
            statement.setObject(1, owner.value());
            return statement.executeQuery().next();
        });
    }

    private static void bind(PreparedStatement statement, StoredFile file) throws SQLException {
        statement.setObject(1, file.id().value());
        statement.setObject(2, file.owner().value());
        statement.setString(3, file.filename());
        statement.setString(4, file.originalFilename());
        statement.setString(5, file.contentType());
        statement.setLong(6, file.size());
        statement.setString(7, file.hash().hex());
        statement.setString(8, file.description());
        statement.setTimestamp(9, Timestamp.from(file.uploadDate()));
        statement.setTimestamp(10, Timestamp.from(file.updatedAt()));
    }

    private static Optional<StoredFile> first(ResultSet rows) throws SQLException {
        return rows.next() ? Optional.of(map(rows)) : Optional.empty();
    }

    private static StoredFile map(ResultSet row) throws SQLException {
        return new StoredFile(new FileId(row.getObject("id", UUID.class)), new UserId(row.getObject("user_id", UUID.class)),
                row.getString("filename"), row.getString("original_filename"), row.getString("content_type"),
                row.getLong("file_size"), new ContentHash(row.getString("content_hash")), row.getString("description"),
                row.getTimestamp("upload_date").toInstant(), row.getTimestamp("updated_at").toInstant());
    }
}
