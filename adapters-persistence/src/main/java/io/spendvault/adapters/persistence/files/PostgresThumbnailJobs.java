package io.spendvault.adapters.persistence.files;

import io.spendvault.adapters.persistence.common.DatabaseAccess;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.spendvault.domain.files.port.ThumbnailJobs;
import io.spendvault.domain.storage.ContentHash;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** {@link ThumbnailJobs} in PostgreSQL; claiming uses {@code FOR UPDATE SKIP LOCKED}. */
@Singleton
@DatabaseAccess
@Transactional
public class PostgresThumbnailJobs implements ThumbnailJobs {

    private final JdbcOperations jdbc;

    PostgresThumbnailJobs(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void enqueue(ContentHash hash, Instant now) {
        jdbc.prepareStatement("""
                INSERT INTO thumbnail_jobs (content_hash, status, due_at, created_at, updated_at)
                VALUES (?, 'PENDING', ?, ?, ?) ON CONFLICT (content_hash) DO NOTHING""", statement -> {
            statement.setString(1, hash.hex());
            statement.setTimestamp(2, Timestamp.from(now));
            statement.setTimestamp(3, Timestamp.from(now));
            statement.setTimestamp(4, Timestamp.from(now));
            return statement.executeUpdate();
        });
    }

    @Override
    public Optional<Claim> claimNext(Instant now, Duration lease) {
        return jdbc.prepareStatement("""
                UPDATE thumbnail_jobs SET status = 'RUNNING', attempts = attempts + 1, leased_until = ?, updated_at = ?
                WHERE content_hash = (
                    SELECT content_hash FROM thumbnail_jobs
                    WHERE (status = 'PENDING' AND due_at <= ?) OR (status = 'RUNNING' AND leased_until < ?)
                    ORDER BY due_at
                    FOR UPDATE SKIP LOCKED
                    LIMIT 1)
                RETURNING content_hash, attempts""", statement -> {
            Timestamp at = Timestamp.from(now);
            statement.setTimestamp(1, Timestamp.from(now.plus(lease)));
            statement.setTimestamp(2, at);
            statement.setTimestamp(3, at);
            statement.setTimestamp(4, at);
            ResultSet rows = statement.executeQuery();
            return rows.next() ? Optional.of(new Claim(new ContentHash(rows.getString(1)), rows.getInt(2))) : Optional.empty();
        });
    }

    @Override
    public void markDone(ContentHash hash, Instant now) {
        finish(hash, "DONE", null, now);
    }

    @Override
    public void markFailed(ContentHash hash, String error, Instant now) {
        finish(hash, "FAILED", error, now);
    }

    @Override
    public void retryLater(ContentHash hash, String error, Instant retryAt) {
        jdbc.prepareStatement("""
                UPDATE thumbnail_jobs SET status = 'PENDING', due_at = ?, leased_until = NULL, last_error = ?, updated_at = now()
                WHERE content_hash = ?""", statement -> {
            statement.setTimestamp(1, Timestamp.from(retryAt));
            statement.setString(2, error);
            statement.setString(3, hash.hex());
            return statement.executeUpdate();
        });
    }

    @Override
    public Set<ContentHash> done(Collection<ContentHash> hashes) {
        if (hashes.isEmpty()) {
            return Set.of();
        }
        return jdbc.prepareStatement("SELECT content_hash FROM thumbnail_jobs WHERE status = 'DONE' AND content_hash = ANY (?)",
                statement -> {
                    statement.setArray(1, statement.getConnection().createArrayOf("text",
                            hashes.stream().map(ContentHash::hex).distinct().toArray()));
                    ResultSet rows = statement.executeQuery();
                    Set<ContentHash> done = new HashSet<>();
                    while (rows.next()) {
                        done.add(new ContentHash(rows.getString(1)));
                    }
                    return done;
                });
    }

    private void finish(ContentHash hash, String status, String error, Instant now) {
        jdbc.prepareStatement("""
                UPDATE thumbnail_jobs SET status = ?, leased_until = NULL, last_error = ?, updated_at = ? WHERE content_hash = ?""",
                statement -> {
                    statement.setString(1, status);
                    statement.setString(2, error);
                    statement.setTimestamp(3, Timestamp.from(now));
                    statement.setString(4, hash.hex());
                    return statement.executeUpdate();
                });
    }
}
