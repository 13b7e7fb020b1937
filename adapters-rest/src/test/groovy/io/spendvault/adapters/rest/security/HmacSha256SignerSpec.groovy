package io.spendvault.adapters.rest.security

import spock.lang.Specification

class HmacSha256SignerSpec extends Specification {

    def "it computes HMAC-SHA256 (RFC 4231 test case 2)"() {
        expect:
        new HmacSha256Signer('Jefe').sign('what do ya want for nothing?'.bytes).encodeHex().toString() ==
                '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843'
    }

    def "another secret gives another code, and no secret is refused"() {
        expect:
        new HmacSha256Signer('one secret').sign('m'.bytes) != new HmacSha256Signer('another secret').sign('m'.bytes)

        when:
        new HmacSha256Signer('')

        then:
        thrown(IllegalArgumentException)
    }
}
