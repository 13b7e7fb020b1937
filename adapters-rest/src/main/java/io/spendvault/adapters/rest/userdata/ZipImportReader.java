package io.spendvault.adapters.rest.userdata;

import io.spendvault.application.userdata.port.in.ImportProblem;
import io.spendvault.application.userdata.port.in.ImportSource;
import io.spendvault.domain.common.PayloadTooLargeException;
import io.spendvault.domain.storage.ContentHash;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Reads a ZIP export: {@code export.json} for the records, {@code files/<file id>/<name>} for the
 * contents. The archive is checked before anything is imported: entry names that would leave the
 * folder it is unpacked in (zip slip), too many entries, too much uncompressed data or an entry
 * compressed suspiciously well (a zip bomb) refuse it. Every entry is read no further than the size it
 * declares, and a file's content must hash to the {@code file_hash} the document gives it.
 */
final class ZipImportReader implements ImportSource, Closeable {

    private static final String CONTENTS = "files/";

    private final ZipFile zip;
    private final JsonImportReader records;
    private final Map<String, ZipEntry> contents;
    private final List<ImportProblem> problems = new ArrayList<>();

    private ZipImportReader(ZipFile zip, ZipEntry document, Map<String, ZipEntry> contents) {
        this.zip = zip;
        this.contents = contents;
        this.records = new JsonImportReader(() -> bounded(document));
    }

    static ZipImportReader open(Path archive, ImportLimits limits) throws IOException {
        ZipFile zip;
        try {
            zip = new ZipFile(archive.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException notAZip) {
            throw JsonImportReader.unreadable("The file is not a ZIP archive");
        }
        try {
            if (zip.size() > limits.maxZipEntries) {
                throw new PayloadTooLargeException("The ZIP archive has more than " + limits.maxZipEntries + " entries",
                        limits.maxZipEntries);
            }
            long total = 0;
            ZipEntry document = null;
            Map<String, ZipEntry> contents = new HashMap<>();
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                requireSafe(name);
                long size = entry.getSize();
                if (size < 0) {
                    throw JsonImportReader.unreadable("The entry " + name + " does not say its size");
                }
                total += size;
                if (total > limits.maxUncompressedSize) {
                    throw new PayloadTooLargeException("The ZIP archive unpacks to more than " + limits.maxUncompressedSize
                            + " bytes", limits.maxUncompressedSize);
                }
                long compressed = Math.max(entry.getCompressedSize(), 1);
                if (size > 1024 * 1024 && size / compressed > limits.maxCompressionRatio) {
                    throw JsonImportReader.unreadable("The entry " + name + " is compressed " + (size / compressed)
                            + " to 1, more than the " + limits.maxCompressionRatio + " to 1 allowed (a zip bomb?)");
                }
                if (name.equals(ExportZipWriter.JSON_ENTRY)) {
                    document = entry;
                } else if (name.startsWith(CONTENTS) && !entry.isDirectory()) {
                    String[] parts = name.substring(CONTENTS.length()).split("/", 2);
                    if (parts.length == 2) {
                        contents.put(parts[0], entry);
                    }
                }
            }
            if (document == null) {
                throw JsonImportReader.unreadable("The ZIP archive has no " + ExportZipWriter.JSON_ENTRY);
            }
            return new ZipImportReader(zip, document, contents);
        } catch (RuntimeException refused) {
            zip.close();
            throw refused;
        }
    }

    /** Names that unpack inside the target folder only: relative, forward slashes, no {@code ..} part. */
    private static void requireSafe(String name) {
        boolean unsafe = name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains(":")
                || name.indexOf('\0') >= 0;
        for (String part : name.split("/")) {
            unsafe |= part.equals("..");
        }
        if (unsafe) {
            throw JsonImportReader.unreadable("The ZIP archive has an entry named " + printable(name)
                    + ", which would unpack outside its folder");
        }
    }

    private static String printable(String name) {
        return "\"" + name.replaceAll("\\p{Cntrl}", "?") + "\"";
    }

    @Override
    public Optional<SettingsRecord> settings() {
        return records.settings();
    }

    @Override
    public void retailers(Consumer<VendorRecord> each) {
        records.retailers(each);
    }

    @Override
    public void brands(Consumer<VendorRecord> each) {
        records.brands(each);
    }

    @Override
    public void purchases(Consumer<PurchaseRecord> each) {
        records.purchases(each);
    }

    @Override
    public void warranties(Consumer<WarrantyRecord> each) {
        records.warranties(each);
    }

    @Override
    public void files(Consumer<FileRecord> each) {
        records.files(file -> {
            ZipEntry entry = file.sourceId() == null ? null : contents.get(file.sourceId());
            if (entry == null) {
                each.accept(file); // without content: the import reports it, unless the user has it already
                return;
            }
            ContentHash actual = hashOf(entry);
            if (file.hash() != null && !file.hash().equals(actual)) {
                problems.add(new ImportProblem(file.location(), "fileHash",
                        "The content of " + entry.getName() + " does not match its file_hash"));
                return;
            }
            each.accept(new FileRecord(file.location(), file.sourceId(), file.filename(), file.originalFilename(),
                    file.description(), actual, file.uploadDate(), file.updatedAt(), () -> open(entry)));
        });
    }

    @Override
    public void attachments(Consumer<AttachmentRecord> each) {
        records.attachments(each);
    }

    @Override
    public void problems(Consumer<ImportProblem> each) {
        records.problems(each);
        problems.forEach(each);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    private InputStream open(ZipEntry entry) {
        try {
            return bounded(entry);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ContentHash hashOf(ZipEntry entry) {
        try (DigestInputStream in = new DigestInputStream(bounded(entry), MessageDigest.getInstance(ContentHash.ALGORITHM))) {
            in.transferTo(OutputStream.nullOutputStream());
            return ContentHash.of(in.getMessageDigest().digest());
        } catch (IOException e) {
            throw JsonImportReader.unreadable("The entry " + entry.getName() + " cannot be read: " + e.getMessage());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** The entry's bytes, refused past the size it declares (headers can lie about it). */
    private InputStream bounded(ZipEntry entry) throws IOException {
        long declared = entry.getSize();
        return new FilterInputStream(zip.getInputStream(entry)) {
            private long read;

            @Override
            public int read() throws IOException {
                int b = super.read();
                count(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                count(Math.max(n, 0));
                return n;
            }

            private void count(int n) {
                read += n;
                if (read > declared) {
                    throw JsonImportReader.unreadable("The entry " + entry.getName() + " is larger than it declares");
                }
            }
        };
    }
}
