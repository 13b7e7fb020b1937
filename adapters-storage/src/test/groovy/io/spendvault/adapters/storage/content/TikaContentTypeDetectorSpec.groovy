package io.spendvault.adapters.storage.content

import spock.lang.Specification

import java.util.zip.ZipEntry
import java.util.zip.ZipOutputStream

class TikaContentTypeDetectorSpec extends Specification {

    def detector = new TikaContentTypeDetector()

    static final byte[] PNG = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52] as byte[]

    private String detect(byte[] bytes, String name) {
        def stream = new BufferedInputStream(new ByteArrayInputStream(bytes), 64 * 1024)
        def type = detector.detect(stream, name)
        assert stream.readAllBytes() == bytes: 'detection must leave the stream at its start'
        type
    }

    private static byte[] zip(String entry) {
        def out = new ByteArrayOutputStream()
        new ZipOutputStream(out).withCloseable { it.putNextEntry(new ZipEntry(entry)); it.write('x'.bytes); it.closeEntry() }
        out.toByteArray()
    }

    def "#what is detected as #type"() {
        expect:
        detect(bytes, name) == type

        where:
        what                                  | bytes                                  | name           | type
        'a PNG'                               | PNG                                    | 'scan.png'     | 'image/png'
        'a PNG with a lying name'             | PNG                                    | 'report.pdf'   | 'image/png'
        'a PDF'                               | '%PDF-1.7\n%âãÏÓ\n'.getBytes('ISO-8859-1') | 'r.pdf'    | 'application/pdf'
        'a JPEG'                              | [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 0x4A, 0x46, 0x49, 0x46, 0] as byte[] | 'a.jpg' | 'image/jpeg'
        'plain text'                          | 'just some notes\n'.bytes              | 'notes.txt'    | 'text/plain'
        'CSV by its name'                     | 'date,amount\n2026-01-01,9.99\n'.bytes | 'spend.csv'    | 'text/csv'
        'a ZIP'                               | zip('a.txt')                           | 'archive.zip'  | 'application/zip'
        'an executable named like an image'   | (('MZ\u0090\u0000\u0003'.getBytes('ISO-8859-1') as List) + ([0] * 200)) as byte[] | 'cat.png' | 'application/x-msdownload'
    }

    def "a stream without mark support is refused rather than consumed"() {
        when:
        detector.detect(new InputStream() { int read() { -1 } }, 'x')

        then:
        thrown(IllegalArgumentException)
    }
}
