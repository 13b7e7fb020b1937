package io.spendvault.bootstrap.e2e

import io.spendvault.bootstrap.testsupport.ServerProcess
import spock.lang.Specification
import spock.lang.TempDir

import java.nio.file.Files
import java.nio.file.Path

/** The real entry point, in its own JVM: a start with an unsafe or missing secret stops before anything starts. */
class ProductionStartSpec extends Specification {

    @TempDir
    Path dataDir

    def "production with #what stops before the database starts: one clear line, exit status 78"() {
        when:
        def run = start([SPENDVAULT_PRODUCTION: 'true'] + (secret == null ? [:] : [SPENDVAULT_SECRET: secret]))

        then:
        run.status == 78
        run.output.readLines().count { it.contains('Not starting: SPENDVAULT_SECRET must') } == 1
        !run.output.contains('Exception')
        !run.output.contains('\tat ')
        !Files.exists(dataDir.resolve('postgres'))

        where:
        what                            | secret
        'no secret'                     | null
        'a secret of 31 chars'          | 'x' * 31
        'the published development one' | 'dev-only-insecure-secret-change-me'
    }

    def "an external database without SPENDVAULT_SECRET stops at once: every node must sign with the same secret"() {
        when:
        def run = start([SPENDVAULT_DB_URL: 'jdbc:postgresql://127.0.0.1:1/none'])

        then:
        run.status == 78
        run.output.readLines().count { it.contains('Not starting: SPENDVAULT_SECRET must be set when the database is external') } == 1
        !run.output.contains('Exception')
        !Files.exists(dataDir.resolve('secret'))
    }

    private Map start(Map<String, String> variables) {
        ServerProcess.run(dataDir, variables)
    }
}
