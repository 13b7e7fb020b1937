package io.spendvault.adapters.rest.security;

import com.nimbusds.jwt.JWT;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.core.propagation.PropagatedContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.validator.JsonWebTokenValidator;
import io.micronaut.security.token.jwt.validator.JwtAuthenticationFactory;
import io.micronaut.security.token.jwt.validator.ReactiveJsonWebTokenValidator;
import io.micronaut.security.token.validator.TokenValidator;
import io.spendvault.application.identity.port.in.CheckSessionUseCase;
import io.spendvault.domain.identity.Role;
import io.spendvault.domain.identity.SessionId;
import io.spendvault.domain.identity.UserId;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

import java.text.ParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Accepts an access token only while it speaks for a live session of its own user with the role that user
 * has now: logout, password changes, detected refresh-token theft, deactivation and demotion take effect
 * at once, and a token with someone else's {@code sub}, a made-up {@code role} or another user's {@code sid}
 * is refused even when its signature is good.
 * <p>
 * The signature and the claims are checked first, in memory, by Micronaut's JWT validator (this bean replaces
 * its reactive one, which would run all of it on the blocking executor). The session check
 * then answers on the calling thread, a Netty event loop, only when this instance already knows the session
 * is current; otherwise the database is asked on the blocking executor. A client's requests after the
 * first thus cost no thread hop for their token (a third of a {@code GET /purchases/{id}}'s JVM time in #17).
 */
@Singleton
@Replaces(ReactiveJsonWebTokenValidator.class)
final class SessionTokenValidator implements TokenValidator<HttpRequest<?>> {

    private final JsonWebTokenValidator<JWT, HttpRequest<?>> tokens;
    private final JwtAuthenticationFactory authentications;
    private final CheckSessionUseCase sessions;
    private final Executor blocking;

    SessionTokenValidator(JsonWebTokenValidator<JWT, HttpRequest<?>> tokens, JwtAuthenticationFactory authentications,
                          CheckSessionUseCase sessions, @Named(TaskExecutors.BLOCKING) Executor blocking) {
        this.tokens = tokens;
        this.authentications = authentications;
        this.sessions = sessions;
        this.blocking = blocking;
    }

    @Override
    public Publisher<Authentication> validateToken(String token, HttpRequest<?> request) {
        Optional<JWT> valid = tokens.validate(token, request);
        Optional<SessionClaims> claims = valid.flatMap(SessionClaims::of);
        if (claims.isEmpty()) {
            return Publishers.empty();
        }
        Optional<Authentication> authentication = authentications.createAuthentication(valid.get());
        if (authentication.isEmpty()) {
            return Publishers.empty();
        }
        SessionClaims session = claims.get();
        if (sessions.isKnownCurrent(session.id(), session.user(), session.role())) {
            return Publishers.just(authentication.get());
        }
        Supplier<Authentication> check = () -> sessions.isCurrent(session.id(), session.user(), session.role())
                ? authentication.get()
                : null; // completes the publisher empty: the token is refused
        return Publishers.fromCompletableFuture(() -> CompletableFuture.supplyAsync(PropagatedContext.wrapCurrent(check), blocking));
    }

    /** The session, user and role a token speaks for; a token lacking any of them speaks for no one. */
    private record SessionClaims(SessionId id, UserId user, Role role) {

        static Optional<SessionClaims> of(JWT token) {
            try {
                var claims = token.getJWTClaimsSet();
                return Optional.of(new SessionClaims(new SessionId(UUID.fromString(text(claims.getClaim(JwtAccessTokenIssuer.SESSION_CLAIM)))),
                        new UserId(UUID.fromString(text(claims.getSubject()))),
                        Role.valueOf(text(claims.getClaim(JwtAccessTokenIssuer.ROLE_CLAIM)).toUpperCase(Locale.ROOT))));
            } catch (ParseException | IllegalArgumentException malformed) {
                return Optional.empty();
            }
        }

        private static String text(Object claim) {
            if (!(claim instanceof String value)) {
                throw new IllegalArgumentException("missing claim");
            }
            return value;
        }
    }
}
