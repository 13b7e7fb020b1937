package io.spendvault.bootstrap;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.spendvault.application.identity.port.in.RegisterUserUseCase;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the first administrator at start-up from {@code SPENDVAULT_ADMIN_USERNAME}, {@code _EMAIL} and
 * {@code _PASSWORD} when no administrator exists. Nothing else makes administrators.
 */
@Singleton
class AdminAccountBootstrap {

    private static final Logger LOG = LoggerFactory.getLogger(AdminAccountBootstrap.class);

    private final RegisterUserUseCase accounts;
    private final String username;
    private final String email;
    private final String password;

    AdminAccountBootstrap(RegisterUserUseCase accounts,
                          @Value("${spendvault.admin.username:}") String username,
                          @Value("${spendvault.admin.email:}") String email,
                          @Value("${spendvault.admin.password:}") String password) {
        this.accounts = accounts;
        this.username = username;
        this.email = email;
        this.password = password;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (username.isBlank() || email.isBlank() || password.isBlank()) {
            return;
        }
        if (accounts.ensureAdmin(username, email, password)) {
            LOG.info("Created the administrator account '{}'", username);
        }
    }
}
