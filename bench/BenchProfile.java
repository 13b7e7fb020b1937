import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A short reading of a JFR recording (bench/load.sh with JFR=1): of the CPU samples, the share in which
 * each area of the server is on the stack (inclusive: an interceptor around a controller counts everything
 * under it), the share each area itself spent (exclusive: the innermost area on the stack; packages outside
 * the list are named by their first three parts), and the methods most often on top of it (self).
 */
public class BenchProfile {

    /** Areas by package prefix; a sample counts for every area that appears anywhere in its stack. */
    private static final Map<String, List<String>> AREAS = new LinkedHashMap<>();

    static {
        AREAS.put("our controllers, services, repositories", List.of("io.spendvault."));
        AREAS.put("PostgreSQL JDBC driver", List.of("org.postgresql."));
        AREAS.put("Hikari pool", List.of("com.zaxxer.hikari."));
        AREAS.put("JWT (Nimbus)", List.of("com.nimbusds."));
        AREAS.put("Micronaut security", List.of("io.micronaut.security."));
        AREAS.put("JSON (Micronaut serde, Jackson core)", List.of("io.micronaut.serde.", "com.fasterxml.jackson."));
        AREAS.put("bean validation", List.of("io.micronaut.validation."));
        AREAS.put("transactions / connections", List.of("io.micronaut.transaction.", "io.micronaut.data.connection."));
        AREAS.put("logging", List.of("ch.qos.logback.", "org.slf4j."));
        AREAS.put("Netty", List.of("io.netty."));
    }

    public static void main(String[] args) throws IOException {
        print(Path.of(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : 12);
    }

    static void print(Path recording, int top) throws IOException {
        int samples = 0;
        Map<String, Integer> areas = new LinkedHashMap<>();
        Map<String, Integer> self = new TreeMap<>();
        Map<String, Integer> own = new LinkedHashMap<>();
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            if (frames.isEmpty()) {
                continue;
            }
            samples++;
            self.merge(name(frames.get(0)), 1, Integer::sum);
            Set<String> seen = new HashSet<>();
            for (RecordedFrame frame : frames) {
                String type = frame.getMethod().getType().getName();
                AREAS.forEach((area, prefixes) -> {
                    if (prefixes.stream().anyMatch(type::startsWith)) {
                        seen.add(area);
                    }
                });
            }
            seen.forEach(area -> areas.merge(area, 1, Integer::sum));
            own.merge(innermostArea(frames), 1, Integer::sum);
        }
        int total = samples;
        System.out.printf("  %d CPU samples; inclusive by area:%n", total);
        AREAS.keySet().forEach(area -> System.out.printf("    %5.1f %%  %s%n", 100.0 * areas.getOrDefault(area, 0) / Math.max(1, total), area));
        System.out.println("  exclusive by area (the innermost area on the stack; JDK frames count for their caller):");
        own.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(entry -> System.out.printf("    %5.1f %%  %s%n", 100.0 * entry.getValue() / Math.max(1, total), entry.getKey()));
        System.out.println("  most often on top of the stack (self):");
        self.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .collect(Collectors.toList())
                .forEach(entry -> System.out.printf("    %5.1f %%  %s%n", 100.0 * entry.getValue() / Math.max(1, total), entry.getKey()));
    }

    /** The area of the frame nearest the top of the stack that belongs to one; "other" when none does. */
    private static String innermostArea(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            String type = frame.getMethod().getType().getName();
            for (Map.Entry<String, List<String>> area : AREAS.entrySet()) {
                if (area.getValue().stream().anyMatch(type::startsWith)) {
                    return area.getKey();
                }
            }
            if (!type.startsWith("java.") && !type.startsWith("jdk.") && !type.startsWith("sun.")) {
                String[] parts = type.split("\\.");
                return "other: " + String.join(".", Arrays.asList(parts).subList(0, Math.min(3, parts.length - 1)));
            }
        }
        return "JDK only";
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }
}
