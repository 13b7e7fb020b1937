package io.spendvault.adapters.rest.userdata

import spock.lang.Specification

class SafeFileNamesSpec extends Specification {

    def "#name unpacks as #safe"() {
        expect:
        SafeFileNames.of(name) == safe

        where:
        name                 | safe
        'receipt.pdf'        | 'receipt.pdf'
        '../../etc/passwd'   | '_.._etc_passwd'
        '..\\windows\\x.exe' | '_windows_x.exe'
        'a:b*c?"<>|.txt'     | 'a_b_c_____.txt'
        '.hidden'            | 'hidden'
        'Quittung März.txt'  | 'Quittung März.txt'
        'line\nbreak'        | 'line_break'
        ''                   | 'file'
        '...'                | 'file'
        null                 | 'file'
    }

    def "a long name keeps its end, the extension, within #max characters"() {
        given:
        def name = 'x' * 300 + '.pdf'

        expect:
        SafeFileNames.of(name).length() == max
        SafeFileNames.of(name).endsWith('.pdf')

        where:
        max = SafeFileNames.MAX_LENGTH
    }
}
