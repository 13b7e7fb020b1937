package io.spendvault.bootstrap.cli;

import java.io.PrintStream;

/** The terminal of an ops command: the only place that writes to standard output and error. */
public final class Console {

    private Console() {
    }

    public static PrintStream out() {
        return System.out;
    }

    public static PrintStream err() {
        return System.err;
    }
}
