package io.spendvault.adapters.rest.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Request bodies of the auth endpoints. Shape only; the domain checks the rules (name format, password policy). */
final class AuthRequests {

    private AuthRequests() {
    }

    /** Every rule is the domain's, so that one answer names every bad field (name, address and password). */
    @Serdeable
    record Register(@Nullable String username, @Nullable String email, @Nullable String password) {
        @Override
        public String toString() {
            return "Register[username=" + username + "]";
        }
    }

    @Serdeable
    record Login(@NotBlank @Size(max = 254) String username, @NotBlank @Size(max = 1024) String password,
                 @Nullable Boolean cookie) {
        boolean cookieMode() {
            return Boolean.TRUE.equals(cookie);
        }

        @Override
        public String toString() {
            return "Login[username=" + username + "]";
        }
    }

    @Serdeable
    record Refresh(@Nullable @Size(max = 512) String refreshToken) {
    }

    @Serdeable
    record ForgotPassword(@NotBlank @Size(max = 254) String email) {
    }

    @Serdeable
    record ResetPassword(@NotBlank @Size(max = 512) String token, @NotBlank @Size(max = 1024) String newPassword) {
    }

    /** The body of a profile update, as documented: read field by field, so only what is sent changes. */
    @Serdeable
    record UpdateProfile(@Nullable String username, @Nullable String email) {
    }

    @Serdeable
    record ChangePassword(@NotBlank @Size(max = 1024) String currentPassword, @NotBlank @Size(max = 1024) String newPassword) {
    }
}
