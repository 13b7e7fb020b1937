package io.spendvault.application.identity.port.in;

/** Creates an account with the {@code user} role. */
public interface RegisterUserUseCase {

    /**
     * @throws io.spendvault.domain.common.RuleViolationException invalid username, e-mail or weak password
     * @throws io.spendvault.domain.common.ConflictException       username or e-mail already taken
     */
    UserView register(RegisterUserCommand command);

    record RegisterUserCommand(String username, String email, String password) {
    }
}
