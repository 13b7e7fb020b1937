import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Times every analytics endpoint over HTTP and, next to it, the SQL the endpoint sends, run bare by pgbench
 * on the same database (the ratio is the application's overhead: HTTP, security, JDBC round trips, JSON).
 * The SQL of one request is read from PostgreSQL's log while statement logging is briefly on, with the
 * parameters it was bound with, and replayed as one pgbench transaction.
 *
 * Run through bench/analytics.sh; arguments: API base URL, JDBC URL, purchases per user, PostgreSQL's log
 * file, the pgbench command (connection options included), a work directory.
 */
public class AnalyticsBench {

    private static final int WARM_UP = 5;
    private static final int RUNS = 30;
    private static final double GOAL_P95_MS = 50;
    private static final double GOAL_RATIO = 1.5;
    /** Statements of the server's background jobs, which may run while a request is captured. */
    private static final List<String> BACKGROUND = List.of("thumbnail_jobs", "advisory", "notification_outbox");

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

        Map<String, List<String>> statements = new LinkedHashMap<>();
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
            logStatements(db, true);
            for (Map.Entry<String, String> endpoint : endpoints.entrySet()) {
                long offset = Files.size(serverLog);
                http.get(endpoint.getValue(), bench.token());
                Thread.sleep(100); // the backends have written their lines
                statements.put(endpoint.getKey(), replayable(read(serverLog, offset)));
            }
            logStatements(db, false);
        }

        System.out.printf("%-30s %5s %12s %12s %12s %12s %9s  %s%n", "GET /api/v1/…", "SQL", "HTTP p50 ms", "HTTP p95 ms",
                "SQL p50 ms", "SQL p95 ms", "p95 ratio", "goal (p95 ≤ 50 ms, ≤ 1.5× SQL)");
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
            List<String> sql = statements.get(endpoint.getKey());
            double[] bare = BenchHttp.medianAndP95(pgbench(pgbench, work, "endpoint-" + index++, sql));
            double ratio = api[1] / bare[1];
            System.out.printf("%-30s %5d %12.1f %12.1f %12.1f %12.1f %9.2f  %s%n", endpoint.getKey(), sql.size(), api[0], api[1],
                    bare[0], bare[1], ratio, api[1] <= GOAL_P95_MS && ratio <= GOAL_RATIO ? "met" : "MISSED");
        }
        System.out.println();
        System.out.println("SQL: the statements one request sends (session check, settings, BEGIN … COMMIT included), "
                + "as one pgbench transaction over one connection.");
    }

    private static void logStatements(Connection db, boolean on) throws Exception {
        try (Statement statement = db.createStatement()) {
            statement.execute(on ? "ALTER SYSTEM SET log_min_duration_statement = 0" : "ALTER SYSTEM RESET log_min_duration_statement");
            statement.execute("SELECT pg_reload_conf()");
        }
        Thread.sleep(500); // every backend has read the new setting
    }

    private static List<String> read(Path file, long offset) throws IOException {
        try (RandomAccessFile log = new RandomAccessFile(file.toFile(), "r")) {
            log.seek(offset);
            byte[] bytes = new byte[(int) (log.length() - offset)];
            log.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8).lines().toList();
        }
    }

    private static final Pattern LINE = Pattern.compile("^\\S+ \\S+ \\S+ \\[(\\d+)\\] (LOG|DETAIL):  (.*)$");
    private static final Pattern EXECUTED = Pattern.compile("duration: [\\d.]+ ms  (?:execute [^:]*|statement): (.*)$");
    private static final Pattern PARAMETER = Pattern.compile("\\$(\\d+) = ('(?:[^']|'')*'|NULL)");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$(\\d+)");

    /** The executed statements of the log lines, in order, with their parameters written in as literals. */
    private static List<String> replayable(List<String> lines) {
        List<StringBuilder> executed = new ArrayList<>();
        Map<String, StringBuilder> lastOfBackend = new HashMap<>();
        for (String line : lines) {
            Matcher parts = LINE.matcher(line);
            if (!parts.matches()) {
                continue;
            }
            String backend = parts.group(1);
            if (parts.group(2).equals("LOG")) {
                Matcher statement = EXECUTED.matcher(parts.group(3));
                if (statement.find() && !statement.group(1).isBlank()) {
                    StringBuilder sql = new StringBuilder(statement.group(1));
                    executed.add(sql);
                    lastOfBackend.put(backend, sql);
                } else {
                    lastOfBackend.remove(backend); // a parse or bind line: its parameters are not the executed ones
                }
            } else if (parts.group(3).startsWith("parameters: ") && lastOfBackend.containsKey(backend)) {
                StringBuilder sql = lastOfBackend.remove(backend);
                Map<String, String> values = new HashMap<>();
                Matcher parameter = PARAMETER.matcher(parts.group(3));
                while (parameter.find()) {
                    values.put(parameter.group(1), parameter.group(2));
                }
                String bound = PLACEHOLDER.matcher(sql).replaceAll(m -> Matcher.quoteReplacement(values.get(m.group(1))));
                sql.setLength(0);
                sql.append(bound);
            }
        }
        return executed.stream().map(StringBuilder::toString)
                .filter(sql -> BACKGROUND.stream().noneMatch(sql::contains))
                .toList();
    }

    /** Runs the statements as one transaction script, WARM_UP + RUNS times over one connection; the RUNS latencies. */
    private static long[] pgbench(List<String> command, Path work, String name, List<String> sql) throws Exception {
        Path script = work.resolve(name + ".sql");
        Files.writeString(script, String.join(";\n", sql) + ";\n");
        List<String> run = new ArrayList<>(command);
        run.addAll(List.of("-f", script.toString(), "-t", String.valueOf(WARM_UP + RUNS), "-l", "--log-prefix=" + work.resolve(name)));
        Process process = new ProcessBuilder(run).directory(work.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("pgbench failed on " + script + ":\n" + output);
        }
        Path log;
        try (Stream<Path> files = Files.list(work)) {
            log = files.filter(f -> f.getFileName().toString().startsWith(name + ".") && !f.toString().endsWith(".sql"))
                    .findFirst().orElseThrow();
        }
        // per transaction: client, transaction number, latency in µs, script, epoch seconds, µs
        List<String> lines = Files.readAllLines(log);
        long[] latencies = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            latencies[i] = Long.parseLong(lines.get(WARM_UP + i).split(" ")[2]) * 1000;
        }
        return latencies;
    }
}
