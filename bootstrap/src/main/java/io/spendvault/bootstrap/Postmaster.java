package io.spendvault.bootstrap;

import io.zonky.test.db.postgres.util.LinuxUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The PostgreSQL server process of one data directory, as its {@code postmaster.pid} names it. Lets the
 * embedded run stop a server left behind by a JVM that died without stopping it (kill -9, power cut), and
 * tie a running server to this JVM so that such a leftover does not outlive it in the first place.
 */
final class Postmaster {

    private static final Logger LOG = LoggerFactory.getLogger(Postmaster.class);
    private static final String PID_FILE = "postmaster.pid";

    private final ProcessHandle process;
    private final Path dataDirectory;

    private Postmaster(ProcessHandle process, Path dataDirectory) {
        this.process = process;
        this.dataDirectory = dataDirectory;
    }

    /**
     * The live server of this data directory, if any. A {@code postmaster.pid} whose process is gone, or
     * whose PID now belongs to some other program (after a reboot), is stale: it is removed, because
     * PostgreSQL itself refuses to start while the PID it names is alive.
     */
    static Optional<Postmaster> of(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve(PID_FILE);
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(pidFile);
            Optional<ProcessHandle> process = lines.isEmpty() ? Optional.empty() : parsePid(lines.get(0)).flatMap(ProcessHandle::of);
            if (process.isEmpty() || !process.get().isAlive()) {
                return Optional.empty(); // PostgreSQL replaces a pid file whose process is gone
            }
            if (isKnownToBeElsewhere(process.get(), dataDirectory)) {
                LOG.warn("Removing the stale {} of {}: its PID {} is now another program", PID_FILE, dataDirectory, process.get().pid());
                Files.deleteIfExists(pidFile);
                return Optional.empty();
            }
            return Optional.of(new Postmaster(process.get(), dataDirectory));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + pidFile, e);
        }
    }

    long pid() {
        return process.pid();
    }

    /** Fast shutdown (open transactions roll back, sessions end), waiting until the process is gone. */
    void stop(Duration timeout) {
        Optional<Path> pgCtl = binary("pg_ctl");
        try {
            boolean stopped = pgCtl.isPresent() && succeeds(new ProcessBuilder(asServerUser(pgCtl.get().toString(), "stop",
                    "-D", dataDirectory.toString(), "-m", "fast", "-w", "-t", Long.toString(Math.max(1, timeout.toSeconds())))), timeout);
            if (!stopped) {
                process.destroy(); // SIGTERM: a smart shutdown, enough when the clients died with their JVM
            }
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (IOException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The PostgreSQL server (PID " + process.pid() + ") of " + dataDirectory
                    + " did not stop; stop it by hand and start again", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping PostgreSQL (PID " + process.pid() + ")", e);
        }
    }

    /**
     * Starts a tiny watcher process that stops this server once this JVM is gone, however it ended: it waits
     * on a pipe from this JVM, which the kernel closes when the JVM dies, even by kill -9. Needs a POSIX
     * shell and pg_ctl beside the server binary; without them the next start's clean-up is the safety net.
     * The returned process must be referenced for as long as the server runs, and destroyed before a normal stop.
     */
    Optional<Process> watchOverLifeOf() {
        Path shell = Path.of("/bin/sh");
        Optional<Path> pgCtl = binary("pg_ctl");
        if (!Files.isExecutable(shell) || pgCtl.isEmpty()) {
            LOG.debug("No watcher for PostgreSQL (PID {}): no /bin/sh or pg_ctl", process.pid());
            return Optional.empty();
        }
        try {
            // read returns at the end of its input: when this JVM's end of the pipe closes, also by kill -9
            List<String> command = new ArrayList<>(List.of(shell.toString(), "-c", "read ignored; exec \"$@\""));
            command.add("watcher"); // $0
            command.addAll(asServerUser(pgCtl.get().toString(), "stop", "-D", dataDirectory.toString(), "-m", "fast"));
            return Optional.of(new ProcessBuilder(command)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start());
        } catch (IOException e) {
            LOG.warn("No watcher for PostgreSQL (PID {}): {}", process.pid(), e.getMessage());
            return Optional.empty();
        }
    }

    private static boolean succeeds(ProcessBuilder command, Duration timeout) throws IOException, InterruptedException {
        Process run = command.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return run.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) && run.exitValue() == 0;
    }

    /** pg_ctl refuses to run as root; zonky starts the server in a user namespace then, and so must we. */
    private static List<String> asServerUser(String... command) {
        List<String> line = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            line.addAll(List.of("unshare", "-U"));
        }
        line.addAll(List.of(command));
        return line;
    }

    private Optional<Path> binary(String name) {
        return process.info().command().map(Path::of).map(server -> server.resolveSibling(name)).filter(Files::isExecutable);
    }

    /**
     * The process is positively not a PostgreSQL server of this directory: another program, or one started
     * on another directory. What the platform does not show counts as ours, so a live server is never orphaned
     * of its pid file.
     */
    private static boolean isKnownToBeElsewhere(ProcessHandle process, Path dataDirectory) {
        Optional<String> command = process.info().command();
        if (command.isPresent() && !Path.of(command.get()).getFileName().toString().startsWith("postgres")) {
            return true;
        }
        Optional<String[]> arguments = process.info().arguments();
        if (arguments.isEmpty()) {
            return false;
        }
        String[] args = arguments.get();
        for (int i = 0; i + 1 < args.length; i++) {
            if ("-D".equals(args[i]) && sameFile(Path.of(args[i + 1]), dataDirectory)) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    private static Optional<Long> parsePid(String line) {
        try {
            return Optional.of(Long.parseLong(line.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
