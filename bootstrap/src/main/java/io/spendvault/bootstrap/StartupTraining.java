package io.spendvault.bootstrap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The build's training run ({@code java -XX:ArchiveClassesAtExit=… -jar spendvault.jar cds-training}): once
 * the server is up it asks itself what a starting server is first asked — readiness, liveness, an API call
 * without a token — and then the JVM exits, writing the classes all that loaded into a class-data archive
 * (AppCDS). A server started with {@code -XX:SharedArchiveFile} maps those classes instead of loading,
 * verifying and linking them from the jar one by one: readiness in about half the time (README).
 */
final class StartupTraining {

    static final String COMMAND = "cds-training";

    private static final Logger LOG = LoggerFactory.getLogger(StartupTraining.class);
    private static final List<String> PATHS = List.of("/api/v1/health/readiness", "/api/v1/health/liveness", "/api/v1/purchases");

    /** What would point the run at real data: it always runs on its own embedded database and secret. */
    private static final Set<String> REAL_DATA = Set.of("SPENDVAULT_DB_URL", "SPENDVAULT_DB_USER", "SPENDVAULT_DB_PASSWORD",
            "SPENDVAULT_SECRET", "SPENDVAULT_PRODUCTION");

    private StartupTraining() {
    }

    /**
     * The environment without what would point the run at real data: a developer whose shell points at a
     * shared database must not have the build migrate it.
     */
    static Map<String, String> isolated(Map<String, String> environment) {
        Map<String, String> isolated = new HashMap<>(environment);
        isolated.keySet().removeAll(REAL_DATA);
        return isolated;
    }

    /** Sends the first requests to the server at {@code base}; answers that are not 2xx or 401 are logged, not fatal. */
    static void askFirstQuestions(URI base) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (String path : PATHS) {
            try {
                HttpResponse<Void> answer = client.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                        .build(), HttpResponse.BodyHandlers.discarding());
                LOG.info("Training run: GET {} answered {}", path, answer.statusCode());
            } catch (Exception e) {
                LOG.warn("Training run: GET {} failed: {}", path, e.toString());
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
