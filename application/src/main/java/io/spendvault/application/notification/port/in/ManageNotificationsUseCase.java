package io.spendvault.application.notification.port.in;

import io.spendvault.domain.common.Page;
import io.spendvault.domain.common.PageRequest;
import io.spendvault.domain.identity.UserId;
import io.spendvault.domain.notification.Notification;

/** A user's mails: what was sent or is waiting, and a test mail on request. */
public interface ManageNotificationsUseCase {

    /** The user's mails, newest first. */
    Page<Notification> list(UserId user, PageRequest page);

    /**
     * Queues a test mail to the user.
     *
     * @throws io.spendvault.domain.common.ConflictException no mail server is configured (MAIL_NOT_CONFIGURED)
     * @throws io.spendvault.domain.common.TooManyAttemptsException more test mails than allowed per hour
     */
    Notification sendTest(UserId user);
}
