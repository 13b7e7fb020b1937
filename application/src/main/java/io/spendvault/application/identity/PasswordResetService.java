package io.spendvault.application.identity;

import io.spendvault.application.common.port.out.Transactions;
import io.spendvault.application.identity.port.in.ResetPasswordUseCase;
import io.spendvault.application.identity.port.out.Notifier;
import io.spendvault.application.identity.port.out.PasswordHasher;
import io.spendvault.domain.common.InvalidRequestException;
import io.spendvault.domain.identity.EmailAddress;
import io.spendvault.domain.identity.PasswordPolicy;
import io.spendvault.domain.identity.PasswordResetToken;
import io.spendvault.domain.identity.User;
import io.spendvault.domain.identity.port.PasswordResetTokenRepository;
import io.spendvault.domain.identity.port.SessionRepository;
import io.spendvault.domain.identity.port.UserRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Forgotten passwords: issue single-use tokens (stored hashed) and redeem them. */
public class PasswordResetService implements ResetPasswordUseCase {

    private final UserRepository users;
    private final SessionRepository sessions;
    private final PasswordResetTokenRepository resetTokens;
    private final PasswordHasher hasher;
    private final Notifier notifier;
    private final Transactions transactions;
    private final IdentitySettings settings;
    private final Clock clock;
    private final PasswordPolicy passwordPolicy = PasswordPolicy.standard();

    public PasswordResetService(UserRepository users, SessionRepository sessions, PasswordResetTokenRepository resetTokens,
                                PasswordHasher hasher, Notifier notifier, Transactions transactions, IdentitySettings settings,
                                Clock clock) {
        this.users = users;
        this.sessions = sessions;
        this.resetTokens = resetTokens;
        this.hasher = hasher;
        this.notifier = notifier;
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void requestReset(String email) {
        // A malformed address is the caller's typo (422); only whether a valid one has an account stays secret.
        Optional<User> user = users.findByEmail(new EmailAddress(email)).filter(User::active);
        user.ifPresent(account -> {
            Instant now = clock.instant();
            String token = SecretTokens.generate();
            PasswordResetToken reset = PasswordResetToken.issue(account.id(), SecretTokens.hash(token), now,
                    now.plus(settings.passwordResetTtl()));
            transactions.inTransaction(() -> {
                resetTokens.invalidateAllOf(account.id(), now);
                resetTokens.insert(reset);
                notifier.passwordResetRequested(account, token, reset.expiresAt());
            });
        });
    }

    @Override
    public void reset(String token, String newPassword) {
        Instant now = clock.instant();
        PasswordResetToken reset = Optional.ofNullable(token)
                .flatMap(t -> resetTokens.findByHash(SecretTokens.hash(t)))
                .filter(t -> t.isUsable(now))
                .orElseThrow(PasswordResetService::invalidToken);
        passwordPolicy.check(newPassword, "newPassword");
        String hash = hasher.hash(newPassword);
        transactions.inTransaction(() -> {
            if (!resetTokens.markUsed(reset.id(), now)) {
                throw invalidToken();
            }
            User user = users.findById(reset.userId()).orElseThrow(PasswordResetService::invalidToken);
            users.update(user.withPasswordHash(hash, now));
            resetTokens.invalidateAllOf(user.id(), now);
            sessions.revokeAllOf(user.id(), null, now);
        });
    }

    private static InvalidRequestException invalidToken() {
        return new InvalidRequestException("RESET_TOKEN_INVALID", "Reset token is invalid or has expired");
    }
}
