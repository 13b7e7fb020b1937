package io.spendvault.bootstrap.e2e

import ch.qos.logback.classic.Level
import ch.qos.logback.classic.Logger
import ch.qos.logback.classic.spi.ILoggingEvent
import ch.qos.logback.core.read.ListAppender
import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.spendvault.adapters.persistence.testsupport.PostgresSpecification
import io.spendvault.adapters.rest.testsupport.RawHttp
import io.spendvault.bootstrap.testsupport.ApiClient
import jakarta.inject.Inject
import org.slf4j.LoggerFactory

import java.nio.charset.StandardCharsets

/**
 * A client that goes away in the middle of its request (a closed laptop, a cancelled upload) is no server
 * error: it is logged as an abort below ERROR, and nothing of the request is kept.
 */
@MicronautTest(transactional = false)
class ClientAbortSpec extends PostgresSpecification {

    @Inject
    EmbeddedServer server

    ApiClient ada
    ListAppender<ILoggingEvent> log = new ListAppender<>()
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)

    def setup() {
        ada = ApiClient.newUser(new RawHttp(server.URI))
        log.start()
        root.addAppender(log)
    }

    def cleanup() {
        root.detachAppender(log)
    }

    def "#what cut off by the client: no ERROR in the log, nothing stored"() {
        when:
        abortAfterSending(path, contentType, head, declared)
        sleep(1500) // the server notices the closed connection and gives up on the request

        then:
        log.list.findAll { it.level.isGreaterOrEqual(Level.ERROR) }.collect { it.formattedMessage } == []
        ada.get('/api/v1/users/me').json.stats.total_uploads == 0
        ada.get('/api/v1/purchases').json.total == 0

        where:
        what         | path                | contentType                                 | head                                                                                                              | declared
        'an upload'  | '/api/v1/uploads'   | 'multipart/form-data; boundary=abort-spec'  | '--abort-spec\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\n' + 'receipt\n' * 20_000 | 10_000_000
        'a JSON body'| '/api/v1/purchases' | 'application/json'                          | '{"product_name": "Lamp", "price": "1.00", "purchase_date": "2025-01-01", "notes": "' + 'x' * 5_000             | 200_000
    }

    /** Sends the head of a body that claims to be longer, then closes the connection. */
    private void abortAfterSending(String path, String contentType, String body, long declaredLength) {
        new Socket(server.host, server.port).withCloseable { socket ->
            def request = "POST $path HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ${ada.token}\r\n" +
                    "Content-Type: $contentType\r\nContent-Length: $declaredLength\r\n\r\n"
            socket.outputStream.write(request.getBytes(StandardCharsets.US_ASCII))
            socket.outputStream.write(body.getBytes(StandardCharsets.UTF_8))
            socket.outputStream.flush()
            sleep(300)
        }
    }
}
