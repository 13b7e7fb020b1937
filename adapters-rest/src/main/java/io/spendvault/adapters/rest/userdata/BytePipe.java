package io.spendvault.adapters.rest.userdata;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A bounded pipe between one writing and one reading thread, a ring buffer of fixed size. Unlike the JDK's
 * {@code PipedInputStream}, which wakes the other side only when its buffer is full or empty and polls
 * once a second, each side is signalled as soon as there is data or room, so the two run concurrently.
 * The writer may end it with a failure, which the reader then gets instead of the end of the stream;
 * a reader that closes its end makes the writer's next write fail.
 */
final class BytePipe {

    private final byte[] buffer;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition readable = lock.newCondition();
    private final Condition writable = lock.newCondition();
    private int start;
    private int size;
    private boolean writerDone;
    private boolean readerClosed;
    private Throwable failure;

    final OutputStream sink = new OutputStream() {
        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            BytePipe.this.write(bytes, offset, length);
        }

        /** Ending the stream is {@link #finish}'s: a writer that closes what it was given ends nothing. */
        @Override
        public void close() {
        }
    };

    final InputStream source = new InputStream() {
        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            return BytePipe.this.read(bytes, offset, length);
        }

        @Override
        public int available() {
            lock.lock();
            try {
                return size;
            } finally {
                lock.unlock();
            }
        }

        @Override
        public void close() {
            lock.lock();
            try {
                readerClosed = true;
                writable.signalAll();
            } finally {
                lock.unlock();
            }
        }
    };

    BytePipe(int capacity) {
        buffer = new byte[capacity];
    }

    /** Ends the stream; with a failure, the reader gets it as an {@link IOException} instead of the end. */
    void finish(Throwable failed) {
        lock.lock();
        try {
            if (!writerDone) {
                writerDone = true;
                failure = failed;
            }
            readable.signalAll();
        } finally {
            lock.unlock();
        }
    }

    boolean closedByReader() {
        lock.lock();
        try {
            return readerClosed;
        } finally {
            lock.unlock();
        }
    }

    private void write(byte[] bytes, int offset, int length) throws IOException {
        lock.lock();
        try {
            while (length > 0) {
                while (size == buffer.length && !readerClosed) {
                    writable.await();
                }
                if (readerClosed) {
                    throw new IOException("The reader closed the pipe");
                }
                int end = (start + size) % buffer.length;
                int n = Math.min(length, Math.min(buffer.length - size, buffer.length - end));
                System.arraycopy(bytes, offset, buffer, end, n);
                size += n;
                offset += n;
                length -= n;
                readable.signal();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while writing to the pipe");
        } finally {
            lock.unlock();
        }
    }

    private int read(byte[] bytes, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        lock.lock();
        try {
            while (size == 0 && !writerDone) {
                readable.await();
            }
            if (size == 0) {
                if (failure != null) {
                    throw new IOException("The writer failed", failure);
                }
                return -1;
            }
            int n = Math.min(length, Math.min(size, buffer.length - start));
            System.arraycopy(buffer, start, bytes, offset, n);
            start = (start + n) % buffer.length;
            size -= n;
            writable.signal();
            return n;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading from the pipe");
        } finally {
            lock.unlock();
        }
    }
}
