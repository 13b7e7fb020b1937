package io.spendvault.adapters.storage.testsupport

import org.testcontainers.DockerClientFactory

/** Whether a Docker engine answers, for specs that need Testcontainers. */
final class DockerSupport {

    private static Boolean available

    static synchronized boolean available() {
        if (available == null) {
            try {
                available = DockerClientFactory.instance().isDockerAvailable()
            } catch (Throwable ignored) {
                available = false
            }
        }
        available
    }
}
