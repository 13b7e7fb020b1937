package io.spendvault.adapters.storage.s3

import io.spendvault.adapters.storage.testsupport.S3TestServer
import io.spendvault.domain.storage.BlobStorageException
import io.spendvault.domain.storage.HashingInputStream
import io.spendvault.domain.storage.testsupport.GeneratedContent
import spock.lang.Specification

import java.time.Clock
import java.time.Duration
import java.util.concurrent.CountDownLatch
import java.util.concurrent.Executors
import java.util.concurrent.TimeUnit
import java.util.stream.Collectors

/** What the S3 adapter does when the server dies, refuses, or answers errors. */
class S3BlobStoreFaultSpec extends Specification {

    static final long UNLIMITED = HashingInputStream.UNLIMITED

    def "a server that stops mid-upload fails the write, leaves no blob, and the store works again once it is back"() {
        given:
        def server = new S3TestServer()
        def store = new S3BlobStore(server.settings('faults'), Clock.systemUTC()).initialize()
        def halfway = new CountDownLatch(1)
        def generated = new GeneratedContent(200L * 1024 * 1024, 11)
        def content = new FilterInputStream(generated) {
            @Override
            int read(byte[] buffer, int offset, int length) {
                if (generated.position > 20L * 1024 * 1024) {
                    halfway.countDown()
                }
                super.read(buffer, offset, length)
            }
        }
        def uploader = Executors.newSingleThreadExecutor()

        when: 'the server goes down while 200 MiB stream in'
        def upload = uploader.submit({ store.store(content, UNLIMITED) } as java.util.concurrent.Callable)
        assert halfway.await(60, TimeUnit.SECONDS)
        server.stop()
        upload.get(60, TimeUnit.SECONDS)

        then:
        def failure = thrown(java.util.concurrent.ExecutionException)
        failure.cause instanceof BlobStorageException

        when: 'the server is back with its data'
        server.start()
        def after = store.store(new ByteArrayInputStream('after the outage'.bytes), UNLIMITED)

        then: 'nothing half-written is listed and writing works again'
        store.list().withCloseable { it.collect(Collectors.toList()) }*.key() == [after.key()]
        store.open(after.key()).get().text == 'after the outage'

        cleanup:
        uploader?.shutdownNow()
        store?.close()
        server?.close()
    }

    def "a dead endpoint fails fast with a clear storage error"() {
        given:
        def port = new ServerSocket(0).withCloseable { it.localPort }
        def settings = new S3TestServer.Unstarted().settingsFor(URI.create("http://127.0.0.1:$port"))
        def store = new S3BlobStore(settings, Clock.systemUTC())

        when:
        store.checkAvailable()

        then:
        def failure = thrown(BlobStorageException)
        failure.message.contains("127.0.0.1:$port")
        failure.code() == 'STORAGE_UNAVAILABLE'

        when:
        store.store(new ByteArrayInputStream('x'.bytes), UNLIMITED)

        then:
        thrown(BlobStorageException)

        cleanup:
        store.close()
    }

    def "wrong credentials are a storage error, not a missing blob"() {
        given:
        def server = new S3TestServer()
        new S3BlobStore(server.settings('creds'), Clock.systemUTC()).initialize().close()
        def store = new S3BlobStore(server.settings('creds', [secretKey: 'not-the-secret']), Clock.systemUTC())

        when:
        store.size(io.spendvault.domain.storage.BlobKey.content(io.spendvault.domain.storage.ContentHash.parse('ab' * 32)))

        then:
        thrown(BlobStorageException)

        cleanup:
        store?.close()
        server?.close()
    }

    def "a server answering 503 to everything is a storage error"() {
        given:
        def unavailable = new ServerSocket(0)
        def responder = Thread.start {
            while (!unavailable.closed) {
                try {
                    unavailable.accept().withCloseable { socket ->
                        socket.inputStream.read(new byte[8192])
                        socket.outputStream.write(('HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\n' +
                                'Connection: close\r\n\r\n').bytes)
                    }
                } catch (IOException ignored) {
                }
            }
        }
        def settings = new S3TestServer.Unstarted().settingsFor(URI.create("http://127.0.0.1:$unavailable.localPort"))
        def store = new S3BlobStore(settings, Clock.systemUTC())

        when:
        store.open(io.spendvault.domain.storage.BlobKey.content(io.spendvault.domain.storage.ContentHash.parse('cd' * 32)))

        then:
        thrown(BlobStorageException)

        cleanup:
        store?.close()
        unavailable.close()
        responder.join(5000)
    }
}
