package io.spendvault.domain.common

import spock.lang.Specification

class PageSpec extends Specification {

    def "page #page of size #size skips #offset rows"() {
        expect:
        new PageRequest(page, size).offset() == offset

        where:
        page   | size | offset
        1      | 20   | 0
        3      | 10   | 20
        50_000 | 100  | 4_999_900
    }

    def "a page request of page #page and size #size is rejected"() {
        when:
        new PageRequest(page, size)

        then:
        thrown(IllegalArgumentException)

        where:
        page | size
        0    | 20
        -1   | 20
        1    | 0
        1    | 101
    }

    def "#total items in pages of #size make #pages pages"() {
        given:
        def request = new PageRequest(1, size)
        def items = (1..Math.min(total, size)).findAll { total > 0 }

        expect:
        new Page(items, total, request).pages() == pages

        where:
        total | size | pages
        0     | 20   | 0
        1     | 20   | 1
        20    | 20   | 1
        21    | 20   | 2
        1000  | 100  | 10
    }

    def "a page refuses more items than its size"() {
        when:
        new Page([1, 2, 3], 3, new PageRequest(1, 2))

        then:
        thrown(IllegalArgumentException)
    }

    def "mapping a page keeps its total and request"() {
        given:
        def page = new Page([1, 2], 7, new PageRequest(2, 2))

        when:
        def mapped = page.map { it * 10 }

        then:
        mapped.items() == [10, 20]
        mapped.total() == 7
        mapped.request() == page.request()
    }

    def "a page's items cannot be changed from outside"() {
        given:
        def source = [1, 2]
        def page = new Page(source, 2, PageRequest.first())

        when:
        source << 3

        then:
        page.items() == [1, 2]
    }

    def "domain exception codes must be UPPER_SNAKE_CASE"() {
        expect:
        new ConflictException("USERNAME_TAKEN", "Username already taken").code() == "USERNAME_TAKEN"

        when:
        new ConflictException("username-taken", "Username already taken")

        then:
        thrown(IllegalArgumentException)
    }
}
