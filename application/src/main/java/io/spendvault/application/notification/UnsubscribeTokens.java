package io.spendvault.application.notification;

import io.spendvault.application.common.port.out.Signer;
import io.spendvault.domain.common.AccessDeniedException;
import io.spendvault.domain.identity.UserId;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * The token of an unsubscribe link: the user and an expiry, signed with the server's secret, so the link
 * works without a login, for nobody else, and not forever. Form: {@code <payload>.<signature>}, both
 * base64url; the payload is the user id (16 bytes) and the expiry in epoch seconds (8 bytes).
 */
public class UnsubscribeTokens {

    private static final byte[] PURPOSE = "spendvault-unsubscribe:".getBytes(StandardCharsets.US_ASCII);
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final Signer signer;
    private final Duration ttl;
    private final Clock clock;

    public UnsubscribeTokens(Signer signer, Duration ttl, Clock clock) {
        this.signer = signer;
        this.ttl = ttl;
        this.clock = clock;
    }

    public String issue(UserId user) {
        ByteBuffer payload = ByteBuffer.allocate(24);
        payload.putLong(user.value().getMostSignificantBits()).putLong(user.value().getLeastSignificantBits())
                .putLong(clock.instant().plus(ttl).getEpochSecond());
        return ENCODER.encodeToString(payload.array()) + "." + ENCODER.encodeToString(sign(payload.array()));
    }

    /** The user the token was issued to. */
    public UserId verify(String token) {
        if (token == null) {
            throw invalid();
        }
        int dot = token.indexOf('.');
        byte[] payload;
        byte[] signature;
        try {
            payload = DECODER.decode(token.substring(0, Math.max(dot, 0)));
            signature = DECODER.decode(token.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        if (dot < 0 || payload.length != 24 || !MessageDigest.isEqual(sign(payload), signature)) {
            throw invalid();
        }
        ByteBuffer fields = ByteBuffer.wrap(payload);
        UserId user = new UserId(new UUID(fields.getLong(), fields.getLong()));
        if (!Instant.ofEpochSecond(fields.getLong()).isAfter(clock.instant())) {
            throw new AccessDeniedException("UNSUBSCRIBE_LINK_EXPIRED", "This unsubscribe link has expired; turn reminders off in the settings");
        }
        return user;
    }

    private byte[] sign(byte[] payload) {
        byte[] message = new byte[PURPOSE.length + payload.length];
        System.arraycopy(PURPOSE, 0, message, 0, PURPOSE.length);
        System.arraycopy(payload, 0, message, PURPOSE.length, payload.length);
        return signer.sign(message);
    }

    private static AccessDeniedException invalid() {
        return new AccessDeniedException("UNSUBSCRIBE_LINK_INVALID", "This unsubscribe link is not valid");
    }
}
