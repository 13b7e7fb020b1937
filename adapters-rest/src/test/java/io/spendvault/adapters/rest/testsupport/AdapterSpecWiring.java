package io.spendvault.adapters.rest.testsupport;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.spendvault.application.identity.port.in.CheckSessionUseCase;
import io.spendvault.domain.identity.Role;
import io.spendvault.domain.identity.SessionId;
import io.spendvault.domain.identity.UserId;
import jakarta.inject.Singleton;

/**
 * The REST adapter's specs run without the application core. The security filter needs a session check
 * for every token; in these specs no session exists, so every token is refused, as it would be then.
 */
@Factory
class AdapterSpecWiring {

    @Singleton
    @Requires(missingBeans = CheckSessionUseCase.class)
    CheckSessionUseCase noSessions() {
        return new CheckSessionUseCase() {
            @Override
            public boolean isActive(SessionId session) {
                return false;
            }

            @Override
            public boolean isCurrent(SessionId session, UserId user, Role role) {
                return false;
            }

            @Override
            public boolean isKnownCurrent(SessionId session, UserId user, Role role) {
                return false;
            }
        };
    }
}
