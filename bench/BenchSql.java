import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The SQL behind a request, bare: captured from PostgreSQL's log while statement logging is briefly on
 * ({@code log_min_duration_statement = 0}), then replayed by pgbench as one transaction — timed one by one,
 * or as fast as it goes with many clients (the database's ceiling). Replayed either with the parameters
 * written in as literals (pgbench's simple protocol: every statement parsed and planned each time) or as
 * prepared statements with the parameters bound ({@code -M prepared}: parsed once, planned as the server's
 * own prepared statements are, a generic plan once it wins), which is how the server sends them.
 */
final class BenchSql {

    /**
     * One executed statement: its text with {@code $n} placeholders and the parameters' values as the log
     * writes them (quoted literals or NULL).
     */
    record Executed(String template, Map<String, String> parameters) {

        private static final Pattern PLACEHOLDER = Pattern.compile("\\$(\\d+)");

        /** The statement with its parameters written in. */
        String literal() {
            return PLACEHOLDER.matcher(template).replaceAll(m -> Matcher.quoteReplacement(parameters.getOrDefault(m.group(1), m.group())));
        }

        /** The statement with pgbench variables ({@code :s<i>p<n>}) for its parameters, which {@code variables} is given. */
        String withVariables(int index, List<String> variables) {
            return PLACEHOLDER.matcher(template).replaceAll(m -> {
                String value = parameters.get(m.group(1));
                if (value == null || value.equals("NULL")) {
                    return Matcher.quoteReplacement(value == null ? m.group() : value);
                }
                String name = "s" + index + "p" + m.group(1);
                variables.add(name + "=" + value.substring(1, value.length() - 1).replace("''", "'"));
                return Matcher.quoteReplacement(":" + name);
            });
        }

        @Override
        public String toString() {
            return literal();
        }
    }

    /** Statements of the server's background jobs, which may run while a request is captured. */
    private static final List<String> BACKGROUND = List.of("thumbnail_jobs", "advisory", "notification_outbox");

    /**
     * Statements the capture sees because it waits before its request, but load does not send with it:
     * the pool's check of a connection idle for over half a second (HikariCP's alive-bypass window,
     * Micronaut's validation query {@code SELECT 1}) and the session look-up, which a node remembers for a
     * second (about one per client per second under load). Replaying them would lower the ceiling.
     */
    private static boolean notSentUnderLoad(Executed statement) {
        String sql = statement.template().strip();
        return sql.equals("SELECT 1") || sql.startsWith("SELECT s.expires_at FROM sessions s");
    }

    /** A step that sends requests. */
    interface Requests {
        void send() throws Exception;
    }

    private final String jdbcUrl;
    private final Path serverLog;
    private final List<String> pgbench;
    private final Path work;

    /** {@code pgbench}: the command with its connection options; {@code work}: where scripts and logs go. */
    BenchSql(String jdbcUrl, Path serverLog, List<String> pgbench, Path work) {
        this.jdbcUrl = jdbcUrl;
        this.serverLog = serverLog;
        this.pgbench = pgbench;
        this.work = work;
    }

    /** The statements {@code request} makes the server send, in order, ready to replay. */
    List<Executed> capture(Requests request) throws Exception {
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
            logStatements(db, true);
            long offset = Files.size(serverLog);
            request.send();
            Thread.sleep(100); // the backends have written their lines
            List<String> lines = read(serverLog, offset);
            logStatements(db, false);
            return replayable(lines);
        }
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

    /** The executed statements of the log lines, in order, with their parameters. */
    private static List<Executed> replayable(List<String> lines) {
        List<StringBuilder> executed = new ArrayList<>();
        Map<StringBuilder, Map<String, String>> parametersOf = new java.util.IdentityHashMap<>();
        Map<String, StringBuilder> lastOfBackend = new HashMap<>();
        StringBuilder continued = null; // a statement written over several lines goes on in lines starting with a tab
        for (String line : lines) {
            Matcher parts = LINE.matcher(line);
            if (!parts.matches()) {
                if (continued != null && line.startsWith("\t")) {
                    continued.append(' ').append(line.strip());
                }
                continue;
            }
            continued = null;
            String backend = parts.group(1);
            if (parts.group(2).equals("LOG")) {
                Matcher statement = EXECUTED.matcher(parts.group(3));
                if (statement.find() && !statement.group(1).isBlank()) {
                    StringBuilder sql = new StringBuilder(statement.group(1));
                    executed.add(sql);
                    lastOfBackend.put(backend, sql);
                    continued = sql;
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
                parametersOf.put(sql, values);
            }
        }
        return executed.stream().map(sql -> new Executed(sql.toString(), parametersOf.getOrDefault(sql, Map.of())))
                .filter(statement -> BACKGROUND.stream().noneMatch(statement.template()::contains))
                .filter(statement -> !notSentUnderLoad(statement))
                .toList();
    }

    /** Runs the statements as one transaction, {@code warmUp + runs} times over one connection; the last {@code runs} latencies (ns). */
    long[] latencies(String name, List<Executed> sql, int warmUp, int runs) throws Exception {
        run(name, sql, false, "-t", String.valueOf(warmUp + runs), "-l", "--log-prefix=" + work.resolve(name));
        Path log;
        try (Stream<Path> files = Files.list(work)) {
            log = files.filter(f -> f.getFileName().toString().startsWith(name + ".") && !f.toString().endsWith(".sql"))
                    .findFirst().orElseThrow();
        }
        // per transaction: client, transaction number, latency in µs, script, epoch seconds, µs
        List<String> lines = Files.readAllLines(log);
        long[] latencies = new long[runs];
        for (int i = 0; i < runs; i++) {
            latencies[i] = Long.parseLong(lines.get(warmUp + i).split(" ")[2]) * 1000;
        }
        return latencies;
    }

    /**
     * Transactions per second of the statements with {@code clients} connections on two threads for {@code seconds};
     * {@code prepared}: bound parameters (the server's way) instead of literals.
     */
    double ceiling(String name, List<Executed> sql, boolean prepared, int clients, int seconds) throws Exception {
        String output = run(name, sql, prepared, "-c", String.valueOf(clients), "-j", "2", "-T", String.valueOf(seconds));
        Matcher tps = Pattern.compile("tps = ([\\d.]+)").matcher(output);
        if (!tps.find()) {
            throw new IllegalStateException("no tps in pgbench's output:\n" + output);
        }
        return Double.parseDouble(tps.group(1));
    }

    private String run(String name, List<Executed> sql, boolean prepared, String... options) throws Exception {
        Path script = work.resolve(name + ".sql");
        List<String> variables = new ArrayList<>();
        List<String> text = new ArrayList<>();
        for (int i = 0; i < sql.size(); i++) {
            text.add(prepared ? sql.get(i).withVariables(i, variables) : sql.get(i).literal());
        }
        Files.writeString(script, String.join(";\n", text) + ";\n");
        List<String> command = new ArrayList<>(pgbench);
        command.addAll(List.of("-f", script.toString()));
        if (prepared) {
            command.addAll(List.of("-M", "prepared"));
            variables.forEach(variable -> command.addAll(List.of("-D", variable)));
        }
        command.addAll(List.of(options));
        Process process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("pgbench failed on " + script + ":\n" + output);
        }
        return output;
    }
}
