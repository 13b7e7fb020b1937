package io.spendvault.adapters.storage.s3;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How to reach an S3-compatible server. {@code partSize} bounds the memory of one upload (the SDK buffers
 * one part); S3 requires at least 5 MiB.
 */
public record S3Settings(
        URI endpoint,
        String region,
        String bucket,
        String accessKey,
        String secretKey,
        boolean createBucket,
        boolean pathStyle,
        long partSize,
        Duration connectTimeout,
        Duration readTimeout) {

    /** The region when none is given; MinIO and most S3-compatible servers ignore it. */
    public static final String DEFAULT_REGION = "us-east-1";

    public static final long MIN_PART_SIZE = 5L * 1024 * 1024;
    public static final long DEFAULT_PART_SIZE = 16L * 1024 * 1024;

    public S3Settings {
        Objects.requireNonNull(endpoint, "endpoint");
        requireText(bucket, "bucket");
        requireText(accessKey, "access key");
        requireText(secretKey, "secret key");
        region = region == null || region.isBlank() ? DEFAULT_REGION : region;
        if (partSize < MIN_PART_SIZE) {
            throw new IllegalArgumentException("the part size must be at least 5 MiB, was " + partSize);
        }
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the S3 " + name + " is required");
        }
    }

    @Override
    public String toString() {
        // Never print the secret key.
        return "S3Settings[endpoint=" + endpoint + ", region=" + region + ", bucket=" + bucket + ", accessKey=" + accessKey
                + ", partSize=" + partSize + "]";
    }
}
