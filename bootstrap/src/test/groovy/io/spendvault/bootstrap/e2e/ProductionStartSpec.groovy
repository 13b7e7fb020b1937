package io.spendvault.bootstrap.e2e

import spock.lang.Specification

import java.nio.file.Files
import java.nio.file.Path
import java.util.concurrent.TimeUnit

/** The real entry point, in its own JVM: a production start with an unsafe secret stops before anything starts. */
class ProductionStartSpec extends Specification {

    def "production with #what stops before the database starts: one clear line, exit status 78"() {
        given:
        Path dataDir = Files.createTempDirectory('spendvault-production')
        def java = Path.of(System.getProperty('java.home'), 'bin', 'java').toString()
        def builder = new ProcessBuilder(java, '-cp', System.getProperty('java.class.path'), 'io.spendvault.bootstrap.Application')
                .redirectErrorStream(true)
        builder.environment().keySet().removeAll { it.startsWith('SPENDVAULT_') }
        builder.environment().putAll([SPENDVAULT_PRODUCTION: 'true', SPENDVAULT_DATA_DIR: dataDir.toString(),
                                      MICRONAUT_SERVER_PORT: '0'])
        if (secret != null) {
            builder.environment().SPENDVAULT_SECRET = secret
        }

        when:
        def process = builder.start()
        def finished = process.waitFor(60, TimeUnit.SECONDS)
        def output = process.inputStream.text

        then:
        finished
        process.exitValue() == 78
        output.readLines().count { it.contains('Not starting: SPENDVAULT_SECRET must') } == 1
        !output.contains('Exception')
        !output.contains('\tat ')
        !Files.exists(dataDir.resolve('postgres'))

        cleanup:
        process?.destroyForcibly()
        dataDir.toFile().deleteDir()

        where:
        what                             | secret
        'no secret'                      | null
        'a secret of 31 chars'           | 'x' * 31
        'the published development one' | 'dev-only-insecure-secret-change-me'
    }

    def "an external database without SPENDVAULT_SECRET stops at once: every node must sign with the same secret"() {
        given:
        Path dataDir = Files.createTempDirectory('spendvault-external')
        def java = Path.of(System.getProperty('java.home'), 'bin', 'java').toString()
        def builder = new ProcessBuilder(java, '-cp', System.getProperty('java.class.path'), 'io.spendvault.bootstrap.Application')
                .redirectErrorStream(true)
        builder.environment().keySet().removeAll { it.startsWith('SPENDVAULT_') }
        builder.environment().putAll([SPENDVAULT_DB_URL: 'jdbc:postgresql://127.0.0.1:1/none', SPENDVAULT_DATA_DIR: dataDir.toString(),
                                      MICRONAUT_SERVER_PORT: '0'])

        when:
        def process = builder.start()
        def finished = process.waitFor(60, TimeUnit.SECONDS)
        def output = process.inputStream.text

        then:
        finished
        process.exitValue() == 78
        output.readLines().count { it.contains('Not starting: SPENDVAULT_SECRET must be set when the database is external') } == 1
        !output.contains('Exception')
        !Files.exists(dataDir.resolve('secret'))

        cleanup:
        process?.destroyForcibly()
        dataDir.toFile().deleteDir()
    }
}
