package io.spendvault.bootstrap;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import io.spendvault.application.notification.OutboxRelay;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.locks.ReentrantLock;

/**
 * Sends the outbox's due mails in the background of every instance that has an SMTP server; the outbox's
 * row locks keep two instances from sending the same mail. Stops before the database closes on shutdown.
 */
@Singleton
@Requires(bean = OutboxRelay.class)
@Requires(property = "spendvault.mail.relay-enabled", notEquals = "false")
class MailRelayScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(MailRelayScheduler.class);
    static final int BATCH = 50;

    private final OutboxRelay relay;
    private final ReentrantLock running = new ReentrantLock();
    private volatile boolean stopping;

    MailRelayScheduler(OutboxRelay relay) {
        this.relay = relay;
    }

    @Scheduled(fixedDelay = "${spendvault.mail.poll-interval:5s}", initialDelay = "2s")
    void deliver() {
        if (stopping || !running.tryLock()) {
            return;
        }
        try {
            int handled = 0;
            while (handled < BATCH && !stopping && relay.deliverNext()) {
                handled++;
            }
            if (handled > 0) {
                LOG.debug("Handled {} outbox mails", handled);
            }
        } catch (RuntimeException e) {
            // The database is down: the mails stay queued and the next run tries again.
            LOG.warn("Mail relay run failed: {}", e.getMessage());
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
