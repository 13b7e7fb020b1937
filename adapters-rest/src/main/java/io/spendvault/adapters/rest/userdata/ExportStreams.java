package io.spendvault.adapters.rest.userdata;

import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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

    static final int PIPE_SIZE = 1024 * 1024;
    static final int WRITE_SIZE = 64 * 1024;

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
        BytePipe pipe = new BytePipe(PIPE_SIZE);
        executor.execute(() -> {
            // the writers write in small pieces (a ZIP's deflater in 512 bytes): the pipe gets them in large ones
            OutputStream body = new BufferedOutputStream(pipe.sink, WRITE_SIZE);
            try {
                writer.write(body);
                body.flush();
                pipe.finish(null);
            } catch (Throwable failure) {
                if (pipe.closedByReader()) {
                    LOG.debug("{}: the client went away", what);
                } else {
                    LOG.error("{} failed", what, failure);
                }
                pipe.finish(failure); // the reader gets the failure instead of the end of the stream
            }
        });
        return pipe.source;
    }
}
