package io.spendvault.adapters.storage.s3

import io.spendvault.adapters.storage.testsupport.DockerSupport
import io.spendvault.adapters.storage.testsupport.HttpFetch
import io.spendvault.domain.storage.DownloadLink
import io.spendvault.domain.storage.port.BlobStore
import io.spendvault.domain.storage.port.BlobStoreContract
import org.testcontainers.containers.MinIOContainer
import spock.lang.Requires
import spock.lang.Shared

import java.time.Clock
import java.time.Duration

/**
 * The same contract against a real MinIO server, where a Docker engine exists. Without Docker this spec
 * is reported as skipped; S3BlobStoreSpec covers the same behaviour against S3Proxy.
 */
@Requires({ DockerSupport.available() })
class S3BlobStoreMinioSpec extends BlobStoreContract {

    @Shared
    MinIOContainer minio

    def setupSpec() {
        minio = new MinIOContainer('minio/minio:RELEASE.2025-04-22T22-12-26Z')
        minio.start()
    }

    def cleanupSpec() {
        minio?.stop()
    }

    @Override
    BlobStore createStore() {
        def settings = new S3Settings(URI.create(minio.s3URL), 'us-east-1', "contract-${System.nanoTime()}", minio.userName,
                minio.password, true, true, S3Settings.MIN_PART_SIZE, Duration.ofSeconds(2), Duration.ofSeconds(30))
        new S3BlobStore(settings, Clock.systemUTC()).initialize()
    }

    def cleanup() {
        (store as S3BlobStore)?.close()
    }

    @Override
    byte[] follow(DownloadLink link) {
        def response = HttpFetch.get(link.url())
        response.statusCode() == 200 ? response.body() : null
    }
}
