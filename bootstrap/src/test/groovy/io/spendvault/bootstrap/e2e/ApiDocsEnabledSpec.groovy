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

    def "with API docs switched on, the build-time OpenAPI document is served"() {
        when:
        def document = new RawHttp(server.URI).get('/api/v1/openapi/spendvault-api-v1.yml')

        then:
        document.status == 200
        document.text.contains('title: Spendvault API')
    }

    def "#page renders: every script, style sheet and the document it loads are served"() {
        given:
        def http = new RawHttp(server.URI)

        when:
        def html = http.get(page)
        // the pages build their asset paths as contextPath + "/…" in script; the context path is empty here
        def assets = (html.text =~ /contextPath \+ ["']([^"']+)["']/).collect { it[1] }.unique()

        then:
        html.status == 200
        html.text.toLowerCase().contains(name)
        assets.any { it.endsWith('.js') }
        assets.contains('/api/v1/openapi/spendvault-api-v1.yml')
        assets.every { asset ->
            def answer = http.get(asset)
            assert answer.status == 200: "$page loads $asset: $answer.status"
            true
        }

        where:
        page                         | name
        '/api/v1/docs/index.html'    | 'swagger'
        '/api/v1/redoc/index.html'   | 'redoc'
    }
}
