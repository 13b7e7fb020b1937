import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The medians of bench/compare.sh: reads the result tables of bench/load.sh kept as {@code new-N.txt} and
 * {@code old-N.txt} in a directory and prints, per scenario and build, the median of every column over the
 * rounds, and the new build's median req/s as a share of the old one's.
 */
public class BenchMedians {

    private static final String[] COLUMNS = {"req/s", "p50 ms", "p99 ms", "errors", "JVM", "PG", "wrk", "RSS MiB", "SQL tps",
            "prep tps"};
    /** Width of the scenario's name in bench/load.sh's table (LoadBench prints it with %-28s). */
    private static final int NAME_WIDTH = 28;

    public static void main(String[] args) throws IOException {
        Path directory = Path.of(args[0]);
        Map<String, Map<String, List<double[]>>> rows = new LinkedHashMap<>(); // scenario → build → rounds
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.sorted().toList()) {
                String build = file.getFileName().toString().replaceAll("-\\d+\\.txt$", "");
                boolean inTable = false;
                for (String line : Files.readAllLines(file)) {
                    if (line.startsWith("scenario ")) {
                        inTable = true;
                        continue;
                    }
                    if (inTable && line.isBlank()) {
                        break;
                    }
                    if (inTable && line.length() > NAME_WIDTH) {
                        // req/s … RSS MiB, then for lists the pgbench ceilings (simple, prepared), each with the share of it
                        String[] numbers = line.substring(NAME_WIDTH).trim().split("\\s+");
                        double[] values = new double[COLUMNS.length];
                        for (int i = 0; i < 8; i++) {
                            values[i] = Double.parseDouble(numbers[i]);
                        }
                        values[8] = numbers.length > 8 ? Double.parseDouble(numbers[8]) : Double.NaN;
                        values[9] = numbers.length > 10 ? Double.parseDouble(numbers[10]) : Double.NaN;
                        rows.computeIfAbsent(line.substring(0, NAME_WIDTH).strip(), k -> new LinkedHashMap<>())
                                .computeIfAbsent(build, k -> new ArrayList<>()).add(values);
                    }
                }
            }
        }
        System.out.printf("%-28s %-5s %6s %9s %8s %8s %7s %6s %6s %6s %9s %9s %9s %9s%n", "scenario", "build", "rounds",
                COLUMNS[0], COLUMNS[1], COLUMNS[2], COLUMNS[3], COLUMNS[4], COLUMNS[5], COLUMNS[6], COLUMNS[7], COLUMNS[8], COLUMNS[9],
                "new/old");
        rows.forEach((scenario, builds) -> {
            for (String build : List.of("new", "old")) {
                List<double[]> rounds = builds.get(build);
                if (rounds == null) {
                    continue;
                }
                double[] median = new double[COLUMNS.length];
                for (int i = 0; i < COLUMNS.length; i++) {
                    median[i] = median(rounds, i);
                }
                String ratio = "";
                if (build.equals("new") && builds.containsKey("old")) {
                    ratio = String.format("%.2f×", median[0] / median(builds.get("old"), 0));
                }
                System.out.printf("%-28s %-5s %6d %9.0f %8.1f %8.1f %7.0f %6.2f %6.2f %6.2f %9.0f %9s %9s %9s%n", scenario, build,
                        rounds.size(), median[0], median[1], median[2], median[3], median[4], median[5], median[6], median[7],
                        Double.isNaN(median[8]) ? "" : String.format("%.0f", median[8]),
                        Double.isNaN(median[9]) ? "" : String.format("%.0f", median[9]), ratio);
            }
        });
    }

    private static double median(List<double[]> rounds, int column) {
        double[] values = rounds.stream().mapToDouble(round -> round[column]).filter(v -> !Double.isNaN(v)).sorted().toArray();
        if (values.length == 0) {
            return Double.NaN;
        }
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}
