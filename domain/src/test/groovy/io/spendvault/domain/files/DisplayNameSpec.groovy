package io.spendvault.domain.files

import spock.lang.Specification

class DisplayNameSpec extends Specification {

    def "'#original' is shown as '#shown'"() {
        expect:
        DisplayName.of(original) == shown

        where:
        original                          | shown
        'receipt.pdf'                     | 'receipt.pdf'
        '../../etc/passwd'                | 'passwd'
        'C:\\Users\\ada\\scan.jpg'        | 'scan.jpg'
        'bad<>:"|?*name.txt'              | 'badname.txt'
        'tab\tand\nnewline.txt'           | 'tab and newline.txt'
        '.hidden'                         | 'hidden'
        '...'                             | 'file'
        ''                                | 'file'
        null                              | 'file'
        'Quittung für Ölkännchen.pdf'     | 'Quittung für Ölkännchen.pdf'
        '领收书.png'                       | '领收书.png'
    }

    def "a very long name is cut to 255 characters keeping its extension"() {
        when:
        def shown = DisplayName.of('x' * 400 + '.jpeg')

        then:
        shown.length() == 255
        shown.endsWith('.jpeg')
    }
}
