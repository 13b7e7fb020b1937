package io.spendvault.bootstrap.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

import java.util.regex.Pattern;

/** Imports the production classes of every module, without tests and without Micronaut-generated code. */
public final class ProductionClasses {

    /** Micronaut's compile-time generated classes ({@code $Foo$Definition}, {@code $Foo$Introspection}, …). */
    static final ImportOption WITHOUT_GENERATED = new ImportOption() {
        private final Pattern generated = Pattern.compile(".*/\\$[^/]*\\.class$");

        @Override
        public boolean includes(Location location) {
            return !location.matches(generated);
        }
    };

    /** Test classes, including those of another module's test-jar. */
    static final ImportOption WITHOUT_TEST_JARS = location -> !location.contains("-tests.jar")
            && !location.contains("/test-classes/");

    private ProductionClasses() {
    }

    public static JavaClasses of(String... packages) {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(WITHOUT_TEST_JARS)
                .withImportOption(WITHOUT_GENERATED)
                .importPackages(packages);
    }
}
