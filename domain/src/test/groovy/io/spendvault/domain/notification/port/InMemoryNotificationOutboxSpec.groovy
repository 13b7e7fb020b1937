package io.spendvault.domain.notification.port

import io.spendvault.domain.identity.UserId
import io.spendvault.domain.notification.testsupport.InMemoryNotificationOutbox

class InMemoryNotificationOutboxSpec extends NotificationOutboxContract {

    @Override
    NotificationOutbox createOutbox() { new InMemoryNotificationOutbox() }

    @Override
    UserId existingUser() { UserId.random() }

    @Override
    <T> T inTransaction(Closure<T> work) { work() }
}
