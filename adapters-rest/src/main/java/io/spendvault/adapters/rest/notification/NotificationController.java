package io.spendvault.adapters.rest.notification;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.spendvault.adapters.rest.common.ApiErrors;
import io.spendvault.adapters.rest.common.PageParams;
import io.spendvault.adapters.rest.common.PageResponse;
import io.spendvault.adapters.rest.common.RequiresToken;
import io.spendvault.adapters.rest.security.CurrentSession;
import io.spendvault.application.notification.port.in.ManageNotificationsUseCase;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** The caller's mails: password resets, reminders and test mails, sent, waiting or failed. */
@Controller("/api/v1/notifications")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Notifications")
@RequiresToken
@ApiErrors.Invalid
@ApiErrors.Unavailable
@ApiErrors.RateLimited
public class NotificationController {

    private final ManageNotificationsUseCase notifications;

    public NotificationController(ManageNotificationsUseCase notifications) {
        this.notifications = notifications;
    }

    /** The caller's mails, newest first, with their delivery status. */
    @Get
    public PageResponse<NotificationResponse> list(@Valid @RequestBean PageParams page, CurrentSession caller) {
        return PageResponse.of(notifications.list(caller.user(), page.toPageRequest()), NotificationResponse::of);
    }

    /**
     * Queues a test mail to the caller's address (a few per hour). 409 {@code MAIL_NOT_CONFIGURED} when the
     * server has no mail server to send it with.
     */
    @Post("/test")
    @Status(HttpStatus.ACCEPTED)
    @ApiErrors.Conflict
    public NotificationResponse test(CurrentSession caller) {
        return NotificationResponse.of(notifications.sendTest(caller.user()));
    }
}
