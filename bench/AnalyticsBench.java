import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Times every analytics endpoint over HTTP and, next to it, the SQL the endpoint sends, run bare by pgbench
 * on the same database (the ratio is the application's overhead: HTTP, security, JDBC round trips, JSON).
 * The SQL of one request is read from PostgreSQL's log ({@link BenchSql}) and replayed as one pgbench
 * transaction.
 *
 * Run through bench/analytics.sh; arguments: API base URL, JDBC URL, purchases per user, PostgreSQL's log
 * file, the pgbench command (connection options included), a work directory.
 */
public class AnalyticsBench {

    /** Requests to each endpoint just before its timed ones. */
    private static final int WARM_UP = 20;
    /** Rounds over every endpoint before the first is timed: the code all of them share is compiled by then. */
    private static final int WARM_UP_ROUNDS = Integer.parseInt(System.getenv().getOrDefault("WARMUP_ROUNDS", "20"));
    private static final int RUNS = 30;
    private static final double GOAL_P95_MS = 50;
    private static final double GOAL_RATIO = 1.5;

    public static void main(String[] args) throws Exception {
        BenchHttp http = new BenchHttp(args[0]);
        String jdbcUrl = args[1];
        int count = Integer.parseInt(args[2]);
        Path serverLog = Path.of(args[3]);
        List<String> pgbench = List.of(args[4].split(" "));
        Path work = Path.of(args[5]);

        BenchData.BenchUser bench = BenchData.user(http, "bench");
        BenchData.BenchUser other = BenchData.user(http, "other");
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
            BenchData.generate(db, count, bench, other);
        }

        int year = LocalDate.now(ZoneOffset.UTC).getYear();
        Map<String, String> endpoints = new LinkedHashMap<>();
        endpoints.put("summary", "/analytics/summary");
        endpoints.put("summary, one year", "/analytics/summary?date_from=" + (year - 1) + "-01-01&date_to=" + (year - 1) + "-12-31");
        endpoints.put("spending, 12 months", "/analytics/spending");
        endpoints.put("spending, 120 months", "/analytics/spending?months=120");
        endpoints.put("by-period, weeks of a year", "/analytics/spending/by-period?start_date=" + (year - 1) + "-01-01&end_date="
                + (year - 1) + "-12-31&group_by=week");
        endpoints.put("by-period, days of 10 years", "/analytics/spending/by-period?start_date=" + (year - 10) + "-01-01&end_date="
                + (year - 1) + "-12-31&group_by=day");
        endpoints.put("categories", "/analytics/categories");
        endpoints.put("retailers", "/analytics/retailers");
        endpoints.put("brands", "/analytics/brands?limit=100");
        endpoints.put("top-products", "/analytics/top-products");
        endpoints.put("expensive-purchases", "/analytics/expensive-purchases");
        endpoints.put("recent-purchases", "/analytics/recent-purchases");
        endpoints.put("recent-warranties", "/analytics/recent-warranties");
        endpoints.put("warranties/summary", "/analytics/warranties/summary");
        endpoints.put("warranties/timeline", "/analytics/warranties/timeline");
        endpoints.put("tax, last year", "/analytics/tax?year=" + (year - 1));
        endpoints.put("tax, EUR", "/analytics/tax?year=" + (year - 1) + "&currency=EUR");

        // the JIT needs the code paths hot before anything is timed
        for (int round = 0; round < 3; round++) {
            for (String path : endpoints.values()) {
                for (int i = 0; i < 10; i++) {
                    http.get(path, bench.token());
                }
            }
        }

        BenchSql sql = new BenchSql(jdbcUrl, serverLog, pgbench, work);
        Map<String, List<BenchSql.Executed>> statements = new LinkedHashMap<>();
        for (Map.Entry<String, String> endpoint : endpoints.entrySet()) {
            statements.put(endpoint.getKey(), sql.capture(() -> http.get(endpoint.getValue(), bench.token())));
        }

        System.out.printf("%-30s %5s %12s %12s %12s %12s %9s  %s%n", "GET /api/v1/…", "SQL", "HTTP p50 ms", "HTTP p95 ms",
                "SQL p50 ms", "SQL p95 ms", "p95 ratio", "goal (p95 ≤ 50 ms, ≤ 1.5× SQL)");
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            for (String path : endpoints.values()) {
                http.get(path, bench.token());
            }
        }
        int index = 0;
        for (Map.Entry<String, String> endpoint : endpoints.entrySet()) {
            long[] times = new long[RUNS];
            for (int i = 0; i < WARM_UP + RUNS; i++) {
                long start = System.nanoTime();
                http.get(endpoint.getValue(), bench.token());
                if (i >= WARM_UP) {
                    times[i - WARM_UP] = System.nanoTime() - start;
                }
            }
            double[] api = BenchHttp.medianAndP95(times);
            List<BenchSql.Executed> sent = statements.get(endpoint.getKey());
            double[] bare = BenchHttp.medianAndP95(sql.latencies("endpoint-" + index++, sent, WARM_UP, RUNS));
            double ratio = api[1] / bare[1];
            System.out.printf("%-30s %5d %12.1f %12.1f %12.1f %12.1f %9.2f  %s%n", endpoint.getKey(), sent.size(), api[0], api[1],
                    bare[0], bare[1], ratio, api[1] <= GOAL_P95_MS && ratio <= GOAL_RATIO ? "met" : "MISSED");
        }
        System.out.println();
        System.out.println("SQL: the statements one request sends (session check, settings, BEGIN … COMMIT included), "
                + "as one pgbench transaction over one connection.");
    }
}
