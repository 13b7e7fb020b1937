package io.spendvault.bootstrap;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Starts Spendvault. Without {@code SPENDVAULT_DB_URL} it runs on an embedded PostgreSQL under the data
 * directory, with API docs on: the zero-set-up development run.
 */
public final class Application {

    private static final Logger LOG = LoggerFactory.getLogger(Application.class);

    private Application() {
    }

    public static void main(String[] args) {
        Map<String, String> environment = System.getenv();
        Map<String, Object> properties = new HashMap<>();
        EmbeddedDatabase embedded = null;
        if (isBlank(environment.get("SPENDVAULT_DB_URL"))) {
            Path dataDir = Path.of(environment.getOrDefault("SPENDVAULT_DATA_DIR", "./data"));
            embedded = EmbeddedDatabase.start(dataDir.resolve("postgres"));
            properties.putAll(embedded.dataSourceProperties());
            if (isBlank(environment.get("SPENDVAULT_API_DOCS_ENABLED"))) {
                properties.put("spendvault.api-docs.enabled", true);
            }
        }
        ApplicationContext context = startServer(args, properties, embedded);
        EmbeddedServer server = context.getBean(EmbeddedServer.class);
        LOG.info("Spendvault is listening on {}", server.getURL());
    }

    private static ApplicationContext startServer(String[] args, Map<String, Object> properties, EmbeddedDatabase embedded) {
        ApplicationContext context = null;
        try {
            context = ApplicationContext.builder(Application.class)
                    .args(args)
                    .properties(properties)
                    .start();
            context.getBean(EmbeddedServer.class).start();
            Runtime.getRuntime().addShutdownHook(new Thread(new Shutdown(context, embedded), "spendvault-shutdown"));
            return context;
        } catch (RuntimeException e) {
            // Stop what did start, so a failed start leaves no database process behind.
            new Shutdown(context, embedded).run();
            throw e;
        }
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
