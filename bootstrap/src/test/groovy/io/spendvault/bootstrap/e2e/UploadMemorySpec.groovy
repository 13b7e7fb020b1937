package io.spendvault.bootstrap.e2e

import io.spendvault.adapters.rest.testsupport.RawHttp
import io.spendvault.bootstrap.testsupport.ApiClient
import io.spendvault.bootstrap.testsupport.ServerProcess
import io.spendvault.domain.storage.testsupport.GeneratedContent
import spock.lang.Shared
import spock.lang.Specification
import spock.lang.TempDir

import java.nio.file.Path
import java.util.concurrent.Callable
import java.util.concurrent.Executors
import java.util.concurrent.atomic.AtomicBoolean

/**
 * Uploads flow with backpressure: a client far faster than the blob store is read only as fast as the store
 * writes, so the server's memory stays flat. The real server in its own JVM with a small heap (and little direct
 * memory), a store slowed to about 60 MiB/s. The heap cap is the assertion: an upload that were buffered ends in
 * OutOfMemoryError, and the JVM exits on the first one (before the fix it did so within 5 s of the 1 GiB upload).
 * The sampled figures (peak used, old generation after GC) are printed for the benchmark notes.
 */
class UploadMemorySpec extends Specification {

    static final long MIB = 1024 * 1024
    static final String HEAP = '160m'
    static final String METRICS_TOKEN = 'upload-memory-spec-metrics-token-0123456789'

    @Shared
    @TempDir
    Path dataDir

    @Shared
    ServerProcess server

    @Shared
    ApiClient user

    def setupSpec() {
        server = ServerProcess.start(dataDir, [
                SPENDVAULT_FILES_MAX_FILE_SIZE   : Long.toString(1100 * MIB),
                SPENDVAULT_HTTP_MAX_REQUEST_SIZE : '1200MB',
                SPENDVAULT_FILES_QUOTA           : Long.toString(8L * 1024 * MIB),
                SPENDVAULT_FILES_ALLOWED_TYPES   : 'application/octet-stream',
                SPENDVAULT_METRICS_TOKEN         : METRICS_TOKEN,
        ], ["-Xmx$HEAP".toString(), '-XX:MaxDirectMemorySize=64m', '-XX:+ExitOnOutOfMemoryError', '-Dspendvault.test.slow-store-millis-per-mib=16'])
        user = ApiClient.newUser(new RawHttp(server.base))
    }

    def cleanupSpec() {
        server?.stop()
    }

    def "1 GiB through a slow store with a #HEAP heap: stored whole, the heap stays small"() {
        given:
        long size = 1024 * MIB

        when:
        def heap = watchingHeap { user.upload('big.bin', new GeneratedContent(size, 1)) }

        then:
        heap.result.status == 201
        heap.result.json.file_size == size
        heap.result.json.file_hash == GeneratedContent.hashOf(size, 1).prefixed()
        server.process.alive
        report('1 x 1 GiB', heap)
    }

    def "8 concurrent uploads of 200 MiB through the slow store with a #HEAP heap: every one stored whole"() {
        given:
        long size = 200 * MIB
        def pool = Executors.newFixedThreadPool(8)

        when:
        def heap = watchingHeap {
            (1..8).collect { n -> pool.submit({ user.upload("part-${n}.bin", new GeneratedContent(size, 100 + n)) } as Callable) }*.get()
        }

        then:
        heap.result*.status == [201] * 8
        heap.result.withIndex().every { answer, i -> answer.json.file_hash == GeneratedContent.hashOf(size, 101 + i).prefixed() }
        server.process.alive
        report('8 x 200 MiB', heap)

        cleanup:
        pool.shutdownNow()
    }

    /** Runs the uploads while sampling the server's heap from its metrics every 100 ms. */
    private Map watchingHeap(Closure work) {
        def done = new AtomicBoolean()
        long used = 0
        long live = 0
        def sampler = Thread.startDaemon {
            def metrics = new RawHttp(server.base)
            while (!done.get()) {
                def text = metrics.get('/api/v1/prometheus', [Authorization: "Bearer $METRICS_TOKEN"]).text
                used = Math.max(used, sum(text, 'jvm_memory_used_bytes', 'area="heap"'))
                live = Math.max(live, sum(text, 'jvm_gc_live_data_size_bytes', ''))
                sleep(100)
            }
        }
        long started = System.nanoTime()
        def result = work()
        long millis = (System.nanoTime() - started).intdiv(1_000_000)
        done.set(true)
        sampler.join()
        [result: result, usedPeak: used, liveAfterGc: live, millis: millis]
    }

    private static long sum(String prometheus, String metric, String label) {
        prometheus.readLines().findAll { it.startsWith(metric) && it.contains(label) && !it.startsWith('#') }
                .sum(0L) { (it.substring(it.lastIndexOf(' ') + 1) as double) as long } as long
    }

    /** The figures for the session note and the bench (printed into the test output). */
    private static boolean report(String what, Map heap) {
        println "upload memory: $what in ${heap.millis} ms, heap max $HEAP: peak used ${heap.usedPeak.intdiv(MIB)} MiB, " +
                "peak live after GC ${heap.liveAfterGc.intdiv(MIB)} MiB"
        true
    }
}
