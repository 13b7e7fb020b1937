package io.spendvault.application.files.port.out;

import java.io.InputStream;
import java.io.OutputStream;

/** Draws small previews of images. */
public interface ThumbnailRenderer {

    /** Content types it can draw from. */
    boolean supports(String contentType);

    /**
     * Writes a PNG {@code width} pixels wide (aspect ratio kept) of the image in {@code image}.
     *
     * @throws ImageRefusedException when the image cannot or must not be decoded (corrupt, or so many
     *                               pixels that decoding would exhaust memory); retrying will not help
     */
    void render(InputStream image, int width, OutputStream png);

    /** An image that will never render. */
    class ImageRefusedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public ImageRefusedException(String message) {
            super(message);
        }
    }
}
