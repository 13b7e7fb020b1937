package io.spendvault.adapters.storage.bench;

import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.spendvault.adapters.storage.filesystem.FilesystemBlobStore;
import io.spendvault.adapters.storage.s3.S3BlobStore;
import io.spendvault.adapters.storage.s3.S3Settings;
import io.spendvault.application.storage.SignedBlobLinks;
import io.spendvault.application.testsupport.TestSigner;
import io.spendvault.domain.storage.HashingInputStream;
import io.spendvault.domain.storage.StoredBlob;
import io.spendvault.domain.storage.port.BlobStore;
import io.spendvault.domain.storage.testsupport.GeneratedContent;

import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

/**
 * Streams one large blob into each store and back, and reports MB/s and the JVM's peak heap for each
 * phase. Run it through {@code bench/blob-throughput.sh}, which gives the JVM a small heap so that any
 * buffering of whole blobs would fail outright, and runs the S3 server (S3Proxy) in a JVM of its own.
 * Arguments: size in bytes, then optionally the S3 endpoint.
 */
public final class BlobStoreThroughput {

    private static final PrintStream OUT = System.out;

    private BlobStoreThroughput() {
    }

    public static void main(String[] args) throws Exception {
        long size = args.length > 0 ? Long.parseLong(args[0]) : 1024L * 1024 * 1024;
        Path work = Files.createTempDirectory("spendvault-bench-");
        OUT.printf(Locale.ROOT, "blob size %d bytes (%.0f MiB), max heap %d MiB, %d cores%n", size, size / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576, Runtime.getRuntime().availableProcessors());

        SignedBlobLinks links = new SignedBlobLinks(new TestSigner("bench-secret-0123456789abcdef0123456789"), "/api/v1/blob-links/", Clock.systemUTC());
        measure("filesystem", new FilesystemBlobStore(work.resolve("fs"), links, Clock.systemUTC()), size);

        if (args.length > 1) {
            S3Settings settings = new S3Settings(URI.create(args[1]), "us-east-1", "bench", S3ProxyLauncher.ACCESS_KEY,
                    S3ProxyLauncher.SECRET_KEY, true, true, S3Settings.DEFAULT_PART_SIZE, Duration.ofSeconds(5),
                    Duration.ofSeconds(120));
            try (S3BlobStore s3 = new S3BlobStore(settings, Clock.systemUTC()).initialize()) {
                measure("s3 (part size 16 MiB)", s3, size);
                measureRawUpload(settings, size);
            }
        }
        deleteRecursively(work);
    }

    private static void measure(String name, BlobStore store, long size) throws Exception {
        resetPeaks();
        long start = System.nanoTime();
        StoredBlob stored = store.store(new GeneratedContent(size, 1), HashingInputStream.UNLIMITED);
        report(name, "write", size, System.nanoTime() - start);

        resetPeaks();
        start = System.nanoTime();
        try (InputStream in = store.open(stored.key()).orElseThrow()) {
            if (!new HashingInputStream(in, HashingInputStream.UNLIMITED).drain().equals(stored.hash())) {
                throw new IllegalStateException("read back different bytes");
            }
        }
        report(name, "read+verify", size, System.nanoTime() - start);
        store.delete(stored.key());
    }

    /**
     * The multipart upload alone, straight to a key, without the hash-named copy that the store adds:
     * the difference to the store's write is the price of content addressing on S3.
     */
    private static void measureRawUpload(S3Settings settings, long size) throws Exception {
        MinioClient client = MinioClient.builder().endpoint(settings.endpoint().toString()).region(settings.region())
                .credentials(settings.accessKey(), settings.secretKey()).build();
        resetPeaks();
        long start = System.nanoTime();
        client.putObject(PutObjectArgs.builder().bucket(settings.bucket()).object("raw-upload")
                .stream(new GeneratedContent(size, 2), -1L, settings.partSize()).build());
        report("s3 raw multipart upload (no copy)", "write", size, System.nanoTime() - start);
        client.removeObject(RemoveObjectArgs.builder().bucket(settings.bucket()).object("raw-upload").build());
        client.close();
    }

    private static void report(String store, String phase, long size, long nanos) {
        double seconds = nanos / 1e9;
        OUT.printf(Locale.ROOT, "%-32s %-12s %8.1f MB/s  %6.2f s  peak heap %6.1f MiB%n", store, phase,
                size / 1e6 / seconds, seconds, peakHeap() / 1048576.0);
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    /** Sum of the heap pools' peaks since the last reset (an upper bound of the true peak). */
    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    private static void deleteRecursively(Path root) throws Exception {
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
