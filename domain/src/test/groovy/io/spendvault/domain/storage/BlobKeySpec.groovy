package io.spendvault.domain.storage

import spock.lang.Specification

class BlobKeySpec extends Specification {

    static final String HEX = 'ab' + 'cd' + '0' * 60

    def "content keys follow the layout {h[0:2]}/{h[2:4]}/{h}"() {
        when:
        def key = BlobKey.content(new ContentHash(HEX))

        then:
        key.value() == "ab/cd/$HEX"
        key.isContent()
        key.contentHash().hex() == HEX
    }

    def "derived keys live apart from content and remember their source"() {
        when:
        def key = BlobKey.derived(new ContentHash(HEX), 'thumbnail-64.png')

        then:
        key.value() == "derived/ab/cd/$HEX/thumbnail-64.png"
        !key.isContent()
        key.contentHash().hex() == HEX
    }

    def "'#text' is not a blob key"() {
        expect:
        BlobKey.parse(text).isEmpty()

        when:
        new BlobKey(text)

        then:
        thrown(IllegalArgumentException)

        where:
        text << ['../../etc/passwd', "ab/cd/${'0' * 64}", "ab/cd/$HEX/..", "derived/ab/cd/$HEX/../x",
                 "derived/ab/cd/$HEX/Thumb.png", '.tmp/upload-1', '', "AB/CD/${HEX.toUpperCase()}"]
    }

    def "a derived variant must be a short lower-case name: '#variant'"() {
        when:
        BlobKey.derived(new ContentHash(HEX), variant)

        then:
        thrown(IllegalArgumentException)

        where:
        variant << [null, '', '../x', 'a/b', 'x' * 65, '.hidden']
    }

    def "a content hash is parsed with or without its sha256: prefix and shown with it"() {
        expect:
        ContentHash.parse("sha256:$HEX").hex() == HEX
        ContentHash.parse(HEX).prefixed() == "sha256:$HEX"

        when:
        ContentHash.parse('sha256:xyz')

        then:
        thrown(IllegalArgumentException)
    }

    def "a byte range #first-#last cut to #size bytes is #expected"() {
        expect:
        new ByteRange(first, last).within(size).map { [it.first(), it.last()] }.orElse(null) == expected

        where:
        first | last | size | expected
        0     | 9    | 100  | [0, 9]
        90    | 200  | 100  | [90, 99]
        100   | 200  | 100  | null
        0     | 0    | 1    | [0, 0]
    }
}
