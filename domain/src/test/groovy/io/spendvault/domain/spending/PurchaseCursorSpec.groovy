package io.spendvault.domain.spending

import io.spendvault.domain.common.RuleViolationException
import io.spendvault.domain.identity.UserId
import io.spendvault.domain.settings.CurrencyCode
import spock.lang.Specification

import java.time.Instant
import java.time.LocalDate

class PurchaseCursorSpec extends Specification {

    static final Purchase DRILL = Purchase.create(UserId.random(), PurchaseDetails.builder(new CurrencyCode('KWD'))
            .productName('Drill\nwith a line break').price(1000.125).quantity(3).purchaseDate(LocalDate.parse('2024-02-29')).build(),
            Instant.parse('2026-03-01T10:00:00.123456Z'))

    def "a cursor after a purchase keeps its #by key exactly through its token"() {
        when:
        def cursor = PurchaseCursor.after(DRILL, by)
        def read = PurchaseCursor.parse(cursor.token())

        then:
        read == cursor
        read.key() == key
        read.id() == DRILL.id()
        cursor.token() ==~ /[A-Za-z0-9_-]+/

        where:
        by                                 | key
        PurchaseQuery.SortBy.PURCHASE_DATE | LocalDate.parse('2024-02-29')
        PurchaseQuery.SortBy.PRICE         | 1000.125
        PurchaseQuery.SortBy.SPENT         | 3000.375
        PurchaseQuery.SortBy.PRODUCT_NAME  | 'Drill\nwith a line break'
        PurchaseQuery.SortBy.CREATED_AT    | Instant.parse('2026-03-01T10:00:00.123456Z')
    }

    def "a large amount is written plainly, not in scientific notation"() {
        given:
        def cursor = new PurchaseCursor(PurchaseQuery.SortBy.PRICE, new BigDecimal('1E+12'), DRILL.id())

        expect:
        PurchaseCursor.parse(cursor.token()).key() == 1_000_000_000_000
        new String(Base64.urlDecoder.decode(cursor.token())).endsWith('\n1000000000000')
    }

    def "'#token' is not a cursor: 422 on after"() {
        when:
        PurchaseCursor.parse(token)

        then:
        def refused = thrown(RuleViolationException)
        refused.field().get() == 'after'

        where:
        token << ['', 'not base64 !', encode('PRICE\nnot-a-uuid\n5'), encode('PRICE\n' + UUID.randomUUID() + '\nfive'),
                  encode('COLOUR\n' + UUID.randomUUID() + '\n5'), encode('PRICE\n' + UUID.randomUUID()),
                  encode('RETURN_DEADLINE\n' + UUID.randomUUID() + '\n2026-01-01'),
                  encode('CREATED_AT\n' + UUID.randomUUID() + '\nyesterday')]
    }

    def "pages sorted by return deadline cannot continue from a cursor"() {
        expect:
        !PurchaseCursor.available(PurchaseQuery.SortBy.RETURN_DEADLINE)
        PurchaseCursor.available(PurchaseQuery.SortBy.PRICE)

        when:
        PurchaseCursor.after(DRILL, PurchaseQuery.SortBy.RETURN_DEADLINE)

        then:
        thrown(RuleViolationException)
    }

    private static String encode(String plain) {
        Base64.urlEncoder.withoutPadding().encodeToString(plain.bytes)
    }
}
