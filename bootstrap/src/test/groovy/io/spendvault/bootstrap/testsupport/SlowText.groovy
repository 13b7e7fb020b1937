package io.spendvault.bootstrap.testsupport

/**
 * {@code size} bytes of the letter x, handed out at most 64 KiB at a time with a pause before each: an
 * upload that is still streaming when a spec pulls the plug on something (the server, S3).
 */
class SlowText extends InputStream {

    private static final int CHUNK = 64 * 1024

    private final long pauseMillis
    private long left

    SlowText(long size, long pauseMillis) {
        this.left = size
        this.pauseMillis = pauseMillis
    }

    @Override
    int read() {
        left-- > 0 ? (int) 'x' : -1
    }

    @Override
    int read(byte[] buffer, int offset, int length) {
        if (left <= 0) {
            return -1
        }
        sleep(pauseMillis)
        int count = (int) Math.min(Math.min(length, CHUNK), left)
        Arrays.fill(buffer, offset, offset + count, (byte) 'x')
        left -= count
        count
    }
}
