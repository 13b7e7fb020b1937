package io.spendvault.bootstrap;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import io.spendvault.application.notification.ReminderJob;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.locks.ReentrantLock;

/**
 * Runs the reminder job every interval (an hour by default) on every instance: the job itself does a day's
 * work once (the day's run is recorded) and each reminder once (its unique key), so running it often and
 * on several nodes is safe, and a server that was down catches up.
 */
@Singleton
@Requires(property = "spendvault.reminders.enabled", notEquals = "false")
class ReminderScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderScheduler.class);

    private final ReminderJob job;
    private final ReentrantLock running = new ReentrantLock();
    private volatile boolean stopping;

    ReminderScheduler(ReminderJob job) {
        this.job = job;
    }

    @Scheduled(fixedDelay = "${spendvault.reminders.interval:1h}", initialDelay = "${spendvault.reminders.initial-delay:1m}")
    void remind() {
        if (stopping || !running.tryLock()) {
            return;
        }
        try {
            int mails = job.run();
            if (mails > 0) {
                LOG.info("Queued {} reminder mails", mails);
            }
        } catch (RuntimeException e) {
            LOG.warn("Reminder run failed, next run tries again: {}", e.getMessage());
        } finally {
            running.unlock();
        }
    }

    @EventListener
    void stop(ShutdownEvent event) {
        stopping = true;
        running.lock();
        running.unlock();
    }
}
