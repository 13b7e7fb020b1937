package io.spendvault.application.storage.port.in;

import java.io.InputStream;
import java.util.Objects;

/** Content to stream to a client with the headers to serve it with; the receiver closes the stream. */
public record BlobDownload(InputStream content, long size, String contentType, String contentDisposition) {

    public BlobDownload {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(contentDisposition, "contentDisposition");
    }
}
