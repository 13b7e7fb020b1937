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

/**
 * Starts Spendvault, or runs an ops command ({@code storage …}) with the same configuration. Without
 * {@code SPENDVAULT_DB_URL} it runs on an embedded PostgreSQL under the data directory, and the server
 * shows its API docs: the zero-set-up development run.
 */
public final class Application {

    private static final Logger LOG = LoggerFactory.getLogger(Application.class);

    private Application() {
    }

    public static void main(String[] args) {
        Map<String, String> environment = System.getenv();
        if (args.length > 0 && "storage".equals(args[0])) {
            System.exit(runStorageCommand(Arrays.asList(args).subList(1, args.length), environment));
        }
        Map<String, Object> properties = new HashMap<>();
        EmbeddedDatabase embedded = startEmbeddedDatabaseIfNeeded(environment, properties);
        if (embedded != null && isBlank(environment.get("SPENDVAULT_API_DOCS_ENABLED"))) {
            properties.put("spendvault.api-docs.enabled", true);
        }
        ApplicationContext context = startServer(args, properties, embedded);
        LOG.info("Spendvault is listening on {}", context.getBean(EmbeddedServer.class).getURL());
    }

    private static ApplicationContext startServer(String[] args, Map<String, Object> properties, EmbeddedDatabase embedded) {
        ApplicationContext context = null;
        try {
            context = ApplicationContext.builder(Application.class).args(args).properties(properties).start();
            context.getBean(EmbeddedServer.class).start();
            Runtime.getRuntime().addShutdownHook(new Thread(new Shutdown(context, embedded), "spendvault-shutdown"));
            return context;
        } catch (RuntimeException e) {
            // Stop what did start, so a failed start leaves no database process behind.
            new Shutdown(context, embedded).run();
            throw e;
        }
    }

    /** Ops commands run in an application context without the HTTP server. */
    private static int runStorageCommand(List<String> args, Map<String, String> environment) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("spendvault.thumbnails.worker-enabled", false); // the server makes thumbnails, not ops commands
        EmbeddedDatabase embedded = startEmbeddedDatabaseIfNeeded(environment, properties);
        try (ApplicationContext context = ApplicationContext.builder(Application.class).properties(properties).start()) {
            return new StorageCli(context, environment, Console.out(), Console.err()).run(args);
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }

    /** Starts the embedded PostgreSQL unless an external one is configured, and points the data source at it. */
    private static EmbeddedDatabase startEmbeddedDatabaseIfNeeded(Map<String, String> environment, Map<String, Object> properties) {
        if (!isBlank(environment.get("SPENDVAULT_DB_URL"))) {
            return null;
        }
        Path dataDir = Path.of(environment.getOrDefault("SPENDVAULT_DATA_DIR", "./data"));
        EmbeddedDatabase embedded = EmbeddedDatabase.start(dataDir.resolve("postgres"));
        properties.putAll(embedded.dataSourceProperties());
        return embedded;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** Stops the server and its beans first, then the database they were using. */
    private record Shutdown(ApplicationContext context, EmbeddedDatabase embedded) implements Runnable {
        @Override
        public void run() {
            if (context != null && context.isRunning()) {
                context.close();
            }
            if (embedded != null) {
                embedded.close();
            }
            LOG.info("Spendvault stopped");
        }
    }
}
