package io.spendvault.bootstrap.cli;

import io.spendvault.application.storage.port.in.TransferProgress;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/** Prints progress at most once a second, and always for the last blob. */
final class ProgressPrinter implements TransferProgress.Listener {

    private static final long INTERVAL_NANOS = Duration.ofSeconds(1).toNanos();

    private final PrintStream out;
    private final String verb;
    private long lastPrinted = System.nanoTime() - INTERVAL_NANOS;

    ProgressPrinter(PrintStream out, String verb) {
        this.out = out;
        this.verb = verb;
    }

    @Override
    public void onProgress(TransferProgress progress) {
        long now = System.nanoTime();
        if (now - lastPrinted < INTERVAL_NANOS && progress.done() < progress.total()) {
            return;
        }
        lastPrinted = now;
        out.printf(Locale.ROOT, "%s %d/%d blobs, %s/%s, %s/s, ETA %s%n", verb, progress.done(), progress.total(),
                bytes(progress.bytesDone()), bytes(progress.bytesTotal()), bytes((long) progress.bytesPerSecond()),
                progress.eta().map(ProgressPrinter::duration).orElse("unknown"));
    }

    static String bytes(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }

    static String duration(Duration duration) {
        long seconds = duration.toSeconds();
        return String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }
}
