package io.spendvault.bootstrap

import spock.lang.Specification
import spock.lang.TempDir

import java.nio.file.Files
import java.nio.file.Path
import java.sql.DriverManager
import java.util.concurrent.LinkedBlockingQueue
import java.util.concurrent.TimeUnit

class EmbeddedDatabaseSpec extends Specification {

    @TempDir
    Path dataDir

    def "data written before a restart is there after it"() {
        given:
        def first = EmbeddedDatabase.start(dataDir)
        execute(first, 'CREATE TABLE kept (v text); INSERT INTO kept VALUES (\'still here\')')
        first.close()

        when:
        def second = EmbeddedDatabase.start(dataDir)
        def value = query(second, 'SELECT v FROM kept')

        then:
        value == 'still here'

        cleanup:
        second?.close()
    }

    def "the application database is created on first start"() {
        given:
        def database = EmbeddedDatabase.start(dataDir)

        expect:
        query(database, 'SELECT current_database()') == EmbeddedDatabase.DATABASE

        cleanup:
        database.close()
    }

    def "a second process on the same data directory is refused with a clear message"() {
        given:
        def first = EmbeddedDatabase.start(dataDir)

        when:
        EmbeddedDatabase.start(dataDir)

        then:
        def failure = thrown(IllegalStateException)
        failure.message.contains('Another process is already using the embedded PostgreSQL')

        cleanup:
        first.close()
    }

    def "a JVM killed with kill -9 takes its server with it, and the next start finds every committed row"() {
        given:
        def holder = holdInAnotherJvm()
        execute(holder.url, 'CREATE TABLE kept (v text); INSERT INTO kept VALUES (\'committed\')')
        def server = postmaster()

        when:
        holder.process.destroyForcibly().waitFor()

        then: 'the watcher stops the server once the JVM is gone'
        server.onExit().get(20, TimeUnit.SECONDS) != null

        when:
        def restarted = EmbeddedDatabase.start(dataDir)

        then:
        query(restarted, 'SELECT v FROM kept') == 'committed'

        cleanup:
        holder?.process?.destroyForcibly()
        restarted?.close()
    }

    def "a server left running by a JVM that died with its watcher (a power cut, a killed process group) is stopped on the next start"() {
        given:
        def holder = holdInAnotherJvm()
        execute(holder.url, 'CREATE TABLE kept (v text); INSERT INTO kept VALUES (\'committed\')')
        def server = postmaster()

        when: 'the JVM and its watcher die, the server keeps running as an orphan'
        def watchers = holder.process.toHandle().descendants().filter { it.pid() != server.pid() }.toList()
        watchers*.destroyForcibly()
        holder.process.destroyForcibly().waitFor()
        watchers.each { it.onExit().get(10, TimeUnit.SECONDS) }

        then:
        server.alive

        when:
        def restarted = EmbeddedDatabase.start(dataDir)

        then: 'the leftover was stopped, a new server runs on the same data'
        !server.alive
        postmaster().pid() != server.pid()
        query(restarted, 'SELECT v FROM kept') == 'committed'

        cleanup:
        holder?.process?.destroyForcibly()
        restarted?.close()
    }

    def "a server whose JVM is alive belongs to another process: refused with the clear message, and it keeps running"() {
        given:
        def holder = holdInAnotherJvm()
        def server = postmaster()

        when:
        EmbeddedDatabase.start(dataDir)

        then:
        def failure = thrown(IllegalStateException)
        failure.message.contains('Another process is already using the embedded PostgreSQL')
        server.alive
        query(holder.url, 'SELECT 1') == '1'

        cleanup:
        holder?.process?.destroyForcibly()
        server?.onExit()?.get(20, TimeUnit.SECONDS)
    }

    def "a pid file naming a PID that is now another program (after a reboot) does not stop the start"() {
        given:
        EmbeddedDatabase.start(dataDir).close()
        def otherProgram = new ProcessBuilder('sleep', '60').start()
        Files.writeString(dataDir.resolve('postmaster.pid'), "${otherProgram.pid()}\n${dataDir}\n")

        when:
        def restarted = EmbeddedDatabase.start(dataDir)

        then:
        query(restarted, 'SELECT 1') == '1'
        otherProgram.alive

        cleanup:
        restarted?.close()
        otherProgram?.destroyForcibly()
    }

    /** The embedded database of {@link #dataDir}, started in a JVM of its own so that a spec can kill it. */
    private Map holdInAnotherJvm() {
        def java = Path.of(System.getProperty('java.home'), 'bin', 'java').toString()
        def process = new ProcessBuilder(java, '-cp', System.getProperty('java.class.path'), EmbeddedDatabaseHolder.name, dataDir.toString())
                .redirectErrorStream(true).start()
        def lines = new LinkedBlockingQueue<String>()
        Thread.startDaemon { process.inputStream.eachLine { lines << it } }
        def deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60)
        while (System.nanoTime() < deadline) {
            def line = lines.poll(1, TimeUnit.SECONDS)
            if (line?.startsWith('JDBC ')) {
                return [process: process, url: line.substring(5)]
            }
            assert process.alive || !lines.isEmpty(): 'the database JVM ended before it was ready'
        }
        process.destroyForcibly()
        throw new AssertionError('the database JVM was not ready within a minute')
    }

    private ProcessHandle postmaster() {
        ProcessHandle.of(Files.readAllLines(dataDir.resolve('postmaster.pid'))[0].strip() as long).orElseThrow()
    }

    private static void execute(String url, String sql) {
        DriverManager.getConnection(url, 'postgres', '').withCloseable { it.createStatement().execute(sql) }
    }

    private static String query(String url, String sql) {
        DriverManager.getConnection(url, 'postgres', '').withCloseable {
            def rows = it.createStatement().executeQuery(sql)
            rows.next()
            rows.getString(1)
        }
    }

    private static void execute(EmbeddedDatabase database, String sql) {
        connect(database).withCloseable { it.createStatement().execute(sql) }
    }

    private static String query(EmbeddedDatabase database, String sql) {
        connect(database).withCloseable {
            def rows = it.createStatement().executeQuery(sql)
            rows.next()
            rows.getString(1)
        }
    }

    private static connect(EmbeddedDatabase database) {
        def properties = database.dataSourceProperties()
        DriverManager.getConnection(properties['datasources.default.url'] as String,
                properties['datasources.default.username'] as String, properties['datasources.default.password'] as String)
    }
}
