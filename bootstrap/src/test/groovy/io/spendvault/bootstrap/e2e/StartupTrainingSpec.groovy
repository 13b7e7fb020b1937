package io.spendvault.bootstrap.e2e

import io.spendvault.bootstrap.testsupport.ServerProcess
import spock.lang.Specification
import spock.lang.TempDir

import java.nio.file.Files
import java.nio.file.Path

/**
 * The build's training run (`cds-training`, after which the JVM writes its class-data archive), in its own
 * JVM: it starts on its own embedded database, asks itself the first questions a server gets, and exits.
 */
class StartupTrainingSpec extends Specification {

    @TempDir
    Path dataDir

    def "the training run starts, is asked for readiness, liveness and an API call, and exits with status 0"() {
        when:
        def run = ServerProcess.run(dataDir, [:], ['cds-training'])

        then:
        run.status == 0
        run.output.contains('Training run: GET /api/v1/health/readiness answered 200')
        run.output.contains('Training run: GET /api/v1/health/liveness answered 200')
        run.output.contains('Training run: GET /api/v1/purchases answered 401')
        run.output.contains('Spendvault stopped')
        Files.isDirectory(dataDir.resolve('postgres'))
    }

    def "a shell pointing at a real database and secret does not reach them: the run keeps to its own"() {
        when:
        def run = ServerProcess.run(dataDir, [SPENDVAULT_DB_URL     : 'jdbc:postgresql://127.0.0.1:1/shared',
                                              SPENDVAULT_DB_USER    : 'someone', SPENDVAULT_DB_PASSWORD: 'secret',
                                              SPENDVAULT_SECRET     : 's' * 48, SPENDVAULT_PRODUCTION: 'true'], ['cds-training'])

        then:
        run.status == 0
        run.output.contains('Training run: GET /api/v1/health/readiness answered 200')
        Files.isDirectory(dataDir.resolve('postgres'))
        Files.exists(dataDir.resolve('secret'))
    }
}
