package io.spendvault.adapters.storage.s3;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.net.URI;
import java.time.Duration;

/** {@code spendvault.storage.s3.*}: how to reach the S3-compatible server. */
@ConfigurationProperties("spendvault.storage.s3")
public record S3StorageConfiguration(
        @Nullable URI endpoint,
        @Bindable(defaultValue = "us-east-1") String region,
        @Bindable(defaultValue = "spendvault") String bucket,
        @Nullable String accessKey,
        @Nullable String secretKey,
        @Bindable(defaultValue = "true") boolean createBucket,
        @Bindable(defaultValue = "true") boolean pathStyle,
        @Bindable(defaultValue = "16777216") long partSize,
        @Bindable(defaultValue = "5s") Duration connectTimeout,
        @Bindable(defaultValue = "60s") Duration readTimeout) {

    /** Validated settings; fails with a message naming what is missing. */
    public S3Settings toSettings() {
        if (endpoint == null || endpoint.toString().isBlank()) {
            throw new IllegalArgumentException("spendvault.storage.s3.endpoint (SPENDVAULT_STORAGE_S3_ENDPOINT) is required for the s3 backend");
        }
        return new S3Settings(endpoint, region, bucket, accessKey, secretKey, createBucket, pathStyle, partSize,
                connectTimeout, readTimeout);
    }
}
