package io.spendvault.bootstrap.architecture

import com.tngtech.archunit.core.domain.JavaClasses
import com.tngtech.archunit.core.importer.ClassFileImporter
import com.tngtech.archunit.lang.ArchRule
import spock.lang.Shared
import spock.lang.Specification

/**
 * Every architecture rule catches a class that breaks it. The fixtures in {@code archfixtures} each break
 * one rule; the rules are built exactly as for production, only rooted at the fixture package.
 */
class ArchitectureRulesBiteSpec extends Specification {

    @Shared
    JavaClasses fixtures = new ClassFileImporter()
            .withImportOption(ProductionClasses.WITHOUT_GENERATED)
            .importPackages('archfixtures')

    @Shared
    ArchitectureRules rules = new ArchitectureRules('archfixtures')

    def "rule '#name' reports #offender"() {
        given:
        ArchRule rule = rules."$name"

        when:
        def result = rule.evaluate(fixtures)

        then:
        result.hasViolation()
        result.failureReport.details.any { it.contains(offender) }

        where:
        name                                         | offender
        'hexagonLayers'                              | 'archfixtures.domain.model.ReceiptWithService'
        'domainDependsOnTheJdkOnly'                  | 'archfixtures.domain.model.AnnotatedMoney'
        'applicationDependsOnDomainOnly'             | 'archfixtures.application.receipt.SingletonReceiptService'
        'domainAndApplicationUseNoFrameworkOrDriver' | 'archfixtures.application.receipt.JdbcReceiptService'
        'adaptersDoNotDependOnEachOther'             | 'archfixtures.adapters.rest.ReceiptEndpoint'
        'adaptersUseTheApplicationThroughItsPorts'   | 'archfixtures.adapters.rest.ServiceCaller'
        'nothingDependsOnBootstrap'                  | 'archfixtures.adapters.storage.BootstrapAwareStore'
        'packagesAreFreeOfCycles'                    | 'archfixtures.cycle.left.Left'
        'controllersLiveInTheRestAdapter'            | 'archfixtures.adapters.persistence.ReceiptController'
        'useCasesAreInterfacesInPortIn'              | 'archfixtures.application.receipt.UploadReceiptUseCase'
        'everyRouteDeclaresItsSecurity'              | 'archfixtures.adapters.rest.OpenEndpoint.everyone()'
        'noFieldInjection'                           | 'archfixtures.adapters.rest.FieldInjected'
        'noGenericExceptions'                        | 'archfixtures.adapters.storage.GenericThrower'
        'noStandardStreams'                          | 'archfixtures.adapters.rest.Printer'
        'noJavaUtilLogging'                          | 'archfixtures.adapters.rest.JulLogger'
    }

    def "every rule of the house has a fixture that breaks it"() {
        given:
        def biting = rules.all().findAll { it.evaluate(fixtures).hasViolation() }

        expect:
        biting.size() == rules.all().size()
    }

    def "the well-behaved fixture breaks none of the rules"() {
        given:
        def goodOnly = new ClassFileImporter().importClasses(archfixtures.application.receipt.ReceiptService)

        expect:
        rules.all().every { !it.allowEmptyShould(true).evaluate(goodOnly).hasViolation() }
    }

    def "generated Micronaut classes are left out of the import"() {
        expect: 'the fixture with @Singleton gets a generated bean definition that the import does not see'
        !fixtures.any { it.simpleName.startsWith('$') }
        fixtures.contain('archfixtures.adapters.rest.FieldInjected')
    }
}
