package io.spendvault.application.identity.port.in;

import io.spendvault.domain.identity.SessionId;
import io.spendvault.application.common.port.in.FieldChange;
import io.spendvault.domain.identity.UserId;

/** The signed-in user's own account: view it, change name or e-mail, change the password. */
public interface ManageProfileUseCase {

    /** @throws io.spendvault.domain.common.UnauthenticatedException the account no longer exists */
    Profile profile(UserId user);

    /**
     * @throws io.spendvault.domain.common.RuleViolationException invalid username or e-mail
     * @throws io.spendvault.domain.common.ConflictException       taken by another account
     */
    UserView update(UpdateProfileCommand command);

    /**
     * Revokes every other session of the user.
     *
     * @throws io.spendvault.domain.common.InvalidRequestException  the current password is wrong
     * @throws io.spendvault.domain.common.RuleViolationException the new password is weak
     */
    void changePassword(ChangePasswordCommand command);

    record Profile(UserView user, long totalUploads, long totalStorageUsed) {
    }

    /** {@code null} leaves a field unchanged. */
    /** The fields sent; neither may be empty. */
    record UpdateProfileCommand(UserId user, FieldChange<String> username, FieldChange<String> email) {
    }

    record ChangePasswordCommand(UserId user, SessionId currentSession, String currentPassword, String newPassword) {
        @Override
        public String toString() {
            return "ChangePasswordCommand[user=" + user + "]";
        }
    }
}
