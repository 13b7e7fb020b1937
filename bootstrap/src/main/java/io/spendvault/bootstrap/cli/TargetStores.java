package io.spendvault.bootstrap.cli;

import io.spendvault.adapters.storage.filesystem.FilesystemBlobStore;
import io.spendvault.adapters.storage.s3.S3BlobStore;
import io.spendvault.adapters.storage.s3.S3Settings;
import io.spendvault.application.storage.SignedBlobLinks;
import io.spendvault.domain.storage.port.BlobStore;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The store a migration writes to, described by {@code --to …} options. */
final class TargetStores {

    static final String SECRET_KEY_VARIABLE = "SPENDVAULT_TARGET_S3_SECRET_KEY";
    static final List<String> OPTIONS = List.of("to", "to-root", "to-endpoint", "to-region", "to-bucket", "to-access-key",
            "to-secret-key", "to-part-size", "to-no-create-bucket", "to-virtual-host-style");

    private TargetStores() {
    }

    static BlobStore open(CliOptions options, Map<String, String> environment, SignedBlobLinks links, Clock clock) {
        String backend = options.require("to");
        return switch (backend) {
            case "filesystem" -> new FilesystemBlobStore(Path.of(options.require("to-root")), links, clock);
            case "s3" -> new S3BlobStore(s3Settings(options, environment), clock).initialize();
            default -> throw new CliOptions.UsageException("--to must be 'filesystem' or 's3', not '" + backend + "'");
        };
    }

    private static S3Settings s3Settings(CliOptions options, Map<String, String> environment) {
        String secret = options.get("to-secret-key").orElse(environment.get(SECRET_KEY_VARIABLE));
        if (secret == null || secret.isBlank()) {
            throw new CliOptions.UsageException("set " + SECRET_KEY_VARIABLE + " (preferred) or --to-secret-key");
        }
        try {
            return new S3Settings(
                    URI.create(options.require("to-endpoint")),
                    options.get("to-region").orElse(null),
                    options.require("to-bucket"),
                    options.require("to-access-key"),
                    secret,
                    !options.flag("to-no-create-bucket"),
                    !options.flag("to-virtual-host-style"),
                    options.get("to-part-size").map(Long::parseLong).orElse(S3Settings.DEFAULT_PART_SIZE),
                    Duration.ofSeconds(5),
                    Duration.ofSeconds(60));
        } catch (IllegalArgumentException e) {
            throw new CliOptions.UsageException(e.getMessage());
        }
    }
}
