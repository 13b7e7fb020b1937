package io.spendvault.bootstrap.testsupport

/** Waits for a condition that the system under test reaches by itself (a restart, a sweep, a recovery). */
final class Eventually {

    private Eventually() {
    }

    /** True as soon as {@code condition} holds (an IOException counts as "not yet"); false after {@code seconds}. */
    static boolean within(int seconds, Closure<Boolean> condition) {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L
        while (System.nanoTime() < deadline) {
            try {
                if (condition()) {
                    return true
                }
            } catch (IOException ignored) {
                // not yet
            }
            sleep(250)
        }
        false
    }
}
