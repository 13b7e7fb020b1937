package io.spendvault.application.spending

import io.spendvault.domain.common.PageRequest
import io.spendvault.domain.common.ResourceNotFoundException
import io.spendvault.domain.common.RuleViolationException
import io.spendvault.domain.identity.UserId
import io.spendvault.domain.spending.PurchaseId
import io.spendvault.domain.spending.WarrantyStatus
import spock.lang.Specification

import java.time.Duration
import java.time.LocalDate

class WarrantyServiceSpec extends Specification {

    def fixture = new SpendingFixture()
    def service = fixture.warrantyService
    def ada = UserId.random()
    PurchaseId kettle

    def setup() {
        kettle = fixture.purchase(ada).purchase().id()
    }

    def "a missing start is the purchase date, and the purchase is embedded"() {
        when:
        def created = service.create(ada) { it.purchaseId(kettle).warrantyEnd(LocalDate.parse('2026-03-01')) }

        then:
        created.warranty().details().warrantyStart() == LocalDate.parse('2024-03-01')
        created.purchase().productName() == 'Kettle'
    }

    def "a purchase that is missing, or not the caller's, is a field error; a foreign warranty is not found"() {
        given:
        def gracesPurchase = fixture.purchase(UserId.random()).purchase().id()
        def mine = service.create(ada) { it.purchaseId(kettle).warrantyEnd(LocalDate.parse('2026-03-01')) }

        when:
        service.create(ada) { it.purchaseId(purchase).warrantyEnd(LocalDate.parse('2026-03-01')) }

        then:
        def failure = thrown(RuleViolationException)
        failure.field().get() == 'purchaseId'

        when:
        service.update(ada, mine.warranty().id()) { it.purchaseId(gracesPurchase) }

        then:
        thrown(RuleViolationException)
        fixture.warranties.findById(mine.warranty().id()).get().details().purchaseId() == kettle

        when:
        service.delete(UserId.random(), mine.warranty().id())

        then:
        thrown(ResourceNotFoundException)

        where:
        purchase << [null, PurchaseId.random()]
    }

    def "expiring takes 1 to 365 days, from today inclusive"() {
        given:
        def ends = { int ahead -> service.create(ada) { it.purchaseId(kettle).warrantyEnd(fixture.today().plusDays(ahead)) } }
        def today = ends(0)
        def inAYear = ends(365)
        ends(366)

        expect:
        service.expiring(ada, 365, PageRequest.first()).items()*.warranty()*.id() == [today.warranty().id(), inAYear.warranty().id()]
        service.expiring(ada, 1, PageRequest.first()).items()*.warranty()*.id() == [today.warranty().id()]

        when:
        service.expiring(ada, days, PageRequest.first())

        then:
        def failure = thrown(RuleViolationException)
        failure.field().get() == 'days'

        where:
        days << [0, 366, -5]
    }

    def "the status follows the clock: active on its last day, expired the day after"() {
        given:
        def id = service.create(ada) { it.purchaseId(kettle).warrantyEnd(fixture.today()) }.warranty().id()

        expect:
        service.get(ada, id).status() == WarrantyStatus.ACTIVE
        service.list(ada, null, WarrantyStatus.ACTIVE, PageRequest.first()).total() == 1

        when:
        fixture.clock.advance(Duration.ofDays(1))

        then:
        service.get(ada, id).status() == WarrantyStatus.EXPIRED
        service.list(ada, null, WarrantyStatus.EXPIRED, PageRequest.first()).total() == 1
        service.expiring(ada, 30, PageRequest.first()).total() == 0
    }
}
