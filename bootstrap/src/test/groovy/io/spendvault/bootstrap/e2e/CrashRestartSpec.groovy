package io.spendvault.bootstrap.e2e

import io.spendvault.adapters.rest.testsupport.RawHttp
import io.spendvault.bootstrap.testsupport.ApiClient
import io.spendvault.bootstrap.testsupport.Eventually
import io.spendvault.bootstrap.testsupport.ServerProcess
import io.spendvault.bootstrap.testsupport.SlowText
import spock.lang.Specification
import spock.lang.TempDir

import java.nio.file.Files
import java.nio.file.Path
import java.security.MessageDigest

/**
 * The zero-set-up run killed with kill -9 while uploads stream in (a power cut, the OOM killer): every
 * restart comes up on the same data directory, everything committed is there, and the blob store verifies clean.
 */
class CrashRestartSpec extends Specification {

    /** Three in the build; {@code -Dcrash.rounds=20} for a longer run. */
    static final int CRASHES = Integer.getInteger('crash.rounds', 3)
    /** Partial uploads untouched for a second count as abandoned here (a real server waits an hour). */
    static final Map<String, String> SWEEP_SOON = [SPENDVAULT_STORAGE_ABANDONED_UPLOAD_GRACE: 'PT1S']

    @TempDir
    Path dataDir

    def "killed #CRASHES times with uploads in flight, the server comes up each time with its data, and storage verify is clean"() {
        given: 'a user with a committed upload'
        def server = ServerProcess.start(dataDir)
        def user = ApiClient.newUser(new RawHttp(server.base))
        def random = new Random(7)
        def content = (1..20_000).collect { "line $it: ${random.nextLong()}\n" }.join().getBytes('UTF-8')
        def committed = user.upload('receipt.txt', content, 'text/plain')
        assert committed.status == 201: committed
        def fileId = committed.json.id
        def restarts = 0
        def leftovers = []

        when:
        CRASHES.times {
            def inFlight = (1..3).collect { n -> def running = user.on(new RawHttp(server.base)); Thread.startDaemon { uploadSlowly(running, n) } }
            sleep(1500)
            server.kill()
            inFlight*.join(30_000)
            leftovers << partialUploads().size()
            server = ServerProcess.start(dataDir, SWEEP_SOON)
            restarts++
            println "crash restart: round $restarts of $CRASHES came up (${leftovers.last()} partial uploads left by the kill)"
            // the data directory keeps the signing secret and the sessions: the token from before the crash still works
            def client = user.on(new RawHttp(server.base))
            assert client.get("/api/v1/uploads/$fileId").status == 200
            assert sha256(client.download("/api/v1/uploads/$fileId/download").body()) == sha256(content)
        }
        def swept = Eventually.within(30) { partialUploads().isEmpty() }
        def stopped = server.stop()
        def verify = ServerProcess.run(dataDir, [:], ['storage', 'verify'])

        then:
        restarts == CRASHES
        leftovers.every { it > 0 }  // the kill left partial uploads behind...
        swept                       // ...and the restarted server swept them (started 5 s after start-up)
        stopped == 143 || stopped == 0
        verify.status == 0

        cleanup:
        server?.kill()
    }

    /** Streams a 64 MiB file part at about 8 MiB/s; the kill cuts it off, so whatever this answers does not matter. */
    private static void uploadSlowly(ApiClient client, int n) {
        try {
            client.upload("in-flight-${n}.txt", new SlowText(64L * 1024 * 1024, 8), 'text/plain')
        } catch (IOException ignored) {
            // the server died mid-request: what a client sees in a crash
        }
    }

    private List<Path> partialUploads() {
        def temp = dataDir.resolve('blobs').resolve('.tmp')
        Files.isDirectory(temp) ? Files.list(temp).withCloseable { it.toList() } : []
    }

    private static String sha256(byte[] bytes) {
        MessageDigest.getInstance('SHA-256').digest(bytes).encodeHex().toString()
    }
}
