package io.spendvault.application.identity;

import io.spendvault.application.common.port.out.Transactions;
import io.spendvault.application.identity.port.in.CheckSessionUseCase;
import io.spendvault.application.identity.port.in.LoginUseCase;
import io.spendvault.application.identity.port.in.LogoutUseCase;
import io.spendvault.application.identity.port.in.RefreshSessionUseCase;
import io.spendvault.application.identity.port.in.UserView;
import io.spendvault.application.identity.port.out.AccessTokenIssuer;
import io.spendvault.application.identity.port.out.PasswordHasher;
import io.spendvault.domain.common.AccessDeniedException;
import io.spendvault.domain.common.Text;
import io.spendvault.domain.common.UnauthenticatedException;
import io.spendvault.domain.identity.Role;
import io.spendvault.domain.identity.Session;
import io.spendvault.domain.identity.SessionId;
import io.spendvault.domain.identity.User;
import io.spendvault.domain.identity.UserId;
import io.spendvault.domain.identity.port.SessionRepository;
import io.spendvault.domain.identity.port.UserRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Sessions: login, refresh with rotation and reuse detection, logout, and the per-request check that a
 * token's session is still alive. A refresh token is {@code <session id>.<secret>}; only the secret's hash
 * is stored, and only the newest one of a session is valid.
 */
public class SessionService implements LoginUseCase, RefreshSessionUseCase, LogoutUseCase, CheckSessionUseCase {

    static final String INVALID_CREDENTIALS = "Invalid username or password";
    static final String INVALID_REFRESH = "Refresh token is invalid or expired";

    private final UserRepository users;
    private final SessionRepository sessions;
    private final PasswordHasher hasher;
    private final AccessTokenIssuer accessTokens;
    private final Transactions transactions;
    private final IdentitySettings settings;
    private final FailedLoginDelays delays;
    private final Clock clock;
    /** Verified against when the user does not exist, so both failures take as long. */
    private final String dummyHash;

    public SessionService(UserRepository users, SessionRepository sessions, PasswordHasher hasher, AccessTokenIssuer accessTokens,
                          Transactions transactions, IdentitySettings settings, FailedLoginDelays delays, Clock clock) {
        this.delays = delays;
        this.users = users;
        this.sessions = sessions;
        this.hasher = hasher;
        this.accessTokens = accessTokens;
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
        this.dummyHash = hasher.hash(SecretTokens.generate());
    }

    @Override
    public SessionTokens login(LoginCommand command) {
        String password = command.password() == null ? "" : command.password();
        // A login that is not plain text cannot name an account; refused as such, it never reaches the database.
        Text.requirePlain("username", command.login());
        Optional<User> found = command.login() == null ? Optional.empty() : users.findByLogin(command.login().trim());
        String attempted = FailedLoginDelays.keyOf(found, command.login());
        delays.checkAllowed(attempted);
        if (found.isEmpty()) {
            hasher.verify(password, dummyHash);
            delays.failed(attempted);
            throw invalidCredentials();
        }
        User user = found.get();
        if (!hasher.verify(password, user.passwordHash())) {
            delays.failed(attempted);
            throw invalidCredentials();
        }
        delays.succeeded(attempted);
        if (!user.active()) {
            throw new AccessDeniedException("ACCOUNT_DISABLED", "This account is deactivated");
        }
        Instant now = clock.instant();
        String rehashed = hasher.needsRehash(user.passwordHash()) ? hasher.hash(password) : null;
        String secret = SecretTokens.generate();
        Session session = Session.start(user.id(), SecretTokens.hash(secret), now, now.plus(settings.refreshTokenTtl()));
        User loggedIn = (rehashed == null ? user : user.withPasswordHash(rehashed, now)).loggedInAt(now);
        transactions.inTransaction(() -> {
            users.update(loggedIn);
            sessions.insert(session);
        });
        return tokens(loggedIn, session.id(), secret, now);
    }

    @Override
    public SessionTokens refresh(String refreshToken) {
        Instant now = clock.instant();
        RefreshToken presented = RefreshToken.parse(refreshToken).orElseThrow(SessionService::invalidRefresh);
        Session session = sessions.findById(presented.session()).filter(s -> s.isActive(now))
                .orElseThrow(SessionService::invalidRefresh);
        String presentedHash = SecretTokens.hash(presented.secret());
        String secret = SecretTokens.generate();
        boolean rotated = SecretTokens.sameHash(presentedHash, session.refreshTokenHash())
                && sessions.rotate(session.id(), presentedHash, SecretTokens.hash(secret), now.plus(settings.refreshTokenTtl()), now);
        if (!rotated) {
            // An earlier token of this session came back: it was copied. End the session for everyone.
            sessions.revoke(session.id(), now);
            throw invalidRefresh();
        }
        User user = users.findById(session.userId()).filter(User::active).orElseThrow(() -> {
            sessions.revoke(session.id(), now);
            return invalidRefresh();
        });
        return tokens(user, session.id(), secret, now);
    }

    @Override
    public void logout(SessionId session) {
        sessions.revoke(session, clock.instant());
    }

    @Override
    public int logoutEverywhere(UserId user) {
        return sessions.revokeAllOf(user, null, clock.instant());
    }

    @Override
    public boolean isActive(SessionId session) {
        return sessions.isActive(session, clock.instant());
    }

    @Override
    public boolean isCurrent(SessionId session, UserId user, Role role) {
        return sessions.isCurrent(session, user, role, clock.instant());
    }

    @Override
    public boolean isKnownCurrent(SessionId session, UserId user, Role role) {
        return sessions.isKnownCurrent(session, user, role, clock.instant());
    }

    private SessionTokens tokens(User user, SessionId session, String secret, Instant now) {
        AccessTokenIssuer.AccessToken access = accessTokens.issue(user, session, now);
        return new SessionTokens(access.value(), access.expiresIn(), new RefreshToken(session, secret).toString(), session,
                UserView.of(user));
    }

    private static UnauthenticatedException invalidCredentials() {
        return new UnauthenticatedException("INVALID_CREDENTIALS", INVALID_CREDENTIALS);
    }

    private static UnauthenticatedException invalidRefresh() {
        return new UnauthenticatedException("INVALID_REFRESH_TOKEN", INVALID_REFRESH);
    }

    /** {@code <session uuid>.<secret>}. */
    record RefreshToken(SessionId session, String secret) {

        static Optional<RefreshToken> parse(String token) {
            if (token == null) {
                return Optional.empty();
            }
            int dot = token.indexOf('.');
            if (dot < 0 || dot == token.length() - 1) {
                return Optional.empty();
            }
            try {
                return Optional.of(new RefreshToken(new SessionId(UUID.fromString(token.substring(0, dot))), token.substring(dot + 1)));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }

        @Override
        public String toString() {
            return session + "." + secret;
        }
    }
}
