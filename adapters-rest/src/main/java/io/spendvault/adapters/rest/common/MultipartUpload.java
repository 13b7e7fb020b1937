package io.spendvault.adapters.rest.common;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.ServerHttpRequest;
import io.spendvault.domain.common.InvalidRequestException;
import io.spendvault.domain.common.RuleViolationException;
import org.apache.commons.fileupload2.core.AbstractFileUpload;
import org.apache.commons.fileupload2.core.DiskFileItem;
import org.apache.commons.fileupload2.core.DiskFileItemFactory;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.core.FileUploadException;
import org.apache.commons.fileupload2.core.RequestContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@code multipart/form-data} upload read straight from the connection as the reader consumes it: the
 * request body flows with backpressure (the client is read only as fast as the blob store writes), so memory
 * stays flat however large the file and however slow the store.
 *
 * <p>The form is text fields first, then exactly one file part named {@code file}. Whatever breaks that form
 * fails the read of the file content itself, before its end is reported, so the reader (a use case writing
 * the content) never takes a broken upload for a complete one: a body cut short before its closing boundary,
 * a second file part, a field after the file, a {@code file} part without a file name, a body with no part
 * at all (400). A form whose parts do not include the file is 422 naming {@code file}.
 */
public final class MultipartUpload {

    /** The part that carries the content. */
    public static final String FILE_PART = "file";
    /** Text fields are small; one larger than this is not a form field of ours. */
    private static final int MAX_FIELD_BYTES = 64 * 1024;
    private static final int MAX_PART_HEADER_BYTES = 8 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(MultipartUpload.class);

    private final FileItemInputIterator parts;
    private final Map<String, String> fields;
    private final FileItemInput file;
    private final String filename;

    private MultipartUpload(FileItemInputIterator parts, Map<String, String> fields, FileItemInput file) {
        this.parts = parts;
        this.fields = fields;
        this.file = file;
        this.filename = filenameOf(file);
    }

    /**
     * Reads the text fields up to the file part; the file content is then {@link #content()}. Fields other
     * than {@code fieldNames} are skipped.
     */
    public static MultipartUpload open(HttpRequest<?> request, Set<String> fieldNames) {
        if (!(request instanceof ServerHttpRequest<?> server)) {
            throw new IllegalStateException("not a server request: " + request.getClass().getName());
        }
        String contentType = request.getContentType().map(Object::toString).orElse("");
        InputStream body = server.byteBody().toInputStream();
        try {
            FileItemInputIterator parts = new StreamingParser().getItemIterator(new Body(contentType, request.getContentLength(), body));
            Map<String, String> fields = new LinkedHashMap<>();
            if (!parts.hasNext()) {
                throw malformed("The multipart body is malformed: it has no part delimited by its boundary");
            }
            while (parts.hasNext()) {
                FileItemInput part = parts.next();
                if (isFile(part)) {
                    return new MultipartUpload(parts, Collections.unmodifiableMap(fields), part);
                }
                String text = readField(part);
                if (fieldNames.contains(part.getFieldName())) {
                    fields.putIfAbsent(part.getFieldName(), text);
                }
            }
            throw new RuleViolationException(FILE_PART, "is required");
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    /** The text fields sent before the file, by name. */
    public Map<String, String> fields() {
        return fields;
    }

    /** The file name the client gave, as sent. */
    public String filename() {
        return filename;
    }

    /**
     * The file's bytes as they arrive. The end of the stream is only reported once the rest of the body has
     * been read and found to be a proper end of the form; otherwise a read fails with a domain exception.
     */
    public InputStream content() {
        try {
            return new CheckedContent(file.getInputStream());
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    private static boolean isFile(FileItemInput part) {
        if (part.isFormField()) {
            if (FILE_PART.equals(part.getFieldName())) {
                // Micronaut's own binding failed with a ClassCastException (500) on exactly this
                throw malformed("The 'file' part has no filename in its Content-Disposition; send it as a file");
            }
            return false;
        }
        if (!FILE_PART.equals(part.getFieldName())) {
            throw malformed("Unexpected file part '" + part.getFieldName() + "': send the file as the part named 'file'");
        }
        return true;
    }

    private static String filenameOf(FileItemInput file) {
        try {
            return file.getName();
        } catch (InvalidPathException e) {
            // commons-fileupload refuses a NUL in a file name, as the domain refuses it in any text
            throw new RuleViolationException(FILE_PART, "The file name must not contain a NUL character");
        }
    }

    private static String readField(FileItemInput part) throws IOException {
        try (InputStream in = part.getInputStream()) {
            byte[] bytes = in.readNBytes(MAX_FIELD_BYTES + 1);
            if (bytes.length > MAX_FIELD_BYTES) {
                throw malformed("The form field '" + part.getFieldName() + "' is longer than " + MAX_FIELD_BYTES + " bytes");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** After the file part, only the closing boundary may follow. */
    private void checkEndOfForm() throws IOException {
        if (parts.hasNext()) {
            FileItemInput next = parts.next();
            throw next.isFormField()
                    ? malformed("The form field '" + next.getFieldName() + "' comes after the file; send the text fields first")
                    : malformed("Only one file per upload: a second file part was sent");
        }
    }

    private static InvalidRequestException unreadable(IOException e) {
        if (e instanceof FileUploadException) {
            return malformed("The multipart body is malformed: " + e.getMessage());
        }
        // The connection ended or broke under the upload: the client went away, nothing on our side failed.
        LOG.info("Upload cut off by the client: {}", e.toString());
        return new InvalidRequestException(ErrorCodes.MALFORMED_REQUEST, "The upload was cut off before it was complete");
    }

    private static InvalidRequestException malformed(String message) {
        return new InvalidRequestException(ErrorCodes.MALFORMED_REQUEST, message);
    }

    /** The file part's stream, whose end waits for the proof that the form ended properly. */
    private final class CheckedContent extends FilterInputStream {
        private boolean checked;

        private CheckedContent(InputStream part) {
            super(part);
        }

        @Override
        public int read() {
            return checked ? -1 : atEnd(readChecked(() -> super.read()));
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            return checked ? -1 : atEnd(readChecked(() -> super.read(buffer, offset, length)));
        }

        @Override
        public int available() throws IOException {
            return checked ? 0 : super.available();
        }

        /** At the end of the part the parser moves on, which closes the part's stream: later reads stay at the end. */
        private int atEnd(int result) {
            if (result < 0 && !checked) {
                checked = true;
                try {
                    checkEndOfForm();
                } catch (IOException e) {
                    throw unreadable(e);
                }
            }
            return result;
        }

        private int readChecked(Read read) {
            try {
                return read.next();
            } catch (IOException e) {
                throw unreadable(e);
            }
        }
    }

    @FunctionalInterface
    private interface Read {
        int next() throws IOException;
    }

    /** The request as commons-fileupload sees it: a stream, its type and its length. */
    private record Body(String contentType, long contentLength, InputStream stream) implements RequestContext {
        @Override
        public String getCharacterEncoding() {
            return StandardCharsets.UTF_8.name();
        }

        @Override
        public long getContentLength() {
            return contentLength;
        }

        @Override
        public String getContentType() {
            return contentType;
        }

        @Override
        public InputStream getInputStream() {
            return stream;
        }

        @Override
        public boolean isMultipartRelated() {
            return false;
        }
    }

    /** commons-fileupload's streaming iterator only; nothing is ever parsed into items held in memory or on disk. */
    private static final class StreamingParser extends AbstractFileUpload<Body, DiskFileItem, DiskFileItemFactory> {
        private StreamingParser() {
            setHeaderCharset(StandardCharsets.UTF_8);
            setMaxPartHeaderSize(MAX_PART_HEADER_BYTES);
        }

        @Override
        public FileItemInputIterator getItemIterator(Body request) throws FileUploadException, IOException {
            return getItemIterator((RequestContext) request);
        }

        @Override
        public Map<String, List<DiskFileItem>> parseParameterMap(Body request) {
            throw new UnsupportedOperationException("uploads are streamed");
        }

        @Override
        public List<DiskFileItem> parseRequest(Body request) {
            throw new UnsupportedOperationException("uploads are streamed");
        }
    }
}
