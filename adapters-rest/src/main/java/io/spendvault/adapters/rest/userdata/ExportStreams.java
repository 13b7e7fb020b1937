package io.spendvault.adapters.rest.userdata;

import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.util.concurrent.ExecutorService;

/**
 * Turns a writer into a response body: the writer runs on a blocking thread and writes into a pipe of
 * {@link #PIPE_SIZE} bytes whose other end the server sends as it goes, at the client's pace. Memory stays
 * at the pipe's size however large the export. A writer that fails makes the body fail instead of
 * ending, so the client sees a broken transfer, never a truncated file that looks complete; a client
 * that goes away closes the pipe, which stops the writer.
 */
@Singleton
class ExportStreams {

    static final int PIPE_SIZE = 256 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(ExportStreams.class);

    /** Writes a whole body; the stream is closed afterwards by {@link ExportStreams}, not by the writer. */
    @FunctionalInterface
    interface BodyWriter {
        void write(OutputStream body) throws IOException;
    }

    private final ExecutorService executor;

    ExportStreams(@Named(TaskExecutors.BLOCKING) ExecutorService executor) {
        this.executor = executor;
    }

    InputStream open(String what, BodyWriter writer) {
        FailingPipe body = new FailingPipe();
        PipedOutputStream sink;
        try {
            sink = new PipedOutputStream(body);
        } catch (IOException e) {
            throw new IllegalStateException("a new pipe connects", e);
        }
        executor.execute(() -> {
            try {
                writer.write(sink);
            } catch (Throwable failure) {
                if (body.closedByReader) {
                    LOG.debug("{}: the client went away", what);
                } else {
                    LOG.error("{} failed", what, failure);
                    body.failure = failure; // before the close below: the reader must not see a clean end
                }
            } finally {
                try {
                    sink.close();
                } catch (IOException ignored) {
                    // the reader has closed its end already
                }
            }
        });
        return body;
    }

    /** A pipe whose end is an error when its writer failed. */
    private static final class FailingPipe extends PipedInputStream {
        volatile Throwable failure;
        volatile boolean closedByReader;

        FailingPipe() {
            super(PIPE_SIZE);
        }

        @Override
        public synchronized int read() throws IOException {
            return checked(super.read());
        }

        @Override
        public synchronized int read(byte[] bytes, int offset, int length) throws IOException {
            return checked(super.read(bytes, offset, length));
        }

        private int checked(int result) throws IOException {
            if (result < 0 && failure != null) {
                throw new IOException("The export failed on the server", failure);
            }
            return result;
        }

        @Override
        public void close() throws IOException {
            closedByReader = true;
            super.close();
        }
    }
}
