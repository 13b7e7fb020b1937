package io.spendvault.bootstrap

import io.micronaut.context.exceptions.ConfigurationException
import spock.lang.Specification

class ProductionSafetyCheckSpec extends Specification {

    def "production refuses the secret '#secret'"() {
        when:
        new ProductionSafetyCheck(true, secret)

        then:
        def failure = thrown(ConfigurationException)
        failure.message.contains('SPENDVAULT_SECRET')

        where:
        secret << [null, '', '   ', ProductionSafetyCheck.PUBLISHED_DEVELOPMENT_SECRET, 'short-but-random-31-characters!']
    }

    def "production starts with a long random secret"() {
        when:
        new ProductionSafetyCheck(true, 'q' * ProductionSafetyCheck.MINIMUM_SECRET_LENGTH)

        then:
        noExceptionThrown()
    }

    def "development accepts the default secret"() {
        when:
        new ProductionSafetyCheck(false, ProductionSafetyCheck.PUBLISHED_DEVELOPMENT_SECRET)

        then:
        noExceptionThrown()
    }
}
