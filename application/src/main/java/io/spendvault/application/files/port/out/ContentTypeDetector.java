package io.spendvault.application.files.port.out;

import java.io.InputStream;

/** Tells what content is from its first bytes (magic numbers), not from what a client claims. */
public interface ContentTypeDetector {

    /** How many leading bytes detection may read; the caller marks the stream for at least this many. */
    int LOOKAHEAD = 64 * 1024;

    /**
     * @param head a stream positioned at the start of the content that supports {@code mark}; it is reset
     *             to the start before this returns
     * @param filename the client's file name, a hint for formats without magic bytes (plain text, CSV)
     * @return a media type such as {@code image/png}, {@code application/octet-stream} when unknown
     */
    String detect(InputStream head, String filename);
}
