package io.spendvault.application.identity.port.in;

/** Creates accounts: users who sign up, and the first administrator from configuration. */
public interface RegisterUserUseCase {

    /**
     * @throws io.spendvault.domain.common.RuleViolationException invalid username, e-mail or weak password
     * @throws io.spendvault.domain.common.ConflictException       username or e-mail already taken
     */
    UserView register(RegisterUserCommand command);

    /**
     * Creates the first administrator from configuration when no administrator exists yet.
     *
     * @return whether an account was created
     */
    boolean ensureAdmin(String username, String email, String password);

    record RegisterUserCommand(String username, String email, String password) {
    }
}
