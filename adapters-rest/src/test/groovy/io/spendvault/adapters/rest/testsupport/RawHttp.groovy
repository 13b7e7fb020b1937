package io.spendvault.adapters.rest.testsupport

import groovy.json.JsonOutput
import groovy.json.JsonSlurper

import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse

/**
 * A plain JDK HTTP client for specs: sees status, headers and body exactly as a browser or script would,
 * with no framework client translating errors into exceptions.
 */
class RawHttp {

    final URI base
    private final HttpClient client = HttpClient.newHttpClient()

    RawHttp(URI base) {
        this.base = base
    }

    Answer get(String path, Map<String, String> headers = [:]) {
        send('GET', path, null, headers)
    }

    Answer postJson(String path, Object body, Map<String, String> headers = [:]) {
        send('POST', path, body instanceof String ? body : JsonOutput.toJson(body), ['Content-Type': 'application/json'] + headers)
    }

    Answer send(String method, String path, String body, Map<String, String> headers = [:]) {
        def builder = HttpRequest.newBuilder(base.resolve(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
        headers.each { name, value -> builder.header(name, value) }
        def response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString())
        new Answer(response.statusCode(), response.headers().map(), response.body())
    }

    static class Answer {
        final int status
        final Map<String, List<String>> headers
        final String text

        Answer(int status, Map<String, List<String>> headers, String text) {
            this.status = status
            this.headers = headers
            this.text = text
        }

        String header(String name) {
            headers.find { it.key.equalsIgnoreCase(name) }?.value?.first()
        }

        def getJson() {
            new JsonSlurper().parseText(text)
        }

        @Override
        String toString() {
            "HTTP $status $text"
        }
    }
}
