package io.spendvault.application.notification

import io.spendvault.domain.identity.User
import io.spendvault.domain.notification.DueReminder
import io.spendvault.domain.notification.NotificationKind
import io.spendvault.domain.notification.ReminderKind
import io.spendvault.domain.settings.CurrencyCode
import io.spendvault.domain.settings.DateFormat
import io.spendvault.domain.settings.UserSettings
import spock.lang.Specification

import java.time.Duration
import java.time.Instant
import java.time.LocalDate
import java.util.concurrent.Callable
import java.util.concurrent.Executors

class ReminderJobSpec extends Specification {

    def fixture = new NotificationFixture()
    def job = fixture.job
    def outbox = fixture.outbox
    def reminders = fixture.reminders

    /** A candidate of {@code user}: {@code kind} ends {@code inDays} days after today, reminded {@code daysBefore} ahead. */
    private DueReminder due(User user, ReminderKind kind, String product, int inDays, int daysBefore, UUID item = UUID.randomUUID()) {
        def reminder = new DueReminder(user.id(), kind, item, UUID.randomUUID(), product, fixture.today().plusDays(inDays), daysBefore,
                new BigDecimal('1245.5'), new CurrencyCode('EUR'))
        reminders.candidates << reminder
        reminder
    }

    private List mailsOf(User user) {
        outbox.mails.values().findAll { it.user() == user.id() }
    }

    def "one mail per user lists all of that user's dates due today, and each is recorded"() {
        given:
        def ada = fixture.user('ada')
        def grace = fixture.user('grace')
        fixture.settings.save(new UserSettings(ada.id(), new CurrencyCode('EUR'), DateFormat.DD_MM_YYYY_DOTS))
        due(ada, ReminderKind.WARRANTY, 'Fridge', 30, 30)
        due(ada, ReminderKind.RETURN, 'Kettle <XL>', 3, 3)
        due(grace, ReminderKind.WARRANTY, 'Laptop', 7, 7)
        due(grace, ReminderKind.WARRANTY, 'Phone', 8, 7) // due tomorrow, not today

        when:
        def mails = job.run()

        then:
        mails == 2
        mailsOf(ada).size() == 1
        with(mailsOf(ada)[0]) {
            kind() == NotificationKind.REMINDER
            recipient() == 'ada@example.com'
            subject() == 'Reminder: 2 dates coming up in Spendvault'
            textBody().contains('- Fridge, 1,245.50 EUR: warranty ends 15.07.2026 (in 30 days)')
            textBody().contains('- Kettle <XL>, 1,245.50 EUR: last day to return 18.06.2026 (in 3 days)')
            htmlBody().contains('Kettle &lt;XL&gt;')
            !htmlBody().contains('Kettle <XL>')
            textBody().contains('https://vault.example.com/unsubscribe?token=')
        }
        with(mailsOf(grace)[0]) {
            subject() == 'Warranty ends in 7 days: Laptop'
            !textBody().contains('Phone')
        }
        reminders.sent.size() == 3
    }

    def "a second run on the same day writes nothing, and neither does a run after a crash that left the day unfinished"() {
        given:
        def ada = fixture.user('ada')
        due(ada, ReminderKind.WARRANTY, 'Fridge', 7, 7)
        job.run()

        expect:
        job.run() == 0

        when: 'the day is not marked finished (the run died after writing its mails)'
        reminders.completedRuns.clear()

        then:
        job.run() == 0
        mailsOf(ada).size() == 1
    }

    def "two runs at once write each reminder once"() {
        given:
        def users = (1..20).collect { fixture.user("user$it") }
        users.each { due(it, ReminderKind.WARRANTY, 'Fridge', 30, 30) }
        def pool = Executors.newFixedThreadPool(2)

        when:
        def runs = (1..2).collect { pool.submit({ job.run() } as Callable<Integer>) }*.get()

        then:
        runs.sum() == 20
        users.every { mailsOf(it).size() == 1 }

        cleanup:
        pool.shutdownNow()
    }

    def "days the job did not run are caught up for dates still ahead, each item listed once"() {
        given:
        def ada = fixture.user('ada')
        reminders.completedRuns << fixture.today().minusDays(3)
        def fridge = UUID.randomUUID()
        due(ada, ReminderKind.WARRANTY, 'Fridge', 5, 7, fridge)   // its day was two days ago
        due(ada, ReminderKind.WARRANTY, 'Fridge', 5, 6, fridge)   // and yesterday
        due(ada, ReminderKind.RETURN, 'Kettle', -1, 3)             // past: too late to remind

        when:
        job.run()

        then:
        mailsOf(ada).size() == 1
        with(mailsOf(ada)[0]) {
            subject() == 'Warranty ends in 5 days: Fridge'
            textBody().count('Fridge') == 1
            !textBody().contains('Kettle')
        }
        reminders.sent.size() == 2
    }

    def "a missed day more than a week back is not caught up"() {
        given:
        def ada = fixture.user('ada')
        reminders.completedRuns << fixture.today().minusDays(20)
        due(ada, ReminderKind.WARRANTY, 'Fridge', 10, 12)

        expect:
        job.run() == 0
    }

    def "the day is the UTC day: one second before midnight it is still today, at midnight tomorrow's reminders go"() {
        given:
        def ada = fixture.user('ada')
        fixture.clock.now = Instant.parse('2026-06-15T23:59:59Z')
        due(ada, ReminderKind.WARRANTY, 'Fridge', 8, 7)

        expect:
        job.run() == 0

        when:
        fixture.clock.advance(Duration.ofSeconds(1))

        then:
        fixture.today() == LocalDate.parse('2026-06-16')
        job.run() == 1
        mailsOf(ada)[0].subject() == 'Warranty ends in 7 days: Fridge'
    }

    def "a reminder of the same item for a moved date goes out again"() {
        given:
        def ada = fixture.user('ada')
        def fridge = UUID.randomUUID()
        due(ada, ReminderKind.WARRANTY, 'Fridge', 7, 7, fridge)
        job.run()

        when: 'next day: the warranty was extended to a date 7 days ahead of then'
        fixture.clock.advance(Duration.ofDays(1))
        due(ada, ReminderKind.WARRANTY, 'Fridge', 7, 7, fridge)

        then:
        job.run() == 1
        mailsOf(ada).size() == 2
    }

    def "deactivated and deleted users get nothing"() {
        given:
        def inactive = fixture.user('inactive', false)
        def gone = fixture.user('gone')
        due(inactive, ReminderKind.WARRANTY, 'Fridge', 7, 7)
        due(gone, ReminderKind.WARRANTY, 'Fridge', 7, 7)
        fixture.users.delete(gone.id())

        expect:
        job.run() == 0
        outbox.mails.isEmpty()
    }
}
