package io.spendvault.application.storage;

import io.spendvault.domain.storage.BlobKey;
import io.spendvault.domain.storage.DownloadLink;
import io.spendvault.domain.storage.DownloadLinkRequest;

import io.spendvault.application.common.Signer;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * Download links that the application itself serves (for stores that cannot presign URLs, such as the
 * filesystem): the key, expiry, content type and disposition are signed with the application's
 * {@link Signer} (HMAC), so a link can be neither altered nor extended, and it works without a bearer
 * token until it expires.
 */
public final class SignedBlobLinks {

    /** Where the REST adapter serves these links. */
    public static final String ROUTE = "/api/v1/blob-links";
    /** The start of a link's path; the blob key follows. */
    public static final String PATH = ROUTE + "/";

    /** Keeps these signatures apart from anything else the same key signs. */
    private static final String PURPOSE = "spendvault blob links v1";

    private final Signer signer;
    private final String baseUrl;
    private final Clock clock;

    /**
     * @param signer  MAC with the application secret
     * @param baseUrl prefix of the links, e.g. {@code https://spendvault.example.com}; empty for
     *                links relative to the API's own origin
     */
    public SignedBlobLinks(Signer signer, String baseUrl, Clock clock) {
        this.signer = Objects.requireNonNull(signer, "signer");
        this.baseUrl = stripTrailingSlash(Objects.requireNonNull(baseUrl, "baseUrl"));
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public DownloadLink sign(DownloadLinkRequest request) {
        Instant expiresAt = clock.instant().plus(request.validFor());
        long expires = expiresAt.getEpochSecond();
        String signature = signature(request.key(), expires, request.contentType(), request.contentDisposition());
        String url = baseUrl + PATH + request.key().value()
                + "?expires=" + expires
                + "&type=" + encode(request.contentType())
                + "&disposition=" + encode(request.contentDisposition())
                + "&signature=" + signature;
        return new DownloadLink(URI.create(url), Instant.ofEpochSecond(expires));
    }

    /**
     * The link's blob and how to serve it, if the signature is genuine and the link has not expired.
     * Empty for any tampered, expired or malformed link, without saying which.
     */
    public Optional<SignedLink> verify(String key, long expires, String contentType, String disposition, String signature) {
        if (key == null || contentType == null || disposition == null || signature == null) {
            return Optional.empty();
        }
        Optional<BlobKey> blobKey = BlobKey.parse(key);
        if (blobKey.isEmpty()) {
            return Optional.empty();
        }
        byte[] expected = signature(blobKey.get(), expires, contentType, disposition).getBytes(StandardCharsets.US_ASCII);
        boolean genuine = MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
        boolean current = clock.instant().getEpochSecond() < expires;
        return genuine && current
                ? Optional.of(new SignedLink(blobKey.get(), contentType, disposition))
                : Optional.empty();
    }

    /** What a verified link grants: one blob, served with these headers. */
    public record SignedLink(BlobKey key, String contentType, String contentDisposition) {
    }

    private String signature(BlobKey blobKey, long expires, String contentType, String disposition) {
        String payload = String.join("\n", PURPOSE, blobKey.value(), Long.toString(expires), contentType, disposition);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(signer.sign(payload.getBytes(StandardCharsets.UTF_8)));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
