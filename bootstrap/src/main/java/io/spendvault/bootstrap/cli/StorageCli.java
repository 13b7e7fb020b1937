package io.spendvault.bootstrap.cli;

import io.micronaut.context.ApplicationContext;
import io.spendvault.application.storage.SignedBlobLinks;
import io.spendvault.application.storage.port.in.CollectBlobGarbageUseCase;
import io.spendvault.application.storage.port.in.GarbageCollectionCommand;
import io.spendvault.application.storage.port.in.GarbageCollectionReport;
import io.spendvault.application.storage.port.in.MigrateBlobsUseCase;
import io.spendvault.application.storage.port.in.MigrationReport;
import io.spendvault.application.storage.port.in.VerificationReport;
import io.spendvault.application.storage.port.in.VerifyBlobsUseCase;
import io.spendvault.domain.storage.BlobStorageException;
import io.spendvault.domain.storage.port.BlobStore;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code storage migrate|verify|gc}: operations on the configured blob store, run from the same jar as the
 * server. Exit codes: 0 done, 1 problems found (failed copies, corrupted or missing blobs), 2 wrong usage,
 * 3 a store could not be reached.
 */
public final class StorageCli {

    public static final int OK = 0;
    public static final int PROBLEMS_FOUND = 1;
    public static final int USAGE = 2;
    public static final int STORAGE_UNAVAILABLE = 3;

    static final String USAGE_TEXT = """
            Usage: java -jar spendvault.jar storage <command> [options]

              migrate --to filesystem --to-root DIR
              migrate --to s3 --to-endpoint URL --to-bucket NAME --to-access-key KEY
                      [--to-region REGION] [--to-part-size BYTES] [--to-no-create-bucket] [--to-virtual-host-style]
                  Copy every blob of the configured store to the target, verifying each SHA-256.
                  Safe to re-run: what is already there is skipped. The S3 secret key is read from
                  SPENDVAULT_TARGET_S3_SECRET_KEY.
              verify
                  Re-hash every blob; report corrupted and missing ones (exit 1 if any).
              gc [--grace DURATION] [--delete]
                  List blobs no longer referenced and older than the grace period (default 24h, ISO-8601
                  like PT24H or 24h); with --delete, delete them. Without it nothing is deleted.
            """;

    private final ApplicationContext context;
    private final Map<String, String> environment;
    private final PrintStream out;
    private final PrintStream err;

    public StorageCli(ApplicationContext context, Map<String, String> environment, PrintStream out, PrintStream err) {
        this.context = context;
        this.environment = environment;
        this.out = out;
        this.err = err;
    }

    public int run(List<String> args) {
        try {
            if (args.isEmpty()) {
                throw new CliOptions.UsageException("a command is required");
            }
            List<String> rest = args.subList(1, args.size());
            return switch (args.get(0)) {
                case "migrate" -> migrate(rest);
                case "verify" -> verify(rest);
                case "gc" -> collectGarbage(rest);
                case "help", "--help", "-h" -> {
                    out.print(USAGE_TEXT);
                    yield OK;
                }
                default -> throw new CliOptions.UsageException("unknown command '" + args.get(0) + "'");
            };
        } catch (CliOptions.UsageException e) {
            err.println("error: " + e.getMessage());
            err.print(USAGE_TEXT);
            return USAGE;
        } catch (BlobStorageException e) {
            err.println("error: " + e.getMessage());
            return STORAGE_UNAVAILABLE;
        }
    }

    private int migrate(List<String> args) {
        CliOptions options = CliOptions.parse(args, List.of("to-no-create-bucket", "to-virtual-host-style"));
        options.allowOnly(TargetStores.OPTIONS);
        BlobStore source = context.getBean(BlobStore.class);
        BlobStore target = TargetStores.open(options, environment, context.getBean(SignedBlobLinks.class), context.getBean(Clock.class));
        try {
            out.println("Migrating blobs from " + source.describe() + " to " + target.describe());
            MigrationReport report = context.getBean(MigrateBlobsUseCase.class).migrate(target, new ProgressPrinter(out, "copied"));
            out.printf(Locale.ROOT, "Done in %s: %d copied (%s), %d already there, %d failed.%n",
                    ProgressPrinter.duration(report.elapsed()), report.copied(), ProgressPrinter.bytes(report.bytesCopied()),
                    report.skipped(), report.failures().size());
            report.failures().forEach(failure -> err.println("FAILED " + failure.key() + ": " + failure.reason()));
            return report.succeeded() ? OK : PROBLEMS_FOUND;
        } finally {
            if (target instanceof AutoCloseable closeable) {
                closeQuietly(closeable);
            }
        }
    }

    private int verify(List<String> args) {
        CliOptions.parse(args, List.of()).allowOnly(List.of());
        out.println("Verifying " + context.getBean(BlobStore.class).describe());
        VerificationReport report = context.getBean(VerifyBlobsUseCase.class).verify(new ProgressPrinter(out, "verified"));
        report.corrupted().forEach(key -> err.println("CORRUPTED " + key));
        report.missing().forEach(hash -> err.println("MISSING " + hash));
        out.printf(Locale.ROOT, "Done in %s: %d blobs (%s) checked, %d corrupted, %d missing.%n",
                ProgressPrinter.duration(report.elapsed()), report.checked(), ProgressPrinter.bytes(report.bytesChecked()),
                report.corrupted().size(), report.missing().size());
        return report.healthy() ? OK : PROBLEMS_FOUND;
    }

    private int collectGarbage(List<String> args) {
        CliOptions options = CliOptions.parse(args, List.of("delete"));
        options.allowOnly(List.of("grace", "delete"));
        Duration grace = options.get("grace").map(StorageCli::duration).orElse(Duration.ofHours(24));
        GarbageCollectionCommand command;
        try {
            command = new GarbageCollectionCommand(grace, !options.flag("delete"));
        } catch (IllegalArgumentException e) {
            throw new CliOptions.UsageException(e.getMessage());
        }
        GarbageCollectionReport report = context.getBean(CollectBlobGarbageUseCase.class).collect(command);
        report.collected().forEach(key -> out.println((report.dryRun() ? "would delete " : "deleted ") + key));
        out.printf(Locale.ROOT, "%d blobs examined, %d unreferenced (%s) %s.%n", report.examined(), report.collected().size(),
                ProgressPrinter.bytes(report.bytesCollected()),
                report.dryRun() ? "would be deleted; run again with --delete to delete them" : "deleted");
        if (!report.dryRun()) {
            out.printf(Locale.ROOT, "%d abandoned temporary uploads removed.%n", report.abandonedUploadsRemoved());
        }
        return OK;
    }

    /** {@code PT24H}, or the short forms {@code 24h}, {@code 90m}, {@code 7d}. */
    static Duration duration(String text) {
        try {
            String lower = text.toLowerCase(Locale.ROOT);
            if (lower.matches("\\d+[smhd]")) {
                long amount = Long.parseLong(lower.substring(0, lower.length() - 1));
                return switch (lower.charAt(lower.length() - 1)) {
                    case 's' -> Duration.ofSeconds(amount);
                    case 'm' -> Duration.ofMinutes(amount);
                    case 'h' -> Duration.ofHours(amount);
                    default -> Duration.ofDays(amount);
                };
            }
            return Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw new CliOptions.UsageException("not a duration: '" + text + "' (use e.g. 24h or PT24H)");
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // only releases client threads
        }
    }
}
