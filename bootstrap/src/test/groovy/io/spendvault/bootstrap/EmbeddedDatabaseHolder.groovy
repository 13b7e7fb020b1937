package io.spendvault.bootstrap

import java.nio.file.Path

/**
 * Runs an embedded database in a JVM of its own, for specs that kill that JVM: prints the JDBC URL, then
 * waits to be killed.
 */
class EmbeddedDatabaseHolder {

    static void main(String[] args) {
        def database = EmbeddedDatabase.start(Path.of(args[0]))
        println "JDBC ${database.dataSourceProperties()['datasources.default.url']}"
        System.out.flush()
        Thread.sleep(Long.MAX_VALUE)
    }
}
