package io.spendvault.adapters.persistence.notification

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.spendvault.adapters.persistence.identity.IdentityTables
import io.spendvault.adapters.persistence.identity.PostgresUserRepository
import io.spendvault.adapters.persistence.identity.TestUsers
import io.spendvault.adapters.persistence.settings.PostgresSettingsRepository
import io.spendvault.adapters.persistence.spending.PostgresPurchaseRepository
import io.spendvault.adapters.persistence.spending.PostgresWarrantyRepository
import io.spendvault.adapters.persistence.testsupport.PostgresSpecification
import io.spendvault.adapters.persistence.testsupport.PostgresTestServer
import io.spendvault.application.common.port.out.Transactions
import io.spendvault.domain.identity.Role
import io.spendvault.domain.identity.UserId
import io.spendvault.domain.notification.DueReminder
import io.spendvault.domain.notification.ReminderKind
import io.spendvault.domain.settings.CurrencyCode
import io.spendvault.domain.settings.DateFormat
import io.spendvault.domain.settings.NotificationPreferences
import io.spendvault.domain.settings.ReminderDays
import io.spendvault.domain.settings.UserSettings
import io.spendvault.domain.spending.Purchase
import io.spendvault.domain.spending.PurchaseDetails
import io.spendvault.domain.spending.Warranty
import io.spendvault.domain.spending.WarrantyDetails
import io.spendvault.domain.spending.WarrantyStatus
import jakarta.inject.Inject

import java.time.Instant
import java.time.LocalDate
import java.util.concurrent.Callable
import java.util.concurrent.CountDownLatch
import java.util.concurrent.Executors
import java.util.function.Supplier

/** The reminder query and the exactly-once record on PostgreSQL. */
@MicronautTest(transactional = false)
class PostgresReminderRepositorySpec extends PostgresSpecification {

    static final LocalDate TODAY = LocalDate.parse('2026-06-15')
    static final Instant NOW = Instant.parse('2026-06-15T06:00:00Z')

    @Inject PostgresReminderRepository reminders
    @Inject PostgresUserRepository users
    @Inject PostgresSettingsRepository settings
    @Inject PostgresPurchaseRepository purchases
    @Inject PostgresWarrantyRepository warranties
    @Inject Transactions transactions

    def setup() {
        IdentityTables.clear()
        PostgresTestServer.get().connect().withCloseable {
            it.createStatement().execute('TRUNCATE reminder_runs, reminders_sent')
        }
    }

    private Purchase purchase(UserId owner, String name, LocalDate returnDeadline = null, String currency = 'EUR') {
        def purchase = Purchase.create(owner, PurchaseDetails.builder(new CurrencyCode(currency)).productName(name).price(new BigDecimal('19.99'))
                .quantity(3).purchaseDate(TODAY.minusMonths(1)).returnDeadline(returnDeadline).build(), NOW)
        purchases.insert(purchase)
        purchase
    }

    private Warranty warranty(UserId owner, String name, int endsInDays, WarrantyStatus status = WarrantyStatus.ACTIVE) {
        def bought = purchase(owner, name)
        def warranty = Warranty.create(owner, new WarrantyDetails(bought.id(), TODAY.minusMonths(1), TODAY.plusDays(endsInDays), null, null,
                null, status), NOW)
        warranties.insert(warranty)
        warranty
    }

    private void preferences(UserId user, Boolean enabled, List<Integer> warrantyDays = [30, 7], List<Integer> returnDays = [3]) {
        settings.save(new UserSettings(user, CurrencyCode.USD, DateFormat.MM_DD_YYYY,
                new NotificationPreferences(enabled, new ReminderDays(warrantyDays), new ReminderDays(returnDays))))
    }

    private List<DueReminder> due(LocalDate from = TODAY, boolean enabledByDefault = true) {
        def found = []
        reminders.forEachDue(from, TODAY, enabledByDefault) { found << it }
        found
    }

    def "warranties ending one of the user's days ahead and purchases whose return deadline is are due, with what they cost"() {
        given:
        def ada = TestUsers.insertOne(users)
        def fridge = warranty(ada, 'Fridge', 30)
        def laptop = warranty(ada, 'Laptop', 7)
        warranty(ada, 'Phone', 8)
        warranty(ada, 'Voided', 7, WarrantyStatus.VOIDED)
        warranty(ada, 'Marked expired', 30, WarrantyStatus.EXPIRED)
        def kettle = purchase(ada, 'Kettle', TODAY.plusDays(3))
        purchase(ada, 'Toaster', TODAY.plusDays(4))

        when:
        def found = due()

        then:
        found.collect { [it.kind(), it.productName(), it.dueDate(), it.daysBefore()] } as Set == [
                [ReminderKind.WARRANTY, 'Fridge', TODAY.plusDays(30), 30],
                [ReminderKind.WARRANTY, 'Laptop', TODAY.plusDays(7), 7],
                [ReminderKind.RETURN, 'Kettle', TODAY.plusDays(3), 3]] as Set
        with(found.find { it.productName() == 'Fridge' }) {
            itemId() == fridge.id().value()
            purchaseId() == fridge.details().purchaseId().value()
            spent() == new BigDecimal('59.97')
            currency() == new CurrencyCode('EUR')
            user() == ada
        }
        found.find { it.productName() == 'Laptop' }.itemId() == laptop.id().value()
        with(found.find { it.kind() == ReminderKind.RETURN }) {
            itemId() == kettle.id().value()
            purchaseId() == kettle.id().value()
        }
    }

    def "the user's own days count; an empty list means no reminders of that kind"() {
        given:
        def ada = TestUsers.insertOne(users)
        preferences(ada, true, [1, 14], [])
        warranty(ada, 'Tomorrow', 1)
        warranty(ada, 'Two weeks', 14)
        warranty(ada, 'Default days', 30)
        purchase(ada, 'Kettle', TODAY.plusDays(3))

        expect:
        due()*.productName() as Set == ['Tomorrow', 'Two weeks'] as Set
    }

    def "who gets reminders: the server's default for users who did not choose, their choice otherwise, never inactive users"() {
        given:
        def undecided = TestUsers.insertOne(users)
        def off = TestUsers.insertOne(users)
        def on = TestUsers.insertOne(users)
        def inactive = TestUsers.insertOne(users)
        preferences(off, false)
        preferences(on, true)
        transactions.inTransaction({
            def user = users.findById(inactive).get()
            users.update(user.administered(Role.USER, false, null, NOW))
        } as Supplier)
        [undecided, off, on, inactive].each { warranty(it, 'Fridge', 7) }

        expect:
        due(TODAY, true)*.user() as Set == [undecided, on] as Set
        due(TODAY, false)*.user() == [on]
    }

    def "a window of missed days finds the reminders of those days whose dates are not past"() {
        given:
        def ada = TestUsers.insertOne(users)
        warranty(ada, 'Two days ago', 5)     // 7 days before its end was two days ago
        warranty(ada, 'Four days ago', 3)    // 7 before: four days ago, outside the window
        warranty(ada, 'Ended yesterday', -1)
        purchase(ada, 'Return today', TODAY) // 3 days before was three days ago: outside

        expect:
        due(TODAY.minusDays(2))*.productName() == ['Two days ago']
        due(TODAY.minusDays(3))*.productName() as Set == ['Two days ago', 'Return today'] as Set
    }

    def "all of one user's reminders come together"() {
        given:
        def people = (1..4).collect { TestUsers.insertOne(users) }
        people.each { user -> ['A', 'B', 'C'].each { warranty(user, it, 7) } }

        when:
        def order = due()*.user()

        then:
        order.size() == 12
        order as Set == people as Set
        (1..<12).count { order[it] != order[it - 1] } == 3
    }

    def "a reminder is recorded once; the same item for a moved date or another day is a new reminder"() {
        given:
        def ada = TestUsers.insertOne(users)
        def reminder = new DueReminder(ada, ReminderKind.WARRANTY, UUID.randomUUID(), UUID.randomUUID(), 'Fridge', TODAY.plusDays(7), 7,
                BigDecimal.ONE, CurrencyCode.USD)

        expect:
        reminders.recordSent(reminder, NOW)
        !reminders.recordSent(reminder, NOW.plusSeconds(60))
        reminders.recordSent(new DueReminder(ada, reminder.kind(), reminder.itemId(), reminder.purchaseId(), 'Fridge', TODAY.plusDays(8), 7,
                BigDecimal.ONE, CurrencyCode.USD), NOW)
        reminders.recordSent(new DueReminder(ada, reminder.kind(), reminder.itemId(), reminder.purchaseId(), 'Fridge', TODAY.plusDays(7), 30,
                BigDecimal.ONE, CurrencyCode.USD), NOW)
        reminders.recordSent(new DueReminder(ada, ReminderKind.RETURN, reminder.itemId(), reminder.purchaseId(), 'Fridge', TODAY.plusDays(7), 7,
                BigDecimal.ONE, CurrencyCode.USD), NOW)
    }

    def "of two transactions recording the same reminder at once, exactly one gets it, also when the first is still open"() {
        given:
        def ada = TestUsers.insertOne(users)
        def reminder = new DueReminder(ada, ReminderKind.WARRANTY, UUID.randomUUID(), UUID.randomUUID(), 'Fridge', TODAY.plusDays(7), 7,
                BigDecimal.ONE, CurrencyCode.USD)
        def recorded = new CountDownLatch(1)
        def commit = new CountDownLatch(1)
        def pool = Executors.newFixedThreadPool(2)

        when: 'the first records and holds its transaction open while the second tries'
        def first = pool.submit({
            transactions.inTransaction({
                def mine = reminders.recordSent(reminder, NOW)
                recorded.countDown()
                commit.await()
                mine
            } as Supplier)
        } as Callable)
        recorded.await()
        def second = pool.submit({ transactions.inTransaction({ reminders.recordSent(reminder, NOW) } as Supplier) } as Callable)
        sleep(300)
        commit.countDown()

        then:
        first.get() == true
        second.get() == false

        cleanup:
        pool.shutdownNow()
    }

    def "finished days are remembered, and reminders of dates long past are forgotten"() {
        given:
        def ada = TestUsers.insertOne(users)
        def old = new DueReminder(ada, ReminderKind.WARRANTY, UUID.randomUUID(), UUID.randomUUID(), 'Old', TODAY.minusDays(32), 7,
                BigDecimal.ONE, CurrencyCode.USD)
        def recent = new DueReminder(ada, ReminderKind.WARRANTY, UUID.randomUUID(), UUID.randomUUID(), 'Recent', TODAY.minusDays(31), 7,
                BigDecimal.ONE, CurrencyCode.USD)
        reminders.recordSent(old, NOW)
        reminders.recordSent(recent, NOW)

        expect:
        !reminders.runCompleted(TODAY)
        reminders.lastCompletedRunBefore(TODAY).isEmpty()

        when:
        reminders.markRunCompleted(TODAY.minusDays(2), NOW)
        reminders.markRunCompleted(TODAY, NOW)
        reminders.markRunCompleted(TODAY, NOW.plusSeconds(5))

        then:
        reminders.runCompleted(TODAY)
        !reminders.runCompleted(TODAY.minusDays(1))
        reminders.lastCompletedRunBefore(TODAY).get() == TODAY.minusDays(2)
        reminders.lastCompletedRunBefore(TODAY.minusDays(2)).isEmpty()
        reminders.recordSent(old, NOW)
        !reminders.recordSent(recent, NOW)
    }
}
