package io.spendvault.domain.files.testsupport

import io.spendvault.domain.files.port.ThumbnailJobs
import io.spendvault.domain.storage.ContentHash

import java.time.Duration
import java.time.Instant

/** The thumbnail queue in memory, for application specs. */
class InMemoryThumbnailJobs implements ThumbnailJobs {

    static class Job {
        ContentHash hash
        String status = 'PENDING'
        int attempts
        Instant dueAt
        Instant leasedUntil
        String lastError
    }

    final Map<ContentHash, Job> jobs = new LinkedHashMap<>()

    @Override
    synchronized void enqueue(ContentHash hash, Instant now) {
        jobs.putIfAbsent(hash, new Job(hash: hash, dueAt: now))
    }

    @Override
    synchronized Optional<Claim> claimNext(Instant now, Duration lease) {
        def job = jobs.values().find {
            (it.status == 'PENDING' && !it.dueAt.isAfter(now)) || (it.status == 'RUNNING' && it.leasedUntil.isBefore(now))
        }
        if (job == null) {
            return Optional.empty()
        }
        job.status = 'RUNNING'
        job.attempts++
        job.leasedUntil = now + lease
        Optional.of(new Claim(job.hash, job.attempts))
    }

    @Override
    synchronized void markDone(ContentHash hash, Instant now) { jobs[hash].status = 'DONE' }

    @Override
    synchronized void retryLater(ContentHash hash, String error, Instant retryAt) {
        jobs[hash].with { status = 'PENDING'; dueAt = retryAt; lastError = error }
    }

    @Override
    synchronized void markFailed(ContentHash hash, String error, Instant now) {
        jobs[hash].with { status = 'FAILED'; lastError = error }
    }

    @Override
    synchronized Set<ContentHash> done(Collection<ContentHash> hashes) {
        hashes.findAll { jobs[it]?.status == 'DONE' } as Set
    }
}
