package io.spendvault.adapters.storage.common;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import io.micronaut.management.health.indicator.annotation.Readiness;
import io.spendvault.domain.storage.BlobStorageException;
import io.spendvault.domain.storage.port.BlobStore;
import jakarta.inject.Singleton;

import java.util.Map;

/** Readiness of the blob store: its directory is writable, or its bucket answers. */
@Singleton
@Readiness
public class BlobStoreHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {

    private final BlobStore blobs;

    public BlobStoreHealthIndicator(BlobStore blobs) {
        this.blobs = blobs;
    }

    @Override
    public String getName() {
        return "blob_store";
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        String backend = blobs.describe().split(" ", 2)[0];
        try {
            blobs.checkAvailable();
            healthStatus = HealthStatus.UP;
            return Map.of("backend", backend);
        } catch (BlobStorageException e) {
            healthStatus = HealthStatus.DOWN;
            return Map.of("backend", backend, "error", "blob store unavailable");
        }
    }
}
