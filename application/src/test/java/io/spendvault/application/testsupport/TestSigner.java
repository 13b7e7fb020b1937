package io.spendvault.application.testsupport;

import io.spendvault.application.common.port.out.Signer;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** A real HMAC-SHA256 {@link Signer} for specs outside the REST adapter, which holds the production one. */
public final class TestSigner implements Signer {

    private final SecretKeySpec key;

    public TestSigner(String secret) {
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    @Override
    public byte[] sign(byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
