package io.spendvault.bootstrap.e2e

import io.micronaut.context.annotation.Property
import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.spendvault.adapters.persistence.testsupport.PostgresSpecification
import io.spendvault.adapters.rest.testsupport.RawHttp
import jakarta.inject.Inject

@MicronautTest
@Property(name = 'spendvault.api-docs.enabled', value = 'true')
class ApiDocsEnabledSpec extends PostgresSpecification {

    @Inject
    EmbeddedServer server

    def "with API docs switched on, the build-time OpenAPI document and Swagger UI are served"() {
        given:
        def http = new RawHttp(server.URI)

        when:
        def document = http.get('/api/v1/openapi/spendvault-api-v1.yml')
        def ui = http.get('/api/v1/docs/index.html')

        then:
        document.status == 200
        document.text.contains('title: Spendvault API')
        ui.status == 200
        ui.text.toLowerCase().contains('swagger')
    }
}
