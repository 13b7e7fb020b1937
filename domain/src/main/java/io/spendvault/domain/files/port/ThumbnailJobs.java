package io.spendvault.domain.files.port;

import io.spendvault.domain.storage.ContentHash;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * The durable queue of thumbnails to make, one job per content (identical uploads share it). Jobs survive
 * restarts, and any number of workers on any number of servers can claim them without taking the same one.
 */
public interface ThumbnailJobs {

    /** Queues a job for this content unless one exists; joins the caller's transaction. */
    void enqueue(ContentHash hash, Instant now);

    /**
     * Claims the oldest job that is due, or whose previous claim expired (its worker died), for
     * {@code lease}. Concurrent claimers never get the same job.
     */
    Optional<Claim> claimNext(Instant now, Duration lease);

    void markDone(ContentHash hash, Instant now);

    /** Puts the job back to be tried again at {@code retryAt}. */
    void retryLater(ContentHash hash, String error, Instant retryAt);

    /** Gives up on the job for good (undecodable or refused image, or too many attempts). */
    void markFailed(ContentHash hash, String error, Instant now);

    /** Which of these contents have a finished thumbnail. */
    Set<ContentHash> done(Collection<ContentHash> hashes);

    /** A claimed job and how many times it has been tried, this time included. */
    record Claim(ContentHash hash, int attempt) {
    }
}
