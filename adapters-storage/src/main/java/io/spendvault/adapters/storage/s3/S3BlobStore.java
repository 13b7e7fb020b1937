package io.spendvault.adapters.storage.s3;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import io.minio.BucketExistsArgs;
import io.minio.CopyObjectArgs;
import io.minio.Directive;
import io.minio.GetObjectArgs;
import io.minio.GetPresignedObjectUrlArgs;
import io.minio.Http;
import io.minio.ListObjectsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.Result;
import io.minio.SourceObject;
import io.minio.StatObjectArgs;
import io.minio.errors.ErrorResponseException;
import io.minio.errors.MinioException;
import io.minio.messages.Item;
import io.spendvault.domain.storage.BlobInfo;
import io.spendvault.domain.storage.BlobKey;
import io.spendvault.domain.common.DomainException;
import io.spendvault.domain.storage.BlobStorageException;
import io.spendvault.domain.storage.ByteRange;
import io.spendvault.domain.storage.DownloadLink;
import io.spendvault.domain.storage.DownloadLinkRequest;
import io.spendvault.domain.storage.HashingInputStream;
import io.spendvault.domain.storage.StagedBlob;
import io.spendvault.domain.storage.StoredBlob;
import io.spendvault.domain.storage.port.BlobStore;
import okhttp3.OkHttpClient;

import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Blobs as objects in one bucket of an S3-compatible server, through the MinIO SDK.
 *
 * <p>The final key depends on the hash, which is known only after the last byte, so content is first
 * streamed (multipart, one part in memory at a time) to a temporary key under {@code tmp/}, then copied
 * server-side to its final key and the temporary object removed. This keeps the server's bandwidth to one
 * upload and needs no local disk; the copy is a metadata operation on MinIO. A crash can leave an object
 * under {@code tmp/}, never a partial one under a final key.
 */
public final class S3BlobStore implements BlobStore, AutoCloseable {

    static final String TEMP_PREFIX = "tmp/";
    private static final Logger LOG = LoggerFactory.getLogger(S3BlobStore.class);
    private static final Set<String> ABSENT = Set.of("NoSuchKey", "NoSuchObject", "NotFound");

    private final S3Settings settings;
    private final MinioClient client;
    private final OkHttpClient http;
    private final Clock clock;

    public S3BlobStore(S3Settings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.http = new OkHttpClient.Builder()
                .connectTimeout(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .writeTimeout(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .retryOnConnectionFailure(false)
                .build();
        this.client = MinioClient.builder()
                .endpoint(settings.endpoint().toString())
                .region(settings.region())
                .credentials(settings.accessKey(), settings.secretKey())
                .httpClient(http)
                .build();
        if (settings.pathStyle()) {
            client.disableVirtualStyleEndpoint();
        }
    }

    /** Creates the bucket when configured to and checks that it is there. */
    public S3BlobStore initialize() {
        call("Creating the bucket " + settings.bucket(), () -> {
            if (!bucketExists() && settings.createBucket()) {
                client.makeBucket(MakeBucketArgs.builder().bucket(settings.bucket()).region(settings.region()).build());
            }
            return null;
        });
        checkAvailable();
        return this;
    }

    @Override
    public StagedBlob stage(InputStream content, long maxBytes) {
        String tempKey = TEMP_PREFIX + UUID.randomUUID();
        HashingInputStream hashing = new HashingInputStream(content, maxBytes);
        try {
            call("Uploading a blob", () -> client.putObject(PutObjectArgs.builder().bucket(settings.bucket()).object(tempKey)
                    .stream(hashing, -1L, settings.partSize())
                    .contentType("application/octet-stream")
                    .build()));
            return new StagedBlob(hashing.hash(), hashing.count(), tempKey);
        } catch (RuntimeException e) {
            removeQuietly(tempKey);
            throw e;
        }
    }

    @Override
    public StoredBlob commit(StagedBlob staged) {
        String tempKey = tempKeyOf(staged);
        return call("Placing " + staged.key(), () -> {
            boolean existed = statSize(staged.key().value()).isPresent();
            // A copy onto the final key both places new content and, for content that was already
            // there, refreshes its age for garbage collection's grace period.
            copy(tempKey, staged.key().value());
            return new StoredBlob(staged.hash(), staged.size(), !existed);
        });
    }

    @Override
    public void discard(StagedBlob staged) {
        removeQuietly(tempKeyOf(staged));
    }

    private static String tempKeyOf(StagedBlob staged) {
        if (!staged.handle().startsWith(TEMP_PREFIX) || staged.handle().contains("..")) {
            throw new IllegalArgumentException("not a staged upload of this store: " + staged.handle());
        }
        return staged.handle();
    }

    @Override
    public void storeDerived(BlobKey key, InputStream content) {
        if (key.isContent()) {
            throw new IllegalArgumentException("content is stored by hash with store(); not a derived key: " + key);
        }
        call("Uploading " + key, () -> client.putObject(PutObjectArgs.builder().bucket(settings.bucket()).object(key.value())
                .stream(content, -1L, settings.partSize())
                .contentType("application/octet-stream")
                .build()));
    }

    @Override
    public Optional<InputStream> open(BlobKey key) {
        return get(GetObjectArgs.builder().bucket(settings.bucket()).object(key.value()).build(), key);
    }

    @Override
    public Optional<InputStream> open(BlobKey key, ByteRange range) {
        return get(GetObjectArgs.builder().bucket(settings.bucket()).object(key.value())
                .offset(range.first()).length(range.length()).build(), key);
    }

    @Override
    public Optional<Long> size(BlobKey key) {
        return call("Reading the size of " + key, () -> statSize(key.value()));
    }

    @Override
    public boolean delete(BlobKey key) {
        try {
            return call("Deleting " + key, () -> {
                if (statSize(key.value()).isEmpty()) {
                    return false;
                }
                client.removeObject(RemoveObjectArgs.builder().bucket(settings.bucket()).object(key.value()).build());
                return true;
            });
        } catch (BlobStorageException e) {
            LOG.warn("Could not delete {} (storage gc collects it later): {}", key, e.getMessage());
            throw e;
        }
    }

    @Override
    public Stream<BlobInfo> list() {
        Iterable<Result<Item>> results = client.listObjects(ListObjectsArgs.builder().bucket(settings.bucket()).recursive(true).build());
        return StreamSupport.stream(results.spliterator(), false)
                .map(result -> call("Listing " + describe(), result::get))
                .flatMap(item -> BlobKey.parse(item.objectName())
                        .map(key -> new BlobInfo(key, item.size(), item.lastModified().toInstant()))
                        .stream());
    }

    @Override
    public long sweepAbandonedUploads(Instant cutoff) {
        Iterable<Result<Item>> results = client.listObjects(ListObjectsArgs.builder().bucket(settings.bucket())
                .prefix(TEMP_PREFIX).recursive(true).build());
        long removed = 0;
        for (Result<Item> result : results) {
            Item item = call("Listing " + TEMP_PREFIX + " of " + describe(), result::get);
            if (item.lastModified().toInstant().isBefore(cutoff)) {
                call("Removing " + item.objectName(), () -> {
                    client.removeObject(RemoveObjectArgs.builder().bucket(settings.bucket()).object(item.objectName()).build());
                    return null;
                });
                removed++;
            }
        }
        return removed;
    }

    @Override
    public DownloadLink downloadLink(DownloadLinkRequest request) {
        int seconds = (int) request.validFor().toSeconds();
        Instant expiresAt = clock.instant().plusSeconds(seconds);
        String url = call("Signing a download link for " + request.key(), () -> client.getPresignedObjectUrl(
                GetPresignedObjectUrlArgs.builder()
                        .method(Http.Method.GET)
                        .bucket(settings.bucket())
                        .object(request.key().value())
                        .expiry(seconds)
                        .extraQueryParams(Map.of(
                                "response-content-type", request.contentType(),
                                "response-content-disposition", request.contentDisposition()))
                        .build()));
        return new DownloadLink(URI.create(url), expiresAt);
    }

    @Override
    public String describe() {
        return "s3 " + settings.endpoint() + "/" + settings.bucket();
    }

    @Override
    public void checkAvailable() {
        boolean exists = call("Reaching " + describe(), this::bucketExists);
        if (!exists) {
            throw new BlobStorageException("The bucket " + settings.bucket() + " does not exist at " + settings.endpoint());
        }
    }

    /** Stops the HTTP client's threads, which would otherwise keep a CLI run alive for a minute. */
    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    private boolean bucketExists() throws MinioException {
        return client.bucketExists(BucketExistsArgs.builder().bucket(settings.bucket()).build());
    }

    private Optional<Long> statSize(String key) throws MinioException {
        try {
            return Optional.of(client.statObject(StatObjectArgs.builder().bucket(settings.bucket()).object(key).build()).size());
        } catch (ErrorResponseException e) {
            if (isAbsent(e)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private void copy(String from, String to) throws MinioException {
        client.copyObject(CopyObjectArgs.builder().bucket(settings.bucket()).object(to)
                .source(SourceObject.builder().bucket(settings.bucket()).object(from).build())
                // REPLACE makes a copy onto an existing key legal and gives it a fresh last-modified time.
                .metadataDirective(Directive.REPLACE)
                .headers(Map.of("Content-Type", "application/octet-stream"))
                .build());
    }

    private Optional<InputStream> get(GetObjectArgs args, BlobKey key) {
        return call("Reading " + key, () -> {
            try {
                return Optional.of(client.getObject(args));
            } catch (ErrorResponseException e) {
                if (isAbsent(e)) {
                    return Optional.empty();
                }
                throw e;
            }
        });
    }

    private void removeQuietly(String key) {
        try {
            client.removeObject(RemoveObjectArgs.builder().bucket(settings.bucket()).object(key).build());
        } catch (MinioException | RuntimeException ignored) {
            // Left under tmp/, never listed as a blob; a bucket lifecycle rule can expire it.
        }
    }

    /** One SDK call. */
    @FunctionalInterface
    private interface SdkCall<T> {
        T run() throws MinioException;
    }

    /**
     * Runs an SDK call and turns whatever it throws into the port's exception. The synchronous client
     * reports network failures as IllegalStateException, and a size limit hit while it reads our stream
     * may come back wrapped: it is unwrapped so the caller sees BlobTooLargeException.
     */
    private <T> T call(String action, SdkCall<T> sdkCall) {
        try {
            return sdkCall.run();
        } catch (MinioException | RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                // the content's own failures (too large, a malformed upload) and ours pass through as they are
                if (cause instanceof DomainException domain) {
                    throw domain;
                }
            }
            throw new BlobStorageException(action + " at " + describe() + " failed: " + e.getMessage(), e);
        }
    }

    private static boolean isAbsent(ErrorResponseException e) {
        return e.errorResponse() != null && ABSENT.contains(e.errorResponse().code())
                || e.response() != null && e.response().code() == 404;
    }
}
