package io.spendvault.adapters.mail.testsupport

import com.icegreen.greenmail.util.GreenMail
import com.icegreen.greenmail.util.GreenMailUtil
import com.icegreen.greenmail.util.ServerSetup
import jakarta.mail.Multipart
import jakarta.mail.internet.MimeMessage

/**
 * A real SMTP server in the test JVM (GreenMail) on a free loopback port that stays the same across
 * {@link #stop()} and {@link #start()}, so a sender configured once sees the server go away and come back.
 */
class TestSmtpServer implements Closeable {

    final int port
    private GreenMail server

    TestSmtpServer() {
        port = new ServerSocket(0, 1, InetAddress.getLoopbackAddress()).withCloseable { it.localPort }
        start()
    }

    /** Starts the server unless it runs. */
    synchronized void start() {
        if (server?.running) {
            return
        }
        server = new GreenMail(new ServerSetup(port, '127.0.0.1', ServerSetup.PROTOCOL_SMTP))
        server.start()
    }

    synchronized void stop() {
        if (server.running) {
            server.stop()
        }
    }

    /** Every mail received since the last {@link #clear()}, oldest first. */
    synchronized List<ReceivedMail> received() {
        server.receivedMessages.collect { new ReceivedMail(it) }
    }

    /** True once {@code count} mails have arrived in total; false after {@code seconds}. */
    boolean awaitMails(int count, int seconds = 10) {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L
        while (System.nanoTime() < deadline) {
            if (received().size() >= count) {
                return true
            }
            sleep(50)
        }
        false
    }

    /** An account the server accepts SMTP logins of. */
    synchronized void addUser(String login, String password) {
        server.setUser("${login}@example.com", login, password)
    }

    synchronized void clear() {
        server.purgeEmailFromAllMailboxes()
    }

    @Override
    synchronized void close() {
        server.stop()
    }

    /** A received mail, read the way a mail client shows it. */
    static class ReceivedMail {

        final MimeMessage message

        ReceivedMail(MimeMessage message) {
            this.message = message
        }

        List<String> getTo() { message.allRecipients*.toString() }

        String getFrom() { message.from[0].toString() }

        String getSubject() { message.subject }

        String getMessageId() { message.messageID }

        /** The content types of the parts, in order, without parameters (e.g. text/plain, text/html). */
        List<String> getPartTypes() { parts().collect { it.contentType.split(';')[0].trim().toLowerCase() } }

        String getText() { part('text/plain') }

        String getHtml() { part('text/html') }

        String getRaw() { GreenMailUtil.getWholeMessage(message) }

        private List parts() {
            def multipart = message.content as Multipart
            (0..<multipart.count).collect { multipart.getBodyPart(it) }
        }

        private String part(String type) {
            parts().find { it.contentType.toLowerCase().startsWith(type) }?.content as String
        }
    }
}
