package io.spendvault.application.identity.port.in;

import io.spendvault.domain.common.Page;
import io.spendvault.domain.common.PageRequest;

/** What administrators do with accounts. */
public interface AdministerUsersUseCase {

    Page<UserView> listUsers(PageRequest request);

    /**
     * Creates the first administrator from configuration when no administrator exists yet.
     *
     * @return whether an account was created
     */
    boolean ensureAdmin(String username, String email, String password);
}
