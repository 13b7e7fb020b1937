package io.spendvault.adapters.rest.notification;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.spendvault.adapters.rest.common.ApiErrors;
import io.spendvault.application.notification.port.in.UnsubscribeUseCase;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The unsubscribe link of reminder mails, without a login: the link opens the web app's
 * {@code /unsubscribe?token=} page, which posts the token here. Limited per client address like the
 * credential endpoints.
 */
@Controller("/api/v1/notifications/unsubscribe")
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "Notifications")
@ApiErrors.Invalid
@ApiErrors.Unavailable
@ApiErrors.RateLimited
public class UnsubscribeController {

    @Serdeable
    record Unsubscribed(String message, boolean notificationsEnabled) {
    }

    private final UnsubscribeUseCase unsubscribe;

    public UnsubscribeController(UnsubscribeUseCase unsubscribe) {
        this.unsubscribe = unsubscribe;
    }

    /**
     * Turns reminder mails off for the user the link was made for. A forged, altered or expired token
     * answers 403 ({@code UNSUBSCRIBE_LINK_INVALID}, {@code UNSUBSCRIBE_LINK_EXPIRED}).
     */
    @Post
    @ApiErrors.Forbidden
    public Unsubscribed unsubscribe(@QueryValue @NotBlank @Size(max = 200) String token) {
        unsubscribe.unsubscribe(token);
        return new Unsubscribed("Reminder mails are off; turn them on again in the settings", false);
    }
}
