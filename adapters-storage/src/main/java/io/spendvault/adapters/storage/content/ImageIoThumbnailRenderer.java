package io.spendvault.adapters.storage.content;

import io.spendvault.application.files.port.out.ThumbnailRenderer;
import jakarta.inject.Singleton;
import net.coobird.thumbnailator.Thumbnails;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Thumbnails with ImageIO (JPEG, PNG, GIF, BMP; WebP through TwelveMonkeys) and Thumbnailator for good
 * down-scaling. The image's dimensions are read from its header first: one with more than
 * {@value #MAX_PIXELS} pixels (a decompression bomb, or simply too large to decode safely) is refused
 * before a single pixel is decoded.
 */
@Singleton
public class ImageIoThumbnailRenderer implements ThumbnailRenderer {

    static final long MAX_PIXELS = 50_000_000L;
    private static final Set<String> SUPPORTED = Set.of("image/jpeg", "image/png", "image/gif", "image/bmp", "image/webp",
            "image/x-ms-bmp");

    @Override
    public boolean supports(String contentType) {
        return SUPPORTED.contains(contentType);
    }

    @Override
    public void render(InputStream image, int width, OutputStream png) {
        try (ImageInputStream input = ImageIO.createImageInputStream(image)) {
            Iterator<ImageReader> readers = input == null ? null : ImageIO.getImageReaders(input);
            if (readers == null || !readers.hasNext()) {
                throw new ImageRefusedException("not an image this server can read");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS) {
                    throw new ImageRefusedException("image has " + pixels + " pixels, more than " + MAX_PIXELS + " are refused");
                }
                BufferedImage decoded = reader.read(0);
                Thumbnails.of(decoded).width(width).keepAspectRatio(true).outputFormat("png").toOutputStream(png);
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new ImageRefusedException("image could not be decoded: " + e.getMessage());
        } catch (RuntimeException e) {
            if (e instanceof ImageRefusedException refused) {
                throw refused;
            }
            throw new UncheckedIOException(new IOException("rendering failed", e));
        }
    }
}
