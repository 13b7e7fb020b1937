package io.spendvault.application.identity.port.in;

import io.spendvault.application.common.port.in.FieldChange;
import io.spendvault.domain.admin.AuditEntry;
import io.spendvault.domain.common.Page;
import io.spendvault.domain.common.PageRequest;
import io.spendvault.domain.identity.UserId;
import io.spendvault.domain.identity.UserQuery;

/** What administrators do with accounts, and what they see of the server. */
public interface AdministerUsersUseCase {

    Page<AdministeredUser> listUsers(UserQuery query);

    /** @throws io.spendvault.domain.common.ResourceNotFoundException no such account */
    AdministeredUser user(UserId id);

    /**
     * Changes what was sent; a deactivated account loses every session at once. Each changed field is
     * written to the audit log in the same transaction.
     *
     * @throws io.spendvault.domain.common.ResourceNotFoundException no such account
     * @throws io.spendvault.domain.common.RuleViolationException    an unknown role, a negative quota
     * @throws io.spendvault.domain.common.ConflictException         {@code LAST_ADMIN}: it would leave no active administrator
     */
    AdministeredUser update(UpdateUserCommand command);

    SystemStats stats();

    /** Administrators' changes, newest first. */
    Page<AuditEntry> audit(PageRequest page);

    /** {@code role} is {@code "user"} or {@code "admin"}; a {@code null} quota means the server default. */
    record UpdateUserCommand(UserId actor, UserId target, FieldChange<String> role, FieldChange<Boolean> active,
                             FieldChange<Long> storageQuota) {
    }
}
