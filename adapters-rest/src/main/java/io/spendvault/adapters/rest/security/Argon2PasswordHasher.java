package io.spendvault.adapters.rest.security;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import io.spendvault.application.identity.port.out.PasswordHasher;
import jakarta.inject.Singleton;

/**
 * Argon2id through password4j; hashes are self-describing PHC strings ({@code $argon2id$v=19$m=…}). Hashing
 * and checking wait for one of a few {@link HashingSlots}.
 */
@Singleton
public class Argon2PasswordHasher implements PasswordHasher {

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;

    private final Argon2Function function;
    private final HashingSlots slots;

    public Argon2PasswordHasher(Argon2Settings settings) {
        this.function = Argon2Function.getInstance(settings.memoryKib(), settings.iterations(), settings.parallelism(),
                HASH_BYTES, Argon2.ID, Argon2Function.ARGON2_VERSION_13);
        this.slots = new HashingSlots(settings.concurrentHashes());
    }

    @Override
    public String hash(String password) {
        return slots.run(() -> Password.hash(password).addRandomSalt(SALT_BYTES).with(function).getResult());
    }

    @Override
    public boolean verify(String password, String hash) {
        Argon2Function used;
        try {
            used = Argon2Function.getInstanceFromHash(hash);
        } catch (RuntimeException malformed) {
            return false;
        }
        return slots.run(() -> {
            try {
                return Password.check(password, hash).with(used);
            } catch (RuntimeException malformed) {
                return false;
            }
        });
    }

    /** The slots hashing waits for (for specs). */
    HashingSlots slots() {
        return slots;
    }

    @Override
    public boolean needsRehash(String hash) {
        try {
            Argon2Function used = Argon2Function.getInstanceFromHash(hash);
            return used.getMemory() != function.getMemory() || used.getIterations() != function.getIterations()
                    || used.getParallelism() != function.getParallelism() || !hash.startsWith("$argon2id$");
        } catch (RuntimeException malformed) {
            return true;
        }
    }
}
