package io.spendvault.application.identity.port.out;

/** Turns passwords into slow, salted hashes (Argon2id) and checks them. */
public interface PasswordHasher {

    String hash(String password);

    /** Whether the password matches; never throws for a malformed hash, it simply does not match. */
    boolean verify(String password, String hash);

    /** Whether the hash was made with other parameters than the current ones and should be recomputed. */
    boolean needsRehash(String hash);
}
