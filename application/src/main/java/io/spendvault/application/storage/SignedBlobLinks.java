package io.spendvault.application.storage;

import io.spendvault.application.common.port.out.Signer;
import io.spendvault.application.storage.port.in.SignBlobLinkUseCase;
import io.spendvault.domain.storage.BlobKey;
import io.spendvault.domain.storage.DownloadLink;
import io.spendvault.domain.storage.DownloadLinkRequest;

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
public final class SignedBlobLinks implements SignBlobLinkUseCase {

    /** Keeps these signatures apart from anything else the same key signs. */
    private static final String PURPOSE = "spendvault blob links v1";

    private final Signer signer;
    private final String linkPrefix;
    private final Clock clock;

    /**
     * @param signer     MAC with the application secret
     * @param linkPrefix what a link starts with, the blob key following: where the driving adapter serves
     *                   these links, e.g. {@code https://spendvault.example.com/api/v1/blob-links/}, or only
     *                   the path for links relative to the API's own origin
     */
    public SignedBlobLinks(Signer signer, String linkPrefix, Clock clock) {
        this.signer = Objects.requireNonNull(signer, "signer");
        this.linkPrefix = withTrailingSlash(Objects.requireNonNull(linkPrefix, "linkPrefix"));
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public DownloadLink sign(DownloadLinkRequest request) {
        Instant expiresAt = clock.instant().plus(request.validFor());
        long expires = expiresAt.getEpochSecond();
        String signature = signature(request.key(), expires, request.contentType(), request.contentDisposition());
        String url = linkPrefix + request.key().value()
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

    private static String withTrailingSlash(String url) {
        return url.endsWith("/") ? url : url + "/";
    }
}
