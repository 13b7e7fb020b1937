package io.spendvault.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * The secret of a single-node run that was given none: 256 random bits made on the first start, kept in
 * the data directory (readable by the owner only) and reused on every later start, so that tokens and
 * links survive a restart and nobody can sign with a secret printed in the code. Several nodes must share
 * one secret, so a run on an external database has to be given {@code SPENDVAULT_SECRET} instead.
 */
final class ServerSecret {

    static final String FILE_NAME = "secret";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private ServerSecret() {
    }

    /** The secret kept in {@code dataDir}, made there first if there is none yet. */
    static String loadOrCreate(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            Files.createDirectories(dataDir);
            if (!Files.exists(file)) {
                create(file);
            }
            String secret = Files.readString(file, StandardCharsets.US_ASCII).strip();
            if (secret.length() < ProductionSafetyCheck.MINIMUM_SECRET_LENGTH) {
                throw new IllegalStateException(file + " holds no usable secret; delete it to make a new one "
                        + "(every session and signed link ends)");
            }
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or create the secret in " + file, e);
        }
    }

    private static void create(Path file) throws IOException {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        try {
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                Files.createFile(file);
            }
            Files.writeString(file, secret + "\n", StandardCharsets.US_ASCII, StandardOpenOption.WRITE,
                    StandardOpenOption.SYNC);
        } catch (FileAlreadyExistsException raced) {
            // another process made it first: use that one
        }
    }
}
