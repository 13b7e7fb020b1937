package io.spendvault.application.identity

import io.spendvault.application.common.port.out.Transactions
import io.spendvault.application.identity.port.out.AccessTokenIssuer
import io.spendvault.application.identity.port.out.Notifier
import io.spendvault.application.identity.port.out.PasswordHasher
import io.spendvault.application.identity.port.out.StorageUsage
import io.spendvault.application.storage.MutableClock
import io.spendvault.domain.admin.SystemCounts
import io.spendvault.domain.admin.port.SystemStatistics
import io.spendvault.domain.admin.testsupport.InMemoryAdminAuditLog
import io.spendvault.domain.identity.SessionId
import io.spendvault.domain.identity.User
import io.spendvault.domain.identity.testsupport.InMemoryLoginFailures
import io.spendvault.domain.identity.testsupport.InMemoryPasswordResetTokenRepository
import io.spendvault.domain.identity.testsupport.InMemorySessionRepository
import io.spendvault.domain.identity.testsupport.InMemoryUserRepository

import java.time.Duration
import java.time.Instant
import java.util.function.Supplier

/** The identity services wired to in-memory fakes of their ports. */
class IdentityFixture {

    final clock = new MutableClock()
    final users = new InMemoryUserRepository()
    final sessions = new InMemorySessionRepository(users)
    final resetTokens = new InMemoryPasswordResetTokenRepository()
    final hasher = new FakeHasher()
    final notifier = new RecordingNotifier()
    final Transactions transactions = new Transactions() {
        @Override
        <T> T inTransaction(Supplier<T> work) { work.get() }
    }
    final AccessTokenIssuer accessTokens = { User user, SessionId session, Instant now ->
        new AccessTokenIssuer.AccessToken("access:${user.id()}:${session}", Duration.ofMinutes(15))
    } as AccessTokenIssuer
    final StorageUsage usage = { new StorageUsage.Usage(3, 1234) } as StorageUsage

    final accounts = new AccountService(users, sessions, hasher, usage, transactions, clock)
    final loginFailures = new InMemoryLoginFailures()
    final sessionService = new SessionService(users, sessions, hasher, accessTokens, transactions, IdentitySettings.DEFAULTS,
            new FailedLoginDelays(loginFailures, true, clock), clock)
    final audit = new InMemoryAdminAuditLog()
    SystemCounts counts = new SystemCounts(new SystemCounts.Users(0, 0, 0, 0), new SystemCounts.Files(0, 0, 0),
            new SystemCounts.Storage(0, 0, 0, 0), 0)
    final SystemStatistics statistics = { Instant now -> counts } as SystemStatistics
    /** The server default quota is 10,000 bytes. */
    final administration = new UserAdministrationService(users, sessions, audit, statistics, transactions, 10_000, clock)
    final passwordReset = new PasswordResetService(users, sessions, resetTokens, hasher, notifier, transactions,
            IdentitySettings.DEFAULTS, clock)

    /** Hashes visibly, and can be told that the parameters changed. */
    static class FakeHasher implements PasswordHasher {
        String version = 'v1'
        int verifications = 0

        String hash(String password) { "$version:$password".reverse() }

        boolean verify(String password, String hash) {
            verifications++
            hash.reverse().endsWith(":$password") && hash.reverse().indexOf(':') == hash.reverse().length() - password.length() - 1
        }

        boolean needsRehash(String hash) { !hash.reverse().startsWith("$version:") }
    }

    static class RecordingNotifier implements Notifier {
        final List<Map> sent = []

        void passwordResetRequested(User user, String resetToken, Instant expiresAt) {
            sent << [user: user, token: resetToken, expiresAt: expiresAt]
        }
    }
}
