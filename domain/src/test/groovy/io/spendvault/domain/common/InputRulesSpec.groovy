package io.spendvault.domain.common

import spock.lang.Specification

import java.time.LocalDate

/** The rules every input passes whatever its field: plain text, sane dates, and all problems reported at once. */
class InputRulesSpec extends Specification {

    def "text with #what is not plain"() {
        expect:
        !Text.isPlain(text)

        when:
        Text.requirePlain('productName', text)

        then:
        def failure = thrown(RuleViolationException)
        failure.fieldErrors() == [productName: ['Product name must not contain control characters or invalid Unicode']]

        where:
        what                    | text
        'a NUL'                 | 'drill\u0000'
        'a NUL alone'           | '\u0000'
        'a bell'                | 'a\u0007b'
        'an escape'             | '\u001b[31m'
        'a DEL'                 | 'a\u007fb'
        'a lone high surrogate' | 'a\ud800'
        'a lone low surrogate'  | '\udc00a'
        'swapped surrogates'    | '\udc00\ud800'
    }

    def "text with #what is plain"() {
        expect:
        Text.isPlain(text)
        Text.requirePlain('notes', text) == text

        where:
        what                   | text
        'nothing'              | null
        'an empty string'      | ''
        'tabs and line breaks' | 'line 1\r\n\tline 2'
        'emoji (a pair)'       | 'receipt \ud83e\uddfe'
        'right-to-left marks'  | '\u200f\u05e9\u05dc\u05d5\u05dd'
        'accents'              | 'Crème brûlée'
    }

    def "#date is accepted and #outside, outside 1900 to 2200, is refused"() {
        expect:
        Dates.requireInRange('purchaseDate', date) == date

        when:
        Dates.requireInRange('purchaseDate', outside)

        then:
        def failure = thrown(RuleViolationException)
        failure.fieldErrors() == [purchaseDate: ['Date must be between 1900-01-01 and 2200-12-31']]

        where:
        date                        | outside
        LocalDate.of(1900, 1, 1)    | LocalDate.of(1899, 12, 31)
        LocalDate.of(2200, 12, 31)  | LocalDate.of(2201, 1, 1)
        LocalDate.of(2024, 2, 29)   | LocalDate.of(-5000, 1, 1)
        null                        | LocalDate.MAX
    }

    def "violations keep every field in order, the first problem of each"() {
        given:
        def violations = new Violations()

        when:
        violations.add('price', 'Price must be a number')
        violations.check { throw new RuleViolationException('productName', 'Product name is required') }
        violations.add('price', 'Price is required')
        def value = violations.check { 'fine' }
        violations.throwIfAny()

        then:
        value == 'fine'
        def failure = thrown(RuleViolationException)
        failure.fieldErrors() == [price: ['Price must be a number'], productName: ['Product name is required']]
        failure.fieldErrors().keySet() as List == ['price', 'productName']
        failure.message == 'Validation failed for 2 fields'
        failure.code() == 'VALIDATION_FAILED'
    }

    def "one problem keeps its own message; none throws nothing"() {
        when:
        new Violations().add('quantity', 'Quantity must be at least 1').throwIfAny()

        then:
        def failure = thrown(RuleViolationException)
        failure.message == 'Quantity must be at least 1'
        failure.field().get() == 'quantity'

        when:
        new Violations().throwIfAny()

        then:
        noExceptionThrown()
    }

    def "a problem without a field is kept as the message"() {
        given:
        def violations = new Violations()

        when:
        violations.absorb(new RuleViolationException('The request makes no sense'))
        violations.throwIfAny()

        then:
        def failure = thrown(RuleViolationException)
        failure.message == 'The request makes no sense'
        failure.fieldErrors().isEmpty()
    }
}
