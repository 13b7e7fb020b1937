package io.spendvault.domain.files;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * {@code Content-Disposition} values that every browser reads right: a plain ASCII {@code filename} as a
 * fallback and an RFC 5987 {@code filename*} carrying the real (Unicode) name.
 */
public final class ContentDisposition {

    private ContentDisposition() {
    }

    public static String attachment(String filename) {
        return of("attachment", filename);
    }

    public static String inline(String filename) {
        return of("inline", filename);
    }

    private static String of(String type, String filename) {
        String ascii = Normalizer.normalize(filename, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^\\x20-\\x7E]", "_")
                .replace("\\", "_")
                .replace("\"", "_");
        String encoded = URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
        return type + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
