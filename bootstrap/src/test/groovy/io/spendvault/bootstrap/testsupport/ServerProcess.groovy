package io.spendvault.bootstrap.testsupport

import java.nio.file.Path
import java.util.concurrent.LinkedBlockingQueue
import java.util.concurrent.TimeUnit

/**
 * The real entry point, {@code Application.main}, in a JVM of its own on a given data directory, with only
 * the Spendvault variables a spec gives: for what only a separate process shows (exit status, kill -9).
 */
class ServerProcess {

    private static final String LISTENING = 'Spendvault is listening on '

    final Process process
    final URI base
    private final StringBuffer output

    private ServerProcess(Process process, URI base, StringBuffer output) {
        this.process = process
        this.base = base
        this.output = output
    }

    /** Runs a command to its end (a refused start, {@code storage …}); waits up to a minute. */
    static Map run(Path dataDir, Map<String, String> variables, List<String> args = []) {
        def process = launch(dataDir, variables, args)
        try {
            assert process.waitFor(60, TimeUnit.SECONDS): 'the process did not stop by itself'
            [status: process.exitValue(), output: process.inputStream.text]
        } finally {
            process.destroyForcibly()
        }
    }

    /** Starts the server and waits, up to a minute, until it listens. */
    static ServerProcess start(Path dataDir, Map<String, String> variables = [:], List<String> jvmOptions = []) {
        def process = launch(dataDir, [SPENDVAULT_RATE_LIMIT_ENABLED: 'false'] + variables, [], jvmOptions)
        def output = new StringBuffer()
        def lines = new LinkedBlockingQueue<String>()
        Thread.startDaemon {
            process.inputStream.eachLine { output.append(it).append('\n'); lines << it }
        }
        def deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60)
        while (System.nanoTime() < deadline) {
            def line = lines.poll(1, TimeUnit.SECONDS)
            if (line?.contains(LISTENING)) {
                def url = line.substring(line.indexOf(LISTENING) + LISTENING.length()).strip()
                return new ServerProcess(process, URI.create(url), output)
            }
            if (line == null && !process.alive) {
                throw new AssertionError("the server ended before it listened:\n$output")
            }
        }
        process.destroyForcibly()
        throw new AssertionError("the server did not listen within a minute:\n$output")
    }

    String getOutput() {
        output.toString()
    }

    /** What a power cut or the OOM killer does: no shutdown hook runs. */
    void kill() {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS)
    }

    /** A normal stop (SIGTERM): the shutdown hook stops the server, then the database. */
    int stop() {
        process.destroy()
        assert process.waitFor(60, TimeUnit.SECONDS): 'the server did not stop within a minute'
        process.exitValue()
    }

    private static Process launch(Path dataDir, Map<String, String> variables, List<String> args, List<String> jvmOptions = []) {
        def java = Path.of(System.getProperty('java.home'), 'bin', 'java').toString()
        def builder = new ProcessBuilder(([java] + jvmOptions + ['-cp', System.getProperty('java.class.path'), 'io.spendvault.bootstrap.Application'] + args).collect { it.toString() })
                .redirectErrorStream(true)
        builder.environment().keySet().removeAll { it.startsWith('SPENDVAULT_') }
        builder.environment().putAll([SPENDVAULT_DATA_DIR: dataDir.toString(), MICRONAUT_SERVER_PORT: '0'] + variables)
        builder.start()
    }
}
