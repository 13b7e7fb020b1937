package io.spendvault.adapters.rest.userdata

import spock.lang.Specification
import spock.lang.Timeout

import java.security.MessageDigest
import java.util.concurrent.Callable
import java.util.concurrent.Executors

@Timeout(30)
class BytePipeSpec extends Specification {

    def pool = Executors.newSingleThreadExecutor()

    def cleanup() {
        pool.shutdownNow()
    }

    def "every byte arrives in order through a pipe much smaller than the data"() {
        given:
        def pipe = new BytePipe(1000)
        def random = new Random(7)
        def data = new byte[3_000_017]
        random.nextBytes(data)

        when:
        pool.submit({
            for (int offset = 0; offset < data.length; offset += 777) {
                pipe.sink.write(data, offset, Math.min(777, data.length - offset))
            }
            pipe.finish(null)
        } as Callable)
        def received = pipe.source.readAllBytes()

        then:
        MessageDigest.isEqual(received, data)
        pipe.source.read() == -1
    }

    def "a writer's failure reaches the reader instead of the end of the stream"() {
        given:
        def pipe = new BytePipe(16)
        def broken = new IllegalStateException('the database went away')

        when:
        pool.submit({
            pipe.sink.write('half of it'.bytes)
            pipe.finish(broken)
        } as Callable)
        pipe.source.readAllBytes()

        then:
        def failure = thrown(IOException)
        failure.cause.is(broken)
    }

    def "a reader that closes its end stops a writer waiting for room"() {
        given:
        def pipe = new BytePipe(8)
        def writing = pool.submit({ pipe.sink.write(new byte[1000]) } as Callable)

        when:
        pipe.source.read(new byte[4])
        pipe.source.close()
        writing.get()

        then:
        def failure = thrown(java.util.concurrent.ExecutionException)
        failure.cause instanceof IOException
        pipe.closedByReader()
    }
}
