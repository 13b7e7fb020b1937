package io.spendvault.bootstrap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/**
 * A real PostgreSQL started in-process for the zero-set-up run, keeping its data in a directory so a
 * restart finds everything again. Production points {@code SPENDVAULT_DB_URL} at a managed server instead.
 */
final class EmbeddedDatabase implements AutoCloseable {

    static final String DATABASE = "spendvault";
    private static final String SUPERUSER = "postgres";
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedDatabase start(Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory);
            boolean fresh = !Files.exists(dataDirectory.resolve("PG_VERSION"));
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
            EmbeddedDatabase database = new EmbeddedDatabase(postgres);
            database.createDatabaseIfMissing();
            LOG.info("Embedded PostgreSQL {} data in {} (port {})", fresh ? "created its" : "reuses the",
                    dataDirectory.toAbsolutePath().normalize(), postgres.getPort());
            return database;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        } catch (IllegalStateException e) {
            // zonky locks the directory: another process fails with "could not lock", this one with an overlap
            if (e instanceof OverlappingFileLockException || String.valueOf(e.getMessage()).contains("could not lock")) {
                throw new IllegalStateException("Another process is already using the embedded PostgreSQL in " + dataDirectory
                        + "; stop it, or give this one its own SPENDVAULT_DATA_DIR", e);
            }
            throw e;
        }
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
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
