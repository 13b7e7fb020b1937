package io.spendvault.bootstrap.testsupport

import io.micronaut.context.annotation.Requires
import io.micronaut.context.annotation.Value
import io.micronaut.context.event.BeanCreatedEvent
import io.micronaut.context.event.BeanCreatedEventListener
import io.spendvault.domain.storage.StagedBlob
import io.spendvault.domain.storage.port.BlobStore
import jakarta.inject.Singleton

/**
 * A blob store that writes uploads slower than any client sends them: the real store of the context, reading
 * its content through a stream that sleeps after each MiB. Only in a context that sets
 * {@code spendvault.test.slow-store-millis-per-mib}; for the specs that prove uploads flow with backpressure.
 */
class SlowBlobStore implements BlobStore {

    static final int MIB = 1024 * 1024

    @Delegate(excludes = ['store', 'stage'])
    private final BlobStore delegate
    private final long millisPerMib

    SlowBlobStore(BlobStore delegate, long millisPerMib) {
        this.delegate = delegate
        this.millisPerMib = millisPerMib
    }

    @Override
    StagedBlob stage(InputStream content, long maxBytes) {
        delegate.stage(new SlowStream(content, millisPerMib), maxBytes)
    }

    /** Wraps the store the application made, whichever it is. */
    @Singleton
    @Requires(property = 'spendvault.test.slow-store-millis-per-mib')
    static class Wrapper implements BeanCreatedEventListener<BlobStore> {
        private final long millisPerMib

        Wrapper(@Value('${spendvault.test.slow-store-millis-per-mib}') long millisPerMib) {
            this.millisPerMib = millisPerMib
        }

        @Override
        BlobStore onCreated(BeanCreatedEvent<BlobStore> event) {
            new SlowBlobStore(event.bean, millisPerMib)
        }
    }

    private static class SlowStream extends FilterInputStream {
        private final long millisPerMib
        private long sinceSleep

        SlowStream(InputStream content, long millisPerMib) {
            super(content)
            this.millisPerMib = millisPerMib
        }

        @Override
        int read() {
            int b = super.read()
            if (b >= 0) {
                counted(1)
            }
            b
        }

        @Override
        int read(byte[] buffer, int offset, int length) {
            int n = super.read(buffer, offset, length)
            if (n > 0) {
                counted(n)
            }
            n
        }

        private void counted(int n) {
            sinceSleep += n
            while (sinceSleep >= MIB) {
                sinceSleep -= MIB
                Thread.sleep(millisPerMib)
            }
        }
    }
}
