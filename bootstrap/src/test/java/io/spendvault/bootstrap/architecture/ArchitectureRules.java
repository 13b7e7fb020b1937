package io.spendvault.bootstrap.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;

import java.util.List;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The rules of the house, for a code base rooted at {@code root}. The architecture spec applies them to
 * {@code io.spendvault}; the bite spec applies the very same rules to fixture classes that break them, so
 * a rule that could never fail would be noticed.
 */
public final class ArchitectureRules {

    private static final String[] FRAMEWORKS_AND_DRIVERS = {
            "io.micronaut..", "jakarta..", "javax.inject..", "javax.sql..", "javax.persistence..",
            "javax.validation..", "javax.annotation..", "com.fasterxml..", "java.sql..", "io.minio..",
            "org.postgresql..", "org.flywaydb..", "okhttp3..", "software.amazon.."};

    /** The JDK as the pure modules may use it: java.* only (cryptography goes through the Signer port). */
    private static final String[] JDK = {"java.."};

    public final ArchRule hexagonLayers;
    public final ArchRule domainDependsOnTheJdkOnly;
    public final ArchRule applicationDependsOnDomainOnly;
    public final ArchRule domainAndApplicationUseNoFrameworkOrDriver;
    public final ArchRule adaptersDoNotDependOnEachOther;
    public final ArchRule adaptersUseTheApplicationThroughItsPorts;
    public final ArchRule nothingDependsOnBootstrap;
    public final ArchRule packagesAreFreeOfCycles;
    public final ArchRule controllersLiveInTheRestAdapter;
    public final ArchRule useCasesAreInterfacesInPortIn;
    public final ArchRule everyRouteDeclaresItsSecurity;
    public final ArchRule noFieldInjection;
    public final ArchRule noGenericExceptions;
    public final ArchRule noStandardStreams;
    public final ArchRule noJavaUtilLogging;

    public ArchitectureRules(String root) {
        String domain = root + ".domain..";
        String application = root + ".application..";
        String adapters = root + ".adapters..";
        String bootstrap = root + ".bootstrap..";

        hexagonLayers = onionArchitecture()
                .domainModels(domain)
                .applicationServices(application)
                .adapter("rest", root + ".adapters.rest..")
                .adapter("persistence", root + ".adapters.persistence..")
                .adapter("storage", root + ".adapters.storage..")
                .adapter("mail", root + ".adapters.mail..")
                .withOptionalLayers(true)
                // bootstrap wires everything together, so it may use every layer
                .ignoreDependency(resideInAPackage(bootstrap), DescribedPredicate.alwaysTrue())
                .as("domain, application and adapters form a hexagon");

        domainDependsOnTheJdkOnly = classes().that().resideInAPackage(domain)
                .should().onlyDependOnClassesThat().resideInAnyPackage(with(JDK, domain))
                .as("domain depends on the JDK only");

        applicationDependsOnDomainOnly = classes().that().resideInAPackage(application)
                .should().onlyDependOnClassesThat().resideInAnyPackage(with(JDK, application, domain))
                .as("application depends on domain and the JDK only");

        domainAndApplicationUseNoFrameworkOrDriver = noClasses().that().resideInAnyPackage(domain, application)
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS_AND_DRIVERS)
                .as("domain and application use no framework, JDBC, Jackson or MinIO types");

        adaptersDoNotDependOnEachOther = slices().matching(root + ".adapters.(*)..")
                .should().notDependOnEachOther()
                .as("an adapter never depends on another adapter");

        adaptersUseTheApplicationThroughItsPorts = noClasses().that().resideInAPackage(adapters)
                .should().dependOnClassesThat(resideInAPackage(application)
                        .and(DescribedPredicate.not(resideInAnyPackage(application + "port.in..", application + "port.out.."))))
                .as("adapters use the application only through its port.in and port.out packages");

        nothingDependsOnBootstrap = noClasses().that().resideOutsideOfPackage(bootstrap)
                .should().dependOnClassesThat().resideInAPackage(bootstrap)
                .as("nothing depends on bootstrap");

        packagesAreFreeOfCycles = slices().matching(root + ".(**)")
                .should().beFreeOfCycles()
                .as("packages are free of cycles");

        controllersLiveInTheRestAdapter = classes().that().haveSimpleNameEndingWith("Controller")
                .or().areAnnotatedWith("io.micronaut.http.annotation.Controller")
                .should().resideInAPackage(root + ".adapters.rest..")
                .allowEmptyShould(true)
                .as("controllers live in the REST adapter");

        useCasesAreInterfacesInPortIn = classes().that().haveSimpleNameEndingWith("UseCase")
                .should().resideInAPackage(root + ".application..port.in..")
                .andShould().beInterfaces()
                .allowEmptyShould(true)
                .as("use cases are interfaces in application port.in packages");

        everyRouteDeclaresItsSecurity = classes().that().areAnnotatedWith("io.micronaut.http.annotation.Controller")
                .should(declareSecurityForEveryRoute())
                .allowEmptyShould(true)
                .as("every route declares who may call it with @Secured");

        noFieldInjection = GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;
        noGenericExceptions = GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;
        // The ops CLI's terminal is the one place that may print.
        noStandardStreams = noClasses().that().resideOutsideOfPackage(root + ".bootstrap.cli..")
                .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
                .as("no classes access standard streams, except the ops CLI's terminal");
        noJavaUtilLogging = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;
    }

    private static final List<String> ROUTE_ANNOTATIONS = List.of("Get", "Post", "Put", "Patch", "Delete").stream()
            .map(name -> "io.micronaut.http.annotation." + name).toList();
    private static final String SECURED = "io.micronaut.security.annotation.Secured";

    /** @Secured on the controller, or on every route method it declares: no route is open by accident. */
    private static ArchCondition<JavaClass> declareSecurityForEveryRoute() {
        return new ArchCondition<>("declare @Secured on the class or on every route") {
            @Override
            public void check(JavaClass controller, ConditionEvents events) {
                if (controller.isAnnotatedWith(SECURED)) {
                    return;
                }
                for (JavaMethod method : controller.getMethods()) {
                    boolean route = ROUTE_ANNOTATIONS.stream().anyMatch(method::isAnnotatedWith);
                    if (route && !method.isAnnotatedWith(SECURED)) {
                        events.add(SimpleConditionEvent.violated(method, method.getFullName() + " is a route without @Secured"));
                    }
                }
            }
        };
    }

    private static String[] with(String[] packages, String... more) {
        String[] all = java.util.Arrays.copyOf(packages, packages.length + more.length);
        System.arraycopy(more, 0, all, packages.length, more.length);
        return all;
    }

    public List<ArchRule> all() {
        return List.of(hexagonLayers, domainDependsOnTheJdkOnly, applicationDependsOnDomainOnly,
                domainAndApplicationUseNoFrameworkOrDriver, adaptersDoNotDependOnEachOther, adaptersUseTheApplicationThroughItsPorts,
                nothingDependsOnBootstrap,
                packagesAreFreeOfCycles, controllersLiveInTheRestAdapter, useCasesAreInterfacesInPortIn, everyRouteDeclaresItsSecurity,
                noFieldInjection, noGenericExceptions, noStandardStreams, noJavaUtilLogging);
    }
}
