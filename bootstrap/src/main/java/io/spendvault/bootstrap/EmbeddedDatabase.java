package io.spendvault.bootstrap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * A real PostgreSQL started in-process for the zero-set-up run, keeping its data in a directory so a
 * restart finds everything again. Production points {@code SPENDVAULT_DB_URL} at a managed server instead.
 */
final class EmbeddedDatabase implements AutoCloseable {

    static final String DATABASE = "spendvault";
    private static final String SUPERUSER = "postgres";
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);

    /** zonky's lock on the data directory, held by the JVM that runs its server (released when that JVM dies). */
    private static final String LOCK_FILE = "epg-lock";
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final EmbeddedPostgres postgres;
    /** Stops the server if this JVM dies without closing it; referenced so its pipe stays open while we live. */
    private final Optional<Process> watcher;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Optional<Process> watcher) {
        this.postgres = postgres;
        this.watcher = watcher;
    }

    static EmbeddedDatabase start(Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory);
            boolean fresh = !Files.exists(dataDirectory.resolve("PG_VERSION"));
            stopServerLeftBehind(dataDirectory);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    // zonky tunes for throw-away test databases; this one keeps real data.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("max_connections", "50")
                    // Stopped by the application after its context (see Application): a hook of its own would
                    // race with the context's shutdown and stop the database under running requests.
                    .setRegisterShutdownHook(false)
                    .start();
            Optional<Process> watcher = Postmaster.of(dataDirectory).flatMap(Postmaster::watchOverLifeOf);
            EmbeddedDatabase database = new EmbeddedDatabase(postgres, watcher);
            database.createDatabaseIfMissing();
            LOG.info("Embedded PostgreSQL {} data in {} (port {})", fresh ? "created its" : "reuses the",
                    dataDirectory.toAbsolutePath().normalize(), postgres.getPort());
            return database;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        } catch (IllegalStateException e) {
            // zonky locks the directory: another process fails with "could not lock", this one with an overlap
            if (e instanceof OverlappingFileLockException || String.valueOf(e.getMessage()).contains("could not lock")) {
                throw alreadyInUse(dataDirectory, e);
            }
            throw e;
        }
    }

    /**
     * A JVM killed with its server running (kill -9, power cut) leaves that server behind, and PostgreSQL
     * refuses a second one on the same directory. Such a leftover is ours to stop when no live process holds
     * the directory's lock; a server whose owner is alive is another Spendvault's, and stays untouched.
     */
    private static void stopServerLeftBehind(Path dataDirectory) {
        if (!Files.exists(dataDirectory.resolve("postmaster.pid"))) {
            return;
        }
        if (!lockIsFree(dataDirectory)) {
            throw alreadyInUse(dataDirectory, null);
        }
        Postmaster.of(dataDirectory).ifPresent(leftover -> {
            LOG.warn("Stopping the PostgreSQL server (PID {}) that a previous run left behind in {}", leftover.pid(), dataDirectory);
            leftover.stop(STOP_TIMEOUT);
        });
    }

    private static boolean lockIsFree(Path dataDirectory) {
        try (FileChannel channel = FileChannel.open(dataDirectory.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            return lock != null;
        } catch (OverlappingFileLockException e) {
            return false; // held by this very JVM
        } catch (IOException e) {
            throw new UncheckedIOException("Could not check the lock of " + dataDirectory, e);
        }
    }

    private static IllegalStateException alreadyInUse(Path dataDirectory, Exception cause) {
        return new IllegalStateException("Another process is already using the embedded PostgreSQL in " + dataDirectory
                + "; stop it, or give this one its own SPENDVAULT_DATA_DIR", cause);
    }

    /** Data source properties that point Micronaut at this server. */
    Map<String, Object> dataSourceProperties() {
        return Map.of(
                "datasources.default.url", postgres.getJdbcUrl(SUPERUSER, DATABASE),
                "datasources.default.username", SUPERUSER,
                "datasources.default.password", "");
    }

    private void createDatabaseIfMissing() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             var exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, DATABASE);
            if (!exists.executeQuery().next()) {
                try (var create = connection.createStatement()) {
                    create.execute("CREATE DATABASE " + DATABASE);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database '" + DATABASE + "'", e);
        }
    }

    @Override
    public void close() {
        // the watcher first: it must not race the normal stop below
        watcher.ifPresent(Process::destroy);
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
