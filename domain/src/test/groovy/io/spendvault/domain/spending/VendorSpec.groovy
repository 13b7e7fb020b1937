package io.spendvault.domain.spending

import io.spendvault.domain.common.RuleViolationException
import io.spendvault.domain.identity.UserId
import spock.lang.Specification

import java.time.Instant

class VendorSpec extends Specification {

    private static Vendor vendor(String name, String url = null) {
        Vendor.create(VendorKind.RETAILER, UserId.random(), name, url, Instant.now())
    }

    def "names are trimmed, blank URLs dropped, and names compare ignoring case"() {
        expect:
        vendor('  Acme  ').name() == 'Acme'
        vendor('Acme', '  ').url() == null
        vendor('ACME').canonicalName() == vendor('acme').canonicalName()
        vendor('Acme', 'HTTPS://acme.example/shop').url() == 'HTTPS://acme.example/shop'
    }

    def "#what is refused on #field"() {
        when:
        vendor(name, url)

        then:
        def failure = thrown(RuleViolationException)
        failure.field().get() == field

        where:
        what                  | name       | url                         | field
        'an empty name'       | '   '      | null                        | 'name'
        'a 256-char name'     | 'x' * 256  | null                        | 'name'
        'an ftp URL'          | 'Acme'     | 'ftp://acme.example'        | 'url'
        'a script URL'        | 'Acme'     | 'javascript:alert(1)'       | 'url'
        'a URL without host'  | 'Acme'     | 'https://'                  | 'url'
        'a 256-char URL'      | 'Acme'     | 'https://' + 'x' * 248      | 'url'
        'an unparsable URL'   | 'Acme'     | 'http://exa mple.com'       | 'url'
        'a NUL in the name'   | 'Ac\u0000me' | null                      | 'name'
        'a NUL in the URL'    | 'Acme'     | 'https://acme.example/\u0000' | 'url'
    }

    def "a bad name and a bad URL are reported together"() {
        when:
        vendor('', 'ftp://acme.example')

        then:
        def failure = thrown(RuleViolationException)
        failure.fieldErrors().keySet() == ['name', 'url'] as Set
    }
}
