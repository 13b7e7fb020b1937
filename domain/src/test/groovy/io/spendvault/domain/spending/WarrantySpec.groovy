package io.spendvault.domain.spending

import io.spendvault.domain.common.RuleViolationException
import spock.lang.Specification

import java.time.LocalDate

/** Warranty rules; the status truth is checked for every day around the end date and every recorded status. */
class WarrantySpec extends Specification {

    static final LocalDate END = LocalDate.parse('2025-06-30')

    def "the seen status: voided stays voided, otherwise expired once the end has passed"() {
        expect:
        (-400..400).every { offset ->
            def today = END.plusDays(offset)
            WarrantyStatus.effective(WarrantyStatus.VOIDED, END, today) == WarrantyStatus.VOIDED &&
                    WarrantyStatus.effective(WarrantyStatus.EXPIRED, END, today) == WarrantyStatus.EXPIRED &&
                    WarrantyStatus.effective(WarrantyStatus.ACTIVE, END, today) ==
                    (offset > 0 ? WarrantyStatus.EXPIRED : WarrantyStatus.ACTIVE)
        }
    }

    def "an end on the start day is fine, any day before is refused"() {
        given:
        def start = LocalDate.parse('2024-01-15')

        expect:
        details(start, start).warrantyEnd() == start
        (1..366).every { days ->
            try {
                details(start, start.minusDays(days))
                false
            } catch (RuleViolationException e) {
                e.field().get() == 'warrantyEnd'
            }
        }
    }

    def "#field breaks its rule"() {
        when:
        change(WarrantyDetails.builder().purchaseId(PurchaseId.random()).warrantyStart(END).warrantyEnd(END)).build()

        then:
        def failure = thrown(RuleViolationException)
        failure.field().get() == field

        where:
        field           | change
        'purchaseId'    | { it.purchaseId(null) }
        'warrantyStart' | { it.warrantyStart(null) }
        'warrantyStart' | { it.warrantyStart(LocalDate.of(1899, 12, 31)) }
        'warrantyEnd'   | { it.warrantyEnd(null) }
        'warrantyEnd'   | { it.warrantyEnd(LocalDate.of(2201, 1, 1)) }
        'warrantyType'  | { it.warrantyType('t' * 51) }
        'provider'      | { it.provider('p' * 256) }
        'provider'      | { it.provider('Acme\u0000') }
        'notes'         | { it.notes('n' * 10_001) }
    }

    def "every broken field is named at once, with what was unreadable"() {
        when:
        WarrantyDetails.builder().unreadable('status', 'status must be ACTIVE, EXPIRED or VOIDED')
                .warrantyEnd(END).warrantyStart(END.plusDays(1)).warrantyType('t' * 51).build()

        then:
        def failure = thrown(RuleViolationException)
        failure.fieldErrors().keySet() as List == ['status', 'purchaseId', 'warrantyEnd', 'warrantyType']
    }

    def "the status defaults to ACTIVE and a summary of a voided warranty has no expiry"() {
        expect:
        WarrantyDetails.builder().purchaseId(PurchaseId.random()).warrantyStart(END).warrantyEnd(END).status(null).build().status() ==
                WarrantyStatus.ACTIVE
        new WarrantySummary(WarrantyId.random(), END, WarrantyStatus.VOIDED, 1).expiry() == null
        new WarrantySummary(WarrantyId.random(), END, WarrantyStatus.EXPIRED, 1).expiry() == END
    }

    private static WarrantyDetails details(LocalDate start, LocalDate end) {
        new WarrantyDetails(PurchaseId.random(), start, end, null, null, null, WarrantyStatus.ACTIVE)
    }
}
