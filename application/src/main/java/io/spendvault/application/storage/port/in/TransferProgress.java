package io.spendvault.application.storage.port.in;

import java.time.Duration;
import java.util.Optional;

/** How far a pass over all blobs has come, with its rate and the time it still needs. */
public record TransferProgress(long done, long total, long bytesDone, long bytesTotal, Duration elapsed) {

    /** Bytes per second so far; 0 at the very start. */
    public double bytesPerSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds > 0 ? bytesDone / seconds : 0;
    }

    /** Estimated time to finish at the current rate; empty until there is a rate. */
    public Optional<Duration> eta() {
        double rate = bytesPerSecond();
        if (rate <= 0) {
            return bytesDone >= bytesTotal && done >= total ? Optional.of(Duration.ZERO) : Optional.empty();
        }
        return Optional.of(Duration.ofMillis((long) ((bytesTotal - bytesDone) / rate * 1000)));
    }

    /** Receives progress after each blob. */
    @FunctionalInterface
    public interface Listener {
        void onProgress(TransferProgress progress);

        Listener NONE = progress -> { };
    }
}
