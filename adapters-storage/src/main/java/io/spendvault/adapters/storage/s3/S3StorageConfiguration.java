package io.spendvault.adapters.storage.s3;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

import java.net.URI;
import java.time.Duration;

/**
 * {@code spendvault.storage.s3.*}, the one owner of that namespace: how to reach the S3-compatible server.
 * The defaults are in {@code application.yml}, next to the environment variables that set them.
 */
@ConfigurationProperties("spendvault.storage.s3")
public record S3StorageConfiguration(
        @Nullable URI endpoint,
        @Nullable String region,
        String bucket,
        @Nullable String accessKey,
        @Nullable String secretKey,
        boolean createBucket,
        boolean pathStyle,
        long partSize,
        Duration connectTimeout,
        Duration readTimeout) {

    /** Validated settings; fails with a message naming what is missing. */
    public S3Settings toSettings() {
        if (endpoint == null || endpoint.toString().isBlank()) {
            throw new IllegalArgumentException("spendvault.storage.s3.endpoint (SPENDVAULT_STORAGE_S3_ENDPOINT) is required for the s3 backend");
        }
        return new S3Settings(endpoint, region, bucket, accessKey, secretKey, createBucket, pathStyle, partSize,
                connectTimeout, readTimeout);
    }
}
