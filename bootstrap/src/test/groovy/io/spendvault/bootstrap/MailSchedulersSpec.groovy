package io.spendvault.bootstrap

import io.micronaut.context.BeanContext
import io.micronaut.context.event.ShutdownEvent
import io.spendvault.application.notification.OutboxRelay
import io.spendvault.application.notification.ReminderJob
import spock.lang.Specification
import spock.lang.Timeout

/** The background runs of the relay and the reminder job: bounded batches, failures kept inside, nothing after shutdown. */
@Timeout(10)
class MailSchedulersSpec extends Specification {

    /** A relay with {@code due} mails waiting; throws when {@code failure} is set. */
    static class CountingRelay extends OutboxRelay {
        int due
        int calls
        RuntimeException failure

        CountingRelay() {
            super(null, null, null, null, null)
        }

        @Override
        boolean deliverNext() {
            calls++
            if (failure != null) {
                throw failure
            }
            due-- > 0
        }
    }

    static class CountingJob extends ReminderJob {
        int runs
        RuntimeException failure

        CountingJob() {
            super(null, null, null, null, null, null, null, true, null)
        }

        @Override
        int run() {
            runs++
            if (failure != null) {
                throw failure
            }
            1
        }
    }

    def "the relay sends while mails are due, at most a batch per run"() {
        given:
        def few = new CountingRelay(due: 3)
        def many = new CountingRelay(due: 500)

        when:
        new MailRelayScheduler(few).deliver()
        new MailRelayScheduler(many).deliver()

        then:
        few.calls == 4
        many.calls == MailRelayScheduler.BATCH
    }

    def "a failing run (the database is down) is logged, and the next run tries again"() {
        given:
        def relay = new CountingRelay(due: 1, failure: new IllegalStateException('database down'))
        def scheduler = new MailRelayScheduler(relay)
        def job = new CountingJob(failure: new IllegalStateException('database down'))
        def reminders = new ReminderScheduler(job)

        when:
        scheduler.deliver()
        reminders.remind()
        relay.failure = null
        job.failure = null
        scheduler.deliver()
        reminders.remind()

        then:
        relay.calls == 3
        job.runs == 2
    }

    def "after shutdown began, neither starts a run"() {
        given:
        def relay = new CountingRelay(due: 5)
        def job = new CountingJob()
        def scheduler = new MailRelayScheduler(relay)
        def reminders = new ReminderScheduler(job)

        when:
        scheduler.stop(new ShutdownEvent(Stub(BeanContext)))
        reminders.stop(new ShutdownEvent(Stub(BeanContext)))
        scheduler.deliver()
        reminders.remind()

        then:
        relay.calls == 0
        job.runs == 0
    }
}
