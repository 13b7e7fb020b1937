package io.spendvault.adapters.storage.testsupport

import io.spendvault.adapters.storage.s3.S3Settings
import org.gaul.s3proxy.S3Proxy
import org.gaul.s3proxy.auth.AuthenticationType
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore

import java.nio.file.Files
import java.nio.file.Path
import java.time.Duration

/**
 * A real S3-compatible server over HTTP for specs without Docker: S3Proxy in-process, keeping objects in
 * a directory so it can be stopped and started again (on the same port) with its data, as a crashed and
 * restarted server would. Requests are signed and checked (AWS SigV2/V4), as by MinIO or AWS.
 */
class S3TestServer implements AutoCloseable {

    static final String ACCESS_KEY = 'spendvault-test'
    static final String SECRET_KEY = 'spendvault-test-secret-key'

    final Path directory
    private S3Proxy proxy
    int port

    S3TestServer() {
        directory = Files.createTempDirectory('s3proxy-')
        start(0)
    }

    void start(int wantedPort = port) {
        proxy = S3Proxy.builder()
                .blobStore(new FilesystemNio2BlobStore(directory.toString()))
                .endpoint(URI.create("http://127.0.0.1:$wantedPort"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                .build()
        proxy.start()
        def deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos()
        while (proxy.state != 'STARTED' && System.nanoTime() < deadline) {
            Thread.sleep(20)
        }
        port = proxy.port
    }

    void stop() {
        proxy.stop()
    }

    URI getEndpoint() {
        URI.create("http://127.0.0.1:$port")
    }

    S3Settings settings(String bucket, Map overrides = [:]) {
        def values = [endpoint      : endpoint, region: 'us-east-1', bucket: bucket, accessKey: ACCESS_KEY, secretKey: SECRET_KEY,
                      createBucket  : true, pathStyle: true, partSize: S3Settings.MIN_PART_SIZE,
                      connectTimeout: Duration.ofSeconds(2), readTimeout: Duration.ofSeconds(30)] + overrides
        new S3Settings(values.endpoint as URI, values.region as String, values.bucket as String, values.accessKey as String,
                values.secretKey as String, values.createBucket as boolean, values.pathStyle as boolean, values.partSize as long,
                values.connectTimeout as Duration, values.readTimeout as Duration)
    }

    /** Settings for an endpoint where no S3TestServer runs (dead or misbehaving servers). */
    static class Unstarted {
        S3Settings settingsFor(URI endpoint) {
            new S3Settings(endpoint, 'us-east-1', 'nothing', ACCESS_KEY, SECRET_KEY, false, true, S3Settings.MIN_PART_SIZE,
                    Duration.ofSeconds(2), Duration.ofSeconds(5))
        }
    }

    @Override
    void close() {
        stop()
        directory.toFile().deleteDir()
    }
}
