package io.spendvault.domain.spending

import io.spendvault.domain.common.RuleViolationException
import spock.lang.Specification

class TagsSpec extends Specification {

    def "tags are trimmed, lower-cased, without blanks or repeats, in the order given"() {
        expect:
        new Tags([' Garden', 'tools', '', 'GARDEN', null, 'Tools ']).values() == ['garden', 'tools']
        Tags.parse('Kitchen, gift,,kitchen ').values() == ['kitchen', 'gift']
        Tags.parse(null) == Tags.NONE
    }

    def "twenty tags of fifty characters fit; one more of either is refused"() {
        given:
        def twenty = (1..20).collect { "t$it".toString().padRight(50, "x") }

        expect:
        new Tags(twenty).values().size() == 20

        when:
        new Tags(tags)

        then:
        def failure = thrown(RuleViolationException)
        failure.field().get() == 'tags'

        where:
        tags << [(1..21).collect { "t$it".toString() }, ['t' * 51]]
    }

    def "repeats do not count toward the limit"() {
        expect:
        new Tags((1..20).collect { "t$it".toString() } + ['T1', 't2']).values().size() == 20
    }

    def "a filter tag is normalized the same way"() {
        expect:
        Tags.normalize(' Work ') == 'work'
        Tags.normalize('  ') == null
    }
}
