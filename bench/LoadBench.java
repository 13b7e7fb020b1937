import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Throughput under load: each scenario is driven by wrk (2 threads, 32 connections; login with 8) after a
 * warm-up, and reported as req/s, p50, p99, errors, the CPU the JVM, PostgreSQL and wrk used (cores, from
 * /proc), and the server's peak RSS. Next to each list, the ceiling of its own SQL: the statements one
 * request sends, replayed by pgbench with 32 clients (the app-to-database ratio).
 *
 * Run through bench/load.sh; arguments: API base URL, JDBC URL, PostgreSQL's log file, the pgbench command,
 * a work directory, the server's pid, the wrk Lua script, seconds of warm-up.
 */
public class LoadBench {

    private static final int CONNECTIONS = 32;
    private static final int SECONDS = 15;
    private static final double CLOCK_TICKS = 100; // USER_HZ of /proc/<pid>/stat on Linux

    record Scenario(String name, String method, String path, String token, String body, int connections, boolean list) {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        BenchHttp http = new BenchHttp(base);
        String jdbcUrl = args[1];
        BenchSql sql = new BenchSql(jdbcUrl, Path.of(args[2]), List.of(args[3].split(" ")), Path.of(args[4]));
        long server = Long.parseLong(args[5]);
        String script = args[6];
        int warmUp = Integer.parseInt(args[7]);

        BenchData.BenchUser big = BenchData.user(http, "big");
        BenchData.BenchUser small = BenchData.user(http, "small");
        BenchData.BenchUser writer = BenchData.user(http, "writer");
        String purchaseId;
        String writersPurchase;
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
            BenchData.generate(db, 100_000, big);
            BenchData.generate(db, 20, small);
            BenchData.generate(db, 20, writer);
            purchaseId = first(db, "SELECT id FROM purchases WHERE user_id = '" + big.id() + "' ORDER BY created_at LIMIT 1 OFFSET 5000");
            writersPurchase = first(db, "SELECT id FROM purchases WHERE user_id = '" + writer.id() + "' LIMIT 1");
        }
        String created = "{\"product_name\": \"Bench kettle\", \"price\": \"24.99\", \"currency_code\": \"EUR\", "
                + "\"purchase_date\": \"2025-06-01\", \"category\": \"Kitchen\", \"quantity\": 2, \"tags\": [\"bench\"]}";
        String login = "{\"username\": \"small\", \"password\": \"" + BenchData.PASSWORD + "\"}";
        // the middle of the big list: by page number (OFFSET skips 50,000 rows) and by cursor (reads on from a key)
        String middlePage = http.get("/purchases?size=20&page=2499", big.token());
        String middle = middlePage.contains("\"next_after\"") ? BenchHttp.field(middlePage, "next_after") : null;
        List<Scenario> all = new java.util.ArrayList<>(List.of(
                new Scenario("list of 20, user with 20", "GET", "/purchases?size=20", small.token(), null, CONNECTIONS, true),
                new Scenario("list of 20, user with 100k", "GET", "/purchases?size=20", big.token(), null, CONNECTIONS, true),
                new Scenario("page 2,500 of 100k by number", "GET", "/purchases?size=20&page=2500", big.token(), null, CONNECTIONS, true),
                new Scenario("page 2,500 of 100k by cursor", "GET", "/purchases?size=20&after=" + middle, big.token(), null, CONNECTIONS,
                        true),
                new Scenario("filtered (category + year)", "GET", "/purchases?category=Kitchen&date_from=2022-01-01&date_to=2022-12-31",
                        big.token(), null, CONNECTIONS, true),
                new Scenario("search=drill", "GET", "/purchases?search=drill", big.token(), null, CONNECTIONS, true),
                new Scenario("GET /purchases/{id}", "GET", "/purchases/" + purchaseId, big.token(), null, CONNECTIONS, false),
                new Scenario("GET /uploads", "GET", "/uploads", small.token(), null, CONNECTIONS, true),
                new Scenario("GET /users/me", "GET", "/users/me", small.token(), null, CONNECTIONS, false),
                new Scenario("analytics summary, 100k", "GET", "/analytics/summary", big.token(), null, CONNECTIONS, false),
                new Scenario("POST /purchases", "POST", "/purchases", writer.token(), created, CONNECTIONS, false),
                new Scenario("PATCH /purchases/{id}", "PATCH", "/purchases/" + writersPurchase, writer.token(),
                        "{\"notes\": \"patched by the bench\"}", CONNECTIONS, false),
                new Scenario("login (8 clients)", "POST", "/auth/login", null, login, 8, false)));
        if (middle == null) {
            all.removeIf(scenario -> scenario.path().contains("after=null")); // a server from before keyset paging
        }

        // ONLY=list,login runs the scenarios whose names contain one of the words
        String only = System.getenv().getOrDefault("ONLY", "");
        List<Scenario> scenarios = only.isBlank() ? all : all.stream()
                .filter(s -> java.util.Arrays.stream(only.split(",")).anyMatch(word -> s.name().contains(word.strip())))
                .toList();

        System.out.printf("warming up for %d s …%n", warmUp);
        wrk(base, all.get(1), script, warmUp, server);
        for (Scenario scenario : scenarios) {
            settle(jdbcUrl);
            wrk(base, scenario, script, Math.max(3, warmUp / 10), server);
        }

        // JFR=1 records a CPU profile of the server during each measured scenario, with JFR's default settings
        // (sampling every 20 ms; "profile" halved throughput). JFR.start deoptimises compiled code: profiles, not figures.
        boolean profiling = "1".equals(System.getenv("JFR"));
        Map<String, Path> profiles = new java.util.LinkedHashMap<>();
        Path work = Path.of(args[4]);
        System.out.printf("%n%-28s %9s %8s %8s %7s %6s %6s %6s %9s %10s %7s %9s %7s%n", "scenario", "req/s", "p50 ms", "p99 ms",
                "errors", "JVM", "PG", "wrk", "RSS MiB", "SQL tps", "of SQL", "prep tps", "of prep");
        for (Scenario scenario : scenarios) {
            settle(jdbcUrl);
            Path recording = profiling ? work.resolve("profile-" + scenarios.indexOf(scenario) + ".jfr") : null;
            if (profiling) {
                jcmd(server, "JFR.start", "name=bench", "settings=default", "filename=" + recording);
            }
            Result result = wrk(base, scenario, script, SECONDS, server);
            if (profiling) {
                jcmd(server, "JFR.stop", "name=bench");
                profiles.put(scenario.name(), recording);
            }
            String ceiling = "";
            String share = "";
            String preparedCeiling = "";
            String preparedShare = "";
            if (scenario.list()) {
                List<BenchSql.Executed> statements = sql.capture(() -> http.get(scenario.path(), scenario.token()));
                double tps = sql.ceiling("ceiling-" + scenarios.indexOf(scenario), statements, false, CONNECTIONS, 10);
                ceiling = String.format("%.0f", tps);
                share = String.format("%.0f%%", 100 * result.perSecond() / tps);
                double prepared = sql.ceiling("prepared-" + scenarios.indexOf(scenario), statements, true, CONNECTIONS, 10);
                preparedCeiling = String.format("%.0f", prepared);
                preparedShare = String.format("%.0f%%", 100 * result.perSecond() / prepared);
            }
            System.out.printf("%-28s %9.0f %8.1f %8.1f %7d %6.2f %6.2f %6.2f %9.0f %10s %7s %9s %7s%n", scenario.name(),
                    result.perSecond(), result.p50Ms(), result.p99Ms(), result.errors(), result.jvmCores(), result.postgresCores(),
                    result.wrkCores(), result.peakRssMiB(), ceiling, share, preparedCeiling, preparedShare);
        }
        System.out.println();
        System.out.println("CPU in cores (of 2) over the scenario; SQL tps: the statements of one request in pgbench, 32 clients,"
                + " parameters written in (simple protocol: planned every time); prep tps: the same prepared, parameters bound"
                + " (-M prepared: the server's way, generic plans reused); of SQL / of prep: req/s as a share of each.");
        System.out.println("statements of one list request (user with 100k):");
        sql.capture(() -> http.get(all.get(1).path(), big.token())).forEach(s -> System.out.println("  " + s));
        for (Map.Entry<String, Path> profile : profiles.entrySet()) {
            System.out.printf("%nJFR profile of %s (%s):%n", profile.getKey(), profile.getValue());
            BenchProfile.print(profile.getValue(), 12);
        }
    }

    record Result(double perSecond, double p50Ms, double p99Ms, long errors, double jvmCores, double postgresCores, double wrkCores,
                  double peakRssMiB) {
    }

    private static final Pattern RESULT = Pattern.compile("RESULT (\\d+) (\\d+) (\\d+) (\\d+) (\\d+)");

    /** Runs wrk on one scenario, sampling the CPU of the server, PostgreSQL and wrk itself while it runs. */
    private static Result wrk(String base, Scenario scenario, String script, int seconds, long server) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("wrk", "-t2", "-c" + scenario.connections(), "-d" + seconds + "s", "--latency",
                "-s", script, base + scenario.path()).redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment.put("BENCH_METHOD", scenario.method());
        environment.put("BENCH_TOKEN", scenario.token() == null ? "" : scenario.token());
        environment.put("BENCH_BODY", scenario.body() == null ? "" : scenario.body());
        long jvmBefore = ticks(server);
        long postgresBefore = postgresTicks();
        long started = System.nanoTime();
        Process wrk = builder.start();
        long wrkTicks = 0;
        long peakRss = 0;
        while (wrk.isAlive()) {
            wrkTicks = Math.max(wrkTicks, ticks(wrk.pid()));
            peakRss = Math.max(peakRss, rssKiB(server));
            Thread.sleep(200);
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        double jvm = (ticks(server) - jvmBefore) / CLOCK_TICKS / elapsed;
        double postgres = (postgresTicks() - postgresBefore) / CLOCK_TICKS / elapsed;
        String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        Matcher result = RESULT.matcher(output);
        if (wrk.waitFor() != 0 || !result.find()) {
            throw new IllegalStateException("wrk failed on " + scenario.name() + ":\n" + output);
        }
        double requests = Long.parseLong(result.group(1));
        double micros = Long.parseLong(result.group(2));
        return new Result(requests / (micros / 1e6), Long.parseLong(result.group(3)) / 1000.0, Long.parseLong(result.group(4)) / 1000.0,
                Long.parseLong(result.group(5)), jvm, postgres, wrkTicks / CLOCK_TICKS / elapsed, peakRss / 1024.0);
    }

    /**
     * Waits (at most a minute) until PostgreSQL runs no statement of the server: a slow scenario's statements outlive
     * wrk, and the next scenario would otherwise meet a busy database and a drained pool (its first seconds failing).
     */
    private static void settle(String jdbcUrl) throws Exception {
        long started = System.nanoTime();
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
            while (System.nanoTime() - started < 60e9) {
                ResultSet busy = db.createStatement().executeQuery("SELECT count(*) FROM pg_stat_activity WHERE state = 'active' "
                        + "AND backend_type = 'client backend' AND pid <> pg_backend_pid()");
                busy.next();
                if (busy.getLong(1) == 0) {
                    break;
                }
                Thread.sleep(100);
            }
        }
        double waited = (System.nanoTime() - started) / 1e9;
        if (waited > 1) {
            System.out.printf("  (waited %.1f s for PostgreSQL to finish the previous scenario's statements)%n", waited);
        }
    }

    /** User + system CPU of a process (and its reaped children) in clock ticks; 0 once it is gone. */
    private static long ticks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime (fields 14, 15)
        } catch (Exception gone) {
            return 0;
        }
    }

    /** The CPU of every PostgreSQL process, including the backends that ended (their ticks go to the postmaster's cutime). */
    private static long postgresTicks() throws Exception {
        long total = 0;
        try (var processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    if (Files.readString(process.resolve("comm")).strip().equals("postgres")) {
                        String stat = Files.readString(process.resolve("stat"));
                        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        total += Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13])
                                + Long.parseLong(fields[14]);
                    }
                } catch (Exception gone) {
                    // ended while listed
                }
            }
        }
        return total;
    }

    private static long rssKiB(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (Exception gone) {
            // not running
        }
        return 0;
    }

    private static void jcmd(long pid, String... command) throws Exception {
        List<String> line = new java.util.ArrayList<>(List.of("jcmd", Long.toString(pid)));
        line.addAll(List.of(command));
        Process jcmd = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (jcmd.waitFor() != 0) {
            throw new IllegalStateException("jcmd " + String.join(" ", command) + " failed:\n" + output);
        }
    }

    private static String first(Connection db, String query) throws Exception {
        ResultSet row = db.createStatement().executeQuery(query);
        row.next();
        return row.getString(1);
    }
}
