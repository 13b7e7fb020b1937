package io.spendvault.adapters.storage.content;

import io.spendvault.application.files.port.out.ContentTypeDetector;
import jakarta.inject.Singleton;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Content type by Apache Tika's magic-byte database, with the file name only as a tie-breaker for types
 * that magic cannot tell apart (a .docx is a ZIP, a .csv is text). A name can never turn bytes that look
 * like an executable into an image.
 */
@Singleton
public class TikaContentTypeDetector implements ContentTypeDetector {

    private final Detector detector = TikaConfig.getDefaultConfig().getDetector();

    @Override
    public String detect(InputStream head, String filename) {
        if (!head.markSupported()) {
            throw new IllegalArgumentException("detection needs a stream that supports mark/reset");
        }
        Metadata metadata = new Metadata();
        if (filename != null && !filename.isBlank()) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, filename);
        }
        try {
            head.mark(LOOKAHEAD);
            String type = detector.detect(head, metadata).getBaseType().toString();
            head.reset();
            return type;
        } catch (IOException e) {
            throw new UncheckedIOException("reading the start of the upload failed", e);
        }
    }
}
