package io.spendvault.domain.spending

import io.spendvault.domain.common.PageRequest
import io.spendvault.domain.common.RuleViolationException
import io.spendvault.domain.common.Sort
import spock.lang.Specification

import java.time.LocalDate

class PurchaseQuerySpec extends Specification {

    private static PurchaseQuery query(Map args) {
        new PurchaseQuery(args.search as String, null, null, args.category as String, args.tag as String,
                args.from as LocalDate, args.to as LocalDate,
                args.returnFrom as LocalDate, args.returnTo as LocalDate, args.min as BigDecimal, args.max as BigDecimal, null, null,
                PurchaseQuery.DEFAULT_SORT, PageRequest.first())
    }

    def "blank filters mean no filter, and the tag filter is normalized like tags"() {
        expect:
        with(query(search: ' ', category: '', tag: ' Work ')) {
            search() == null
            category() == null
            tag() == 'work'
        }
    }

    def "equal bounds are fine; reversed bounds are refused on the upper field"() {
        given:
        def day = LocalDate.parse('2024-05-01')

        expect:
        query(from: day, to: day, returnFrom: day, returnTo: day, min: 5.0, max: 5.0)

        when:
        query(args)

        then:
        def failure = thrown(RuleViolationException)
        failure.field().get() == field

        where:
        args                                                                  | field
        [from: LocalDate.parse('2024-05-02'), to: LocalDate.parse('2024-05-01')] | 'dateTo'
        [min: 5.01, max: 5.0]                                                 | 'maxPrice'
        [returnFrom: LocalDate.parse('2024-05-02'), returnTo: LocalDate.parse('2024-05-01')] | 'returnDeadlineTo'
        [returnFrom: LocalDate.parse('0001-01-01')]                           | 'returnDeadlineFrom'
    }

    def "a cursor must come from the same sort order, and page numbers do not combine with it"() {
        given:
        def purchase = Purchase.create(io.spendvault.domain.identity.UserId.random(),
                PurchaseDetails.builder(new io.spendvault.domain.settings.CurrencyCode('EUR')).productName('Lamp').price(5)
                        .purchaseDate(LocalDate.parse('2024-01-01')).build(), java.time.Instant.parse('2026-01-01T00:00:00Z'))
        def byPrice = PurchaseCursor.after(purchase, PurchaseQuery.SortBy.PRICE)

        expect:
        afterQuery(Sort.ascending(PurchaseQuery.SortBy.PRICE), PageRequest.first(), byPrice).after() == byPrice
        afterQuery(Sort.descending(PurchaseQuery.SortBy.PRICE), PageRequest.first(), byPrice).after() == byPrice

        when:
        afterQuery(Sort.ascending(PurchaseQuery.SortBy.PURCHASE_DATE), PageRequest.first(), byPrice)

        then:
        def otherOrder = thrown(RuleViolationException)
        otherOrder.field().get() == 'after'

        when:
        afterQuery(Sort.ascending(PurchaseQuery.SortBy.PRICE), new PageRequest(2, 20), byPrice)

        then:
        def withPage = thrown(RuleViolationException)
        withPage.field().get() == 'page'
    }

    private static PurchaseQuery afterQuery(Sort<PurchaseQuery.SortBy> sort, PageRequest page, PurchaseCursor after) {
        new PurchaseQuery(null, null, null, null, null, null, null, null, null, null, null, null, null, sort, page, after)
    }

    def "the default order is newest purchase first"() {
        expect:
        PurchaseQuery.all(PageRequest.first()).sort() == Sort.descending(PurchaseQuery.SortBy.PURCHASE_DATE)
        Sort.ascending(PurchaseQuery.SortBy.PRICE).direction() == 'ASC'
    }
}
