package io.spendvault.application.files;

import io.spendvault.application.files.port.out.ThumbnailRenderer;
import io.spendvault.domain.files.port.ThumbnailJobs;
import io.spendvault.domain.storage.BlobKey;
import io.spendvault.domain.storage.ContentHash;
import io.spendvault.domain.storage.port.BlobStore;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Makes thumbnails off the request path: claims a queued job, renders the content's image to a PNG
 * {@value #WIDTH} px wide and stores it under the content's derived key. A failure is retried with
 * exponential backoff; an image that will never render is not.
 */
public class ThumbnailWorker {

    public static final int WIDTH = 64;
    static final int MAX_ATTEMPTS = 5;
    static final Duration LEASE = Duration.ofMinutes(5);
    static final Duration FIRST_RETRY = Duration.ofSeconds(10);

    private final ThumbnailJobs jobs;
    private final BlobStore blobs;
    private final ThumbnailRenderer renderer;
    private final Clock clock;

    public ThumbnailWorker(ThumbnailJobs jobs, BlobStore blobs, ThumbnailRenderer renderer, Clock clock) {
        this.jobs = jobs;
        this.blobs = blobs;
        this.renderer = renderer;
        this.clock = clock;
    }

    /** Processes due jobs until none is left (or {@code max} were done); returns how many were handled. */
    public int drain(int max) {
        int handled = 0;
        while (handled < max && runOnce()) {
            handled++;
        }
        return handled;
    }

    /** Handles one due job; {@code false} when there was none. */
    public boolean runOnce() {
        Optional<ThumbnailJobs.Claim> claim = jobs.claimNext(clock.instant(), LEASE);
        claim.ifPresent(this::process);
        return claim.isPresent();
    }

    private void process(ThumbnailJobs.Claim claim) {
        ContentHash hash = claim.hash();
        try {
            Optional<InputStream> content = blobs.open(BlobKey.content(hash));
            if (content.isEmpty()) {
                jobs.markFailed(hash, "the content no longer exists", clock.instant());
                return;
            }
            // A 64 px PNG is a few KiB: rendering into memory is fine, the source image is streamed.
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            try (InputStream image = content.get()) {
                renderer.render(image, WIDTH, png);
            }
            blobs.storeDerived(BlobKey.derived(hash, FileService.THUMBNAIL_VARIANT), new ByteArrayInputStream(png.toByteArray()));
            jobs.markDone(hash, clock.instant());
        } catch (ThumbnailRenderer.ImageRefusedException e) {
            jobs.markFailed(hash, e.getMessage(), clock.instant());
        } catch (IOException | RuntimeException e) {
            Instant now = clock.instant();
            if (claim.attempt() >= MAX_ATTEMPTS) {
                jobs.markFailed(hash, String.valueOf(e.getMessage()), now);
            } else {
                jobs.retryLater(hash, String.valueOf(e.getMessage()), now.plus(FIRST_RETRY.multipliedBy(1L << (claim.attempt() - 1))));
            }
        }
    }
}
