package io.spendvault.bootstrap.architecture

import com.tngtech.archunit.core.domain.JavaClasses
import com.tngtech.archunit.lang.ArchRule
import spock.lang.Shared
import spock.lang.Specification

/** The production code of every module obeys the rules of the house. */
class ArchitectureSpec extends Specification {

    @Shared
    JavaClasses production = ProductionClasses.of('io.spendvault')

    @Shared
    ArchitectureRules rules = new ArchitectureRules('io.spendvault')

    def "the import sees every module and no generated or test code"() {
        expect:
        ['domain', 'application', 'adapters.rest', 'adapters.persistence', 'adapters.storage', 'bootstrap'].every { module ->
            production.any { it.packageName.startsWith("io.spendvault.$module") }
        }
        production.every { !it.simpleName.startsWith('$') }
        production.every { !it.name.endsWith('Spec') }
    }

    def "#rule.description"(ArchRule rule) {
        expect:
        rule.check(production)

        where:
        rule << new ArchitectureRules('io.spendvault').all()
    }
}
