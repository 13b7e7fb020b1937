package io.spendvault.bootstrap.e2e

import io.micronaut.context.ApplicationContext
import io.spendvault.adapters.persistence.testsupport.PostgresTestServer
import io.spendvault.adapters.storage.s3.S3BlobStore
import io.spendvault.adapters.storage.testsupport.S3TestServer
import io.spendvault.bootstrap.cli.StorageCli
import io.spendvault.domain.storage.BlobKey
import io.spendvault.domain.storage.HashingInputStream
import io.spendvault.domain.storage.port.BlobStore
import io.spendvault.domain.storage.testsupport.GeneratedContent
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification
import spock.lang.TempDir

import java.nio.file.Files
import java.nio.file.Path

/**
 * Ops move every blob from the filesystem to S3 with the CLI, then switch the configuration to S3 and
 * find everything there; the CLI run is the same code the jar runs for {@code storage …}.
 */
class StorageMigrationEndToEndSpec extends Specification {

    @Shared
    @AutoCleanup
    S3TestServer s3 = new S3TestServer()

    @TempDir
    Path blobRoot

    ApplicationContext filesystemContext
    Map<BlobKey, byte[]> originals = [:]

    def setup() {
        // verify reports blobs that file rows reference but a store lacks: start with no rows from other specs
        PostgresTestServer.get().connect().withCloseable { it.createStatement().execute('TRUNCATE files CASCADE') }
        filesystemContext = ApplicationContext.run(PostgresTestServer.get().micronautProperties() + [
                'spendvault.storage.backend'        : 'filesystem',
                'spendvault.storage.filesystem.root': blobRoot.toString()])
        def blobs = filesystemContext.getBean(BlobStore)
        [GeneratedContent.bytes(3_000_000, 1), 'a receipt'.bytes, new byte[0]].each { bytes ->
            originals[blobs.store(new ByteArrayInputStream(bytes), HashingInputStream.UNLIMITED).key()] = bytes
        }
        def thumbnail = BlobKey.derived(originals.keySet().first().contentHash(), 'thumbnail-64.png')
        blobs.storeDerived(thumbnail, new ByteArrayInputStream('png bytes'.bytes))
        originals[thumbnail] = 'png bytes'.bytes
    }

    def cleanup() {
        filesystemContext?.close()
    }

    private Map run(ApplicationContext context, List<String> args, Map<String, String> environment = [:]) {
        def out = new ByteArrayOutputStream()
        def err = new ByteArrayOutputStream()
        int code = new StorageCli(context, environment, new PrintStream(out, true), new PrintStream(err, true)).run(args)
        [code: code, out: out.toString(), err: err.toString()]
    }

    private List<String> migrateTo(String bucket) {
        ['migrate', '--to', 's3', '--to-endpoint', s3.endpoint.toString(), '--to-bucket', bucket,
         '--to-access-key', S3TestServer.ACCESS_KEY]
    }

    private static final Map<String, String> SECRET = [SPENDVAULT_TARGET_S3_SECRET_KEY: S3TestServer.SECRET_KEY]

    def "migrating to S3 copies and verifies every blob; after switching the configuration S3 serves them all"() {
        when:
        def first = run(filesystemContext, migrateTo('migrated'), SECRET)

        then:
        first.code == StorageCli.OK
        first.out.contains('Done in')
        first.out.contains('4 copied')
        first.out.contains('copied 4/4 blobs')

        when: 'it runs again'
        def second = run(filesystemContext, migrateTo('migrated'), SECRET)

        then: 'nothing is copied twice'
        second.code == StorageCli.OK
        second.out.contains('0 copied (0 B), 4 already there, 0 failed')

        when: 'the configuration switches to S3'
        def s3Context = ApplicationContext.run(PostgresTestServer.get().micronautProperties() + [
                'spendvault.storage.backend'      : 's3',
                'spendvault.storage.s3.endpoint'  : s3.endpoint.toString(),
                'spendvault.storage.s3.bucket'    : 'migrated',
                'spendvault.storage.s3.access-key': S3TestServer.ACCESS_KEY,
                'spendvault.storage.s3.secret-key': S3TestServer.SECRET_KEY])
        def s3Blobs = s3Context.getBean(BlobStore)

        then: 'every blob is there, byte for byte'
        s3Blobs instanceof S3BlobStore
        originals.every { key, bytes -> s3Blobs.open(key).get().withCloseable { it.readAllBytes() } == bytes }

        and: 'verification of the new store is clean'
        run(s3Context, ['verify']).code == StorageCli.OK

        cleanup:
        s3Context?.close()
    }

    def "a migration resumes where an interrupted one stopped"() {
        given: 'half of the blobs already reached the target'
        def target = new S3BlobStore(s3.settings('resumed'), java.time.Clock.systemUTC()).initialize()
        target.store(new ByteArrayInputStream('a receipt'.bytes), HashingInputStream.UNLIMITED)

        when:
        def result = run(filesystemContext, migrateTo('resumed'), SECRET)

        then:
        result.code == StorageCli.OK
        result.out.contains('3 copied')
        result.out.contains('1 already there')

        cleanup:
        target.close()
    }

    def "verify reports a corrupted blob and exits 1"() {
        given:
        def victim = originals.keySet().find { it.isContent() && originals[it].length > 0 }
        Files.write(blobRoot.resolve(victim.value()), 'bit rot'.bytes)

        when:
        def result = run(filesystemContext, ['verify'])

        then:
        result.code == StorageCli.PROBLEMS_FOUND
        result.err.contains("CORRUPTED ${victim.value()}")
        result.out.contains('1 corrupted')
    }

    def "gc lists unreferenced blobs without deleting them unless asked"() {
        when:
        def dryRun = run(filesystemContext, ['gc', '--grace', '10m'])

        then: 'blobs younger than the grace period are safe'
        dryRun.code == StorageCli.OK
        dryRun.out.contains('4 blobs examined, 0 unreferenced')
        originals.keySet().every { Files.exists(blobRoot.resolve(it.value())) }
    }

    def "#description exits #code"() {
        expect:
        run(filesystemContext, args, environment).code == code

        where:
        description                       | args                                                  | environment | code
        'an unknown command'              | ['shrink']                                            | [:]         | StorageCli.USAGE
        'a missing target'                | ['migrate']                                           | [:]         | StorageCli.USAGE
        'an unknown option'               | ['verify', '--fast']                                  | [:]         | StorageCli.USAGE
        'a grace period under 10 minutes' | ['gc', '--grace', '5m']                               | [:]         | StorageCli.USAGE
        'an S3 target without its secret' | ['migrate', '--to', 's3', '--to-endpoint', 'http://127.0.0.1:1', '--to-bucket', 'b',
                                             '--to-access-key', 'k']                              | [:]         | StorageCli.USAGE
        'an unreachable S3 target'        | ['migrate', '--to', 's3', '--to-endpoint', 'http://127.0.0.1:1', '--to-bucket', 'b',
                                             '--to-access-key', 'k']                              | SECRET      | StorageCli.STORAGE_UNAVAILABLE
    }
}
