package io.spendvault.adapters.persistence.testsupport

import io.micronaut.test.support.TestPropertyProvider
import spock.lang.Specification

/** Base for {@code @MicronautTest} specs whose context talks to the real test PostgreSQL. */
abstract class PostgresSpecification extends Specification implements TestPropertyProvider {

    @Override
    Map<String, String> getProperties() {
        PostgresTestServer.get().micronautProperties()
    }
}
