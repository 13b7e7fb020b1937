package io.spendvault.bootstrap;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.spendvault.adapters.rest.security.TokenSettings;
import io.spendvault.application.common.port.out.Transactions;
import io.spendvault.application.identity.AccountService;
import io.spendvault.application.identity.FailedLoginDelays;
import io.spendvault.application.identity.IdentitySettings;
import io.spendvault.application.identity.PasswordResetService;
import io.spendvault.application.identity.SessionService;
import io.spendvault.application.identity.UserAdministrationService;
import io.spendvault.application.identity.port.out.AccessTokenIssuer;
import io.spendvault.application.identity.port.out.Notifier;
import io.spendvault.application.identity.port.out.PasswordHasher;
import io.spendvault.application.identity.port.out.StorageUsage;
import io.spendvault.application.files.FileSettings;
import io.spendvault.domain.admin.port.AdminAuditLog;
import io.spendvault.domain.admin.port.SystemStatistics;
import io.spendvault.domain.identity.port.LoginFailures;
import io.spendvault.domain.identity.port.PasswordResetTokenRepository;
import io.spendvault.domain.identity.port.SessionRepository;
import io.spendvault.domain.identity.port.UserRepository;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * Builds the identity use cases. Each service implements several use-case interfaces; Micronaut exposes
 * the bean under all of them, so controllers depend on the one interface they need.
 */
@Factory
class IdentityFactory {

    @Singleton
    IdentitySettings identitySettings(TokenSettings security) {
        return new IdentitySettings(security.refreshTokenTtl(), security.passwordResetTtl());
    }

    @Singleton
    AccountService accountService(UserRepository users, SessionRepository sessions, PasswordHasher hasher,
                                  StorageUsage storageUsage, Transactions transactions, Clock clock) {
        return new AccountService(users, sessions, hasher, storageUsage, transactions, clock);
    }

    @Singleton
    UserAdministrationService userAdministrationService(UserRepository users, SessionRepository sessions, AdminAuditLog audit,
                                                        SystemStatistics statistics, Transactions transactions,
                                                        FileSettings files, Clock clock) {
        return new UserAdministrationService(users, sessions, audit, statistics, transactions, files.quotaBytes(), clock);
    }

    @Singleton
    SessionService sessionService(UserRepository users, SessionRepository sessions, PasswordHasher hasher,
                                  AccessTokenIssuer accessTokens, Transactions transactions, IdentitySettings settings,
                                  LoginFailures loginFailures,
                                  @Value("${spendvault.rate-limit.enabled:true}") boolean limitsEnabled, Clock clock) {
        return new SessionService(users, sessions, hasher, accessTokens, transactions, settings,
                new FailedLoginDelays(loginFailures, limitsEnabled, clock), clock);
    }

    @Singleton
    PasswordResetService passwordResetService(UserRepository users, SessionRepository sessions,
                                              PasswordResetTokenRepository resetTokens, PasswordHasher hasher,
                                              Notifier notifier, Transactions transactions, IdentitySettings settings,
                                              Clock clock) {
        return new PasswordResetService(users, sessions, resetTokens, hasher, notifier, transactions, settings, clock);
    }
}
