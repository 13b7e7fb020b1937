package io.spendvault.adapters.rest.userdata

import io.micronaut.json.tree.JsonNode
import spock.lang.Specification

import java.time.Instant
import java.time.LocalDate

class ImportValuesSpec extends Specification {

    def "numbers are exact whether written as #how"() {
        expect:
        ImportValues.decimal(node) == new BigDecimal('99999999999999.99')

        where:
        how        | node
        'a string' | JsonNode.createStringNode(' 99999999999999.99 ')
        'a number' | JsonNode.createNumberNode(new BigDecimal('99999999999999.99'))
    }

    def "booleans are also 0 and 1: #text"() {
        expect:
        ImportValues.bool(text as String) == value

        where:
        text    | value
        '1'     | true
        '0'     | false
        'TRUE'  | true
        'no'    | false
        ''      | null
        null    | null
    }

    def "tags are a list or a comma string"() {
        expect:
        ImportValues.tags('audio, travel') == ['audio', ' travel']
        ImportValues.tags(JsonNode.createArrayNode([JsonNode.createStringNode('a'), JsonNode.createStringNode('b')])) == ['a', 'b']
        ImportValues.tags('') == []
    }

    def "dates and timestamps are ISO-8601, with or without time or zone"() {
        expect:
        ImportValues.date('2024-02-29') == LocalDate.parse('2024-02-29')
        ImportValues.date('2024-02-29T13:00:00Z') == LocalDate.parse('2024-02-29')
        ImportValues.instant('2024-02-29T13:00:00.123456Z') == Instant.parse('2024-02-29T13:00:00.123456Z')
        ImportValues.instant('2024-02-29 13:00:00') == Instant.parse('2024-02-29T13:00:00Z')
    }

    def "a value that cannot be read says what it must be: #text"() {
        when:
        reader(text)

        then:
        def unreadable = thrown(IllegalArgumentException)
        unreadable.message == message

        where:
        text         | reader                             | message
        'ten'        | { ImportValues.decimal(it) }       | 'must be a number'
        '1.5'        | { ImportValues.integer(it) }       | 'must be a whole number'
        'maybe'      | { ImportValues.bool(it) }          | 'must be true or false (or 1 or 0)'
        '01/02/2024' | { ImportValues.date(it) }          | 'must be a date (YYYY-MM-DD)'
        'yesterday'  | { ImportValues.instant(it) }       | 'must be a timestamp (ISO-8601)'
    }

    def "text must be text, not an object"() {
        when:
        ImportValues.text(JsonNode.createObjectNode([:]))

        then:
        thrown(IllegalArgumentException)
    }
}
