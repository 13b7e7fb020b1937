import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Exports and imports through the API of a server running with -Xmx256m: a user with {@code count}
 * purchases (bench/BenchData.java) exported as JSON, CSV and ZIP and imported again into fresh users, then
 * a user with {@code gib} GiB of files (64 MiB each, random bytes) exported as a ZIP and imported into a
 * fresh user. Prints for each step the time, the bytes moved and MB/s, and the server's peak resident
 * memory during the step (VmRSS of the server process, sampled every 20 ms).
 */
public final class PortabilityBench {

    private static final long FILE_SIZE = 64L * 1024 * 1024;

    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;
    private final long serverPid;

    private PortabilityBench(String base, long serverPid) {
        this.base = base;
        this.serverPid = serverPid;
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String jdbcUrl = args[1];
        int count = Integer.parseInt(args[2]);
        double gib = Double.parseDouble(args[3]);
        Path work = Path.of(args[4]);
        PortabilityBench bench = new PortabilityBench(base, Long.parseLong(args[5]));
        BenchHttp http = new BenchHttp(base);

        BenchData.BenchUser owner = BenchData.user(http, "exporter");
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
            BenchData.generate(db, count, owner);
        }
        System.out.printf("server resident memory before: %,d MiB%n%n", bench.rss() / (1024 * 1024));
        System.out.println("step                                   seconds        MB     MB/s  peak RSS MiB");

        Path json = work.resolve("export.json");
        Path csv = work.resolve("export.csv");
        Path zip = work.resolve("export.zip");
        bench.step("export json, " + count + " purchases", () -> bench.download("/export/json", owner.token(), json));
        bench.step("export csv, " + count + " purchases", () -> bench.download("/export/csv", owner.token(), csv));
        bench.step("export zip, " + count + " purchases", () -> bench.download("/export/zip", owner.token(), zip));
        String jsonImporter = BenchData.user(http, "json_importer").token();
        bench.step("import json, " + count + " purchases", () -> bench.upload("/import/json", jsonImporter, json));
        bench.step("import json again (all duplicates)", () -> bench.upload("/import/json", jsonImporter, json));
        String csvImporter = BenchData.user(http, "csv_importer").token();
        bench.step("import csv, " + count + " purchases", () -> bench.upload("/import/csv", csvImporter, csv));

        String filesOwner = BenchData.user(http, "files_owner").token();
        int files = (int) Math.ceil(gib * 1024 * 1024 * 1024 / FILE_SIZE);
        bench.step("upload " + files + " files of 64 MiB", () -> {
            long sent = 0;
            for (int i = 0; i < files; i++) {
                sent += bench.uploadFile(filesOwner, "random-" + i + ".pdf", i);
            }
            return sent;
        });
        Path bigZip = work.resolve("files.zip");
        bench.step("export zip, " + files + " files", () -> bench.download("/export/zip", filesOwner, bigZip));
        String zipImporter = BenchData.user(http, "zip_importer").token();
        bench.step("import zip, " + files + " files", () -> bench.upload("/import/zip", zipImporter, bigZip));
        Files.deleteIfExists(bigZip);
    }

    @FunctionalInterface
    interface Step {
        long run() throws Exception;
    }

    /** Runs the step while sampling the server's resident memory; prints time, bytes, MB/s and the peak. */
    private void step(String name, Step step) throws Exception {
        AtomicLong peak = new AtomicLong(rss());
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(rss(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long started = System.nanoTime();
        long bytes = step.run();
        double seconds = (System.nanoTime() - started) / 1e9;
        sampler.interrupt();
        sampler.join();
        System.out.printf("%-36s %8.1f %9.1f %8.1f %13d%n", name, seconds, bytes / 1e6, bytes / 1e6 / seconds,
                peak.get() / (1024 * 1024));
    }

    private long rss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + serverPid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException e) {
            // the server is gone: nothing to sample
        }
        return 0;
    }

    private long download(String path, String token, Path target) throws Exception {
        HttpResponse<Path> response = client.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofFile(target));
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        return Files.size(target);
    }

    /** Posts the file as the multipart {@code file} part, streamed from disk; prints the import's answer. */
    private long upload(String path, String token, Path file) throws Exception {
        String answer = multipart(path, token, file.getFileName().toString(), () -> Files.newInputStream(file));
        System.out.println("    " + answer.replaceAll("\"errors\":\\[.*]", "\"errors\":[…]"));
        return Files.size(file);
    }

    private long uploadFile(String token, String name, int seed) throws Exception {
        multipart("/uploads", token, name, () -> new RandomBytes(FILE_SIZE, seed));
        return FILE_SIZE;
    }

    @FunctionalInterface
    interface Body {
        InputStream open() throws IOException;
    }

    private String multipart(String path, String token, String filename, Body content) throws Exception {
        String boundary = "bench-" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename + "\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
                        HttpRequest.BodyPublishers.ofInputStream(() -> {
                            try {
                                return content.open();
                            } catch (IOException e) {
                                throw new java.io.UncheckedIOException(e);
                            }
                        }), HttpRequest.BodyPublishers.ofByteArray(tail)))
                .build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /** {@code size} pseudo-random bytes that no compressor shrinks, the same for the same seed. */
    private static final class RandomBytes extends InputStream {
        private final SplittableRandom random;
        private long left;

        /** Starts like a PDF, so that the server takes it (a content type it allows, stored uncompressed in a ZIP). */
        private final byte[] head = "%PDF-1.7\n%\u00e2\u00e3\n".getBytes(StandardCharsets.ISO_8859_1);
        private int headLeft = head.length;

        RandomBytes(long size, int seed) {
            this.random = new SplittableRandom(seed);
            this.left = size;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (left == 0) {
                return -1;
            }
            if (headLeft > 0) {
                int n = Math.min(length, headLeft);
                System.arraycopy(head, head.length - headLeft, buffer, offset, n);
                headLeft -= n;
                left -= n;
                return n;
            }
            int n = (int) Math.min(length, left);
            for (int i = 0; i < n; i += 8) {
                long value = random.nextLong();
                for (int j = 0; j < 8 && i + j < n; j++) {
                    buffer[offset + i + j] = (byte) (value >>> (8 * j));
                }
            }
            left -= n;
            return n;
        }
    }
}
