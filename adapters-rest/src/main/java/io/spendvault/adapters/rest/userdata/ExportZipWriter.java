package io.spendvault.adapters.rest.userdata;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.spendvault.application.userdata.port.in.AccountData;
import io.spendvault.domain.files.StoredFile;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The complete export: {@code export.json}, {@code purchases.csv}, {@code warranties.csv}, every file's
 * content under {@code files/<file id>/<safe filename>}, and last {@code manifest.json} with each
 * entry's size and SHA-256, computed while the entry is written. Contents are copied from the blob store
 * straight into the ZIP stream; content that is compressed already is stored without another try.
 */
final class ExportZipWriter {

    static final String JSON_ENTRY = "export.json";
    static final String PURCHASES_ENTRY = "purchases.csv";
    static final String WARRANTIES_ENTRY = "warranties.csv";
    static final String MANIFEST_ENTRY = "manifest.json";

    private static final Set<String> COMPRESSED_TYPES = Set.of("application/pdf", "application/zip", "application/gzip",
            "application/x-7z-compressed", "video/mp4", "audio/mpeg");

    private ExportZipWriter() {
    }

    static void write(AccountData data, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        List<ManifestEntry> manifest = new ArrayList<>();
        entry(zip, JSON_ENTRY, Deflater.DEFAULT_COMPRESSION, manifest, body -> ExportJsonWriter.write(data, body));
        entry(zip, PURCHASES_ENTRY, Deflater.DEFAULT_COMPRESSION, manifest,
                body -> ExportCsvWriter.write(data, ExportCsvWriter.Kind.PURCHASES, body));
        entry(zip, WARRANTIES_ENTRY, Deflater.DEFAULT_COMPRESSION, manifest,
                body -> ExportCsvWriter.write(data, ExportCsvWriter.Kind.WARRANTIES, body));
        data.files(file -> {
            try {
                entry(zip, contentEntryName(file), levelFor(file.contentType()), manifest, body -> {
                    try (InputStream content = data.content(file)) {
                        content.transferTo(body);
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        zip.setLevel(Deflater.DEFAULT_COMPRESSION);
        zip.putNextEntry(new ZipEntry(MANIFEST_ENTRY));
        writeManifest(manifest, new Unclosable(zip));
        zip.closeEntry();
        zip.finish(); // the central directory; the caller owns and closes the stream
    }

    /** {@code files/<id>/<name>}, with a name that is safe to unpack on any system. */
    static String contentEntryName(StoredFile file) {
        return "files/" + file.id().value() + "/" + SafeFileNames.of(file.filename());
    }

    private static int levelFor(String contentType) {
        boolean compressed = COMPRESSED_TYPES.contains(contentType)
                || (contentType.startsWith("image/") && !contentType.equals("image/bmp") && !contentType.equals("image/svg+xml"))
                || contentType.startsWith("video/");
        return compressed ? Deflater.NO_COMPRESSION : Deflater.BEST_SPEED;
    }

    @FunctionalInterface
    private interface EntryBody {
        void write(OutputStream body) throws IOException;
    }

    private static void entry(ZipOutputStream zip, String name, int level, List<ManifestEntry> manifest, EntryBody body)
            throws IOException {
        zip.setLevel(level);
        zip.putNextEntry(new ZipEntry(name));
        DigestingStream digesting = new DigestingStream(new Unclosable(zip));
        body.write(digesting);
        digesting.flush();
        zip.closeEntry();
        manifest.add(new ManifestEntry(name, digesting.size, HexFormat.of().formatHex(digesting.digest.digest())));
    }

    private static void writeManifest(List<ManifestEntry> entries, OutputStream out) throws IOException {
        try (JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeStringField("format", ExportJsonWriter.FORMAT);
            json.writeNumberField("version", ExportJsonWriter.VERSION);
            json.writeArrayFieldStart("entries");
            for (ManifestEntry entry : entries) {
                json.writeStartObject();
                json.writeStringField("name", entry.name());
                json.writeNumberField("size", entry.size());
                json.writeStringField("sha256", entry.sha256());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    /** One line of the manifest; the manifest lists every entry but itself. */
    private record ManifestEntry(String name, long size, String sha256) {
    }

    /** Counts and hashes what passes through to the entry. */
    private static final class DigestingStream extends FilterOutputStream {
        private final MessageDigest digest;
        private long size;

        DigestingStream(OutputStream out) {
            super(out);
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every JVM has SHA-256", e);
            }
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            digest.update((byte) b);
            size++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
            digest.update(bytes, offset, length);
            size += length;
        }
    }

    /** Lets an entry's writer close what it was given without closing the ZIP. */
    private static final class Unclosable extends FilterOutputStream {
        Unclosable(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
