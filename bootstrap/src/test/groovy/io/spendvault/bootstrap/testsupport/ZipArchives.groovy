package io.spendvault.bootstrap.testsupport

import java.util.zip.ZipEntry
import java.util.zip.ZipInputStream
import java.util.zip.ZipOutputStream

/** ZIP archives in memory, as the export and import specs make and read them. */
final class ZipArchives {

    private ZipArchives() {
    }

    /** The entries in order, each name with its bytes. */
    static Map<String, byte[]> unzip(byte[] archive) {
        Map<String, byte[]> entries = [:]
        new ZipInputStream(new ByteArrayInputStream(archive)).withCloseable { zip ->
            for (def entry = zip.nextEntry; entry != null; entry = zip.nextEntry) {
                entries[entry.name] = zip.readAllBytes()
            }
        }
        entries
    }

    static byte[] zipOf(Map<String, byte[]> entries) {
        def bytes = new ByteArrayOutputStream()
        new ZipOutputStream(bytes).withCloseable { zip ->
            entries.each { name, content ->
                zip.putNextEntry(new ZipEntry(name))
                zip.write(content)
                zip.closeEntry()
            }
        }
        bytes.toByteArray()
    }
}
