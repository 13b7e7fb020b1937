package io.spendvault.bootstrap;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.spendvault.bootstrap.cli.Console;
import io.spendvault.bootstrap.cli.StorageCli;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Starts Spendvault, or runs an ops command ({@code storage …}) with the same configuration, or the build's
 * start-up training run ({@code cds-training}, see {@link StartupTraining}). Without
 * {@code SPENDVAULT_DB_URL} it runs on an embedded PostgreSQL under the data directory, and the server
 * shows its API docs: the zero-set-up development run.
 */
public final class Application {

    private static final Logger LOG = LoggerFactory.getLogger(Application.class);
    /** The exit status of a start refused for its configuration (sysexits' EX_CONFIG). */
    static final int EXIT_CONFIGURATION = 78;

    private Application() {
    }

    public static void main(String[] args) {
        boolean training = args.length > 0 && StartupTraining.COMMAND.equals(args[0]);
        Map<String, String> environment = training ? StartupTraining.isolated(System.getenv()) : System.getenv();
        if (args.length > 0 && "storage".equals(args[0])) {
            System.exit(runStorageCommand(Arrays.asList(args).subList(1, args.length), environment));
        }
        Optional<String> unsafe = ProductionSafetyCheck.problem(
                "true".equalsIgnoreCase(strip(environment.get("SPENDVAULT_PRODUCTION"))), environment.get("SPENDVAULT_SECRET"));
        if (unsafe.isPresent()) {
            // before anything starts, the database included: one line for the operator, no stack trace
            LOG.error("Not starting: {}", unsafe.get());
            System.exit(EXIT_CONFIGURATION);
        }
        Map<String, Object> properties = new HashMap<>();
        if (!provideSecret(environment, properties)) {
            System.exit(EXIT_CONFIGURATION);
        }
        EmbeddedDatabase embedded = startEmbeddedDatabaseIfNeeded(environment, properties);
        Shutdown shutdown = new Shutdown(embedded);
        Runtime.getRuntime().addShutdownHook(new Thread(shutdown, "spendvault-shutdown"));
        if (embedded != null && isBlank(environment.get("SPENDVAULT_API_DOCS_ENABLED"))) {
            properties.put("spendvault.api-docs.enabled", true);
        }
        ApplicationContext context = startServer(training ? new String[0] : args, properties, shutdown);
        EmbeddedServer server = context.getBean(EmbeddedServer.class);
        LOG.info("Spendvault is listening on {}", server.getURL());
        if (training) {
            StartupTraining.askFirstQuestions(server.getURI());
            System.exit(0); // the shutdown hook stops the server and the database; the JVM then writes its archive
        }
    }

    private static ApplicationContext startServer(String[] args, Map<String, Object> properties, Shutdown shutdown) {
        try {
            ApplicationContext context = ApplicationContext.builder(Application.class).args(args).properties(properties).build();
            shutdown.context = context;
            context.start();
            context.getBean(EmbeddedServer.class).start();
            return context;
        } catch (RuntimeException e) {
            // Stop what did start, so a failed start leaves no database process behind.
            shutdown.run();
            throw e;
        }
    }

    /** Ops commands run in an application context without the HTTP server. */
    private static int runStorageCommand(List<String> args, Map<String, String> environment) {
        Map<String, Object> properties = new HashMap<>();
        if (!provideSecret(environment, properties)) {
            return EXIT_CONFIGURATION;
        }
        // the server makes thumbnails and sweeps, not ops commands
        properties.put("spendvault.thumbnails.worker-enabled", false);
        properties.put("spendvault.storage.abandoned-uploads.sweep-enabled", false);
        EmbeddedDatabase embedded = startEmbeddedDatabaseIfNeeded(environment, properties);
        try (ApplicationContext context = ApplicationContext.builder(Application.class).properties(properties).start()) {
            return new StorageCli(context, environment, Console.out(), Console.err()).run(args);
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }

    /**
     * The secret that signs tokens and links: {@code SPENDVAULT_SECRET}, or for a single node on the embedded
     * database the one kept in its data directory (made on the first start). An external database means
     * nodes that must share one secret, so there it has to be given; without it nothing starts.
     */
    private static boolean provideSecret(Map<String, String> environment, Map<String, Object> properties) {
        if (!isBlank(environment.get("SPENDVAULT_SECRET"))) {
            return true;
        }
        if (!isBlank(environment.get("SPENDVAULT_DB_URL"))) {
            LOG.error("Not starting: SPENDVAULT_SECRET must be set when the database is external (every node must sign "
                    + "with the same secret; for example: openssl rand -base64 48)");
            return false;
        }
        properties.put("spendvault.secret", ServerSecret.loadOrCreate(dataDir(environment)));
        return true;
    }

    private static Path dataDir(Map<String, String> environment) {
        return Path.of(environment.getOrDefault("SPENDVAULT_DATA_DIR", "./data"));
    }

    /** Starts the embedded PostgreSQL unless an external one is configured, and points the data source at it. */
    private static EmbeddedDatabase startEmbeddedDatabaseIfNeeded(Map<String, String> environment, Map<String, Object> properties) {
        if (!isBlank(environment.get("SPENDVAULT_DB_URL"))) {
            return null;
        }
        EmbeddedDatabase embedded = EmbeddedDatabase.start(dataDir(environment).resolve("postgres"));
        properties.putAll(embedded.dataSourceProperties());
        return embedded;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    /**
     * Stops the server and its beans first, then the database they were using; registered as soon as the
     * database runs, so that even a stop during start-up leaves no database process behind. Runs once.
     */
    private static final class Shutdown implements Runnable {
        private final EmbeddedDatabase embedded;
        private final AtomicBoolean done = new AtomicBoolean();
        private volatile ApplicationContext context;

        private Shutdown(EmbeddedDatabase embedded) {
            this.embedded = embedded;
        }

        @Override
        public void run() {
            if (!done.compareAndSet(false, true)) {
                return;
            }
            ApplicationContext running = context;
            if (running != null && running.isRunning()) {
                running.close();
            }
            if (embedded != null) {
                embedded.close();
            }
            LOG.info("Spendvault stopped");
        }
    }
}
