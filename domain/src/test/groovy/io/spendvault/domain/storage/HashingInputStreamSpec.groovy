package io.spendvault.domain.storage

import io.spendvault.domain.storage.testsupport.GeneratedContent
import spock.lang.Specification

import java.security.MessageDigest

class HashingInputStreamSpec extends Specification {

    def "it passes bytes through unchanged while hashing and counting them"() {
        given:
        def bytes = GeneratedContent.bytes(100_000, 5)
        def hashing = new HashingInputStream(new ByteArrayInputStream(bytes), HashingInputStream.UNLIMITED)

        when:
        def passed = hashing.readAllBytes()

        then:
        passed == bytes
        hashing.count() == 100_000
        hashing.hash().hex() == MessageDigest.getInstance('SHA-256').digest(bytes).encodeHex().toString()
    }

    def "single-byte reads hash the same as bulk reads"() {
        given:
        def bytes = 'abc'.bytes
        def hashing = new HashingInputStream(new ByteArrayInputStream(bytes), 10)

        when:
        3.times { hashing.read() }

        then:
        hashing.read() == -1
        hashing.hash() == ContentHash.of(MessageDigest.getInstance('SHA-256').digest(bytes))
    }

    def "reading past the limit fails at once"() {
        given:
        def source = new GeneratedContent(Long.MAX_VALUE, 1)
        def hashing = new HashingInputStream(source, 5_000)

        when:
        hashing.drain()

        then:
        def failure = thrown(BlobTooLargeException)
        failure.limitBytes() == 5_000
        source.position < 5_000 + 64 * 1024
    }

    def "skipping is refused because skipped bytes would be missing from the hash"() {
        when:
        new HashingInputStream(new ByteArrayInputStream(new byte[10]), 10).skip(5)

        then:
        thrown(UnsupportedOperationException)
    }
}
