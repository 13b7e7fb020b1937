package io.spendvault.adapters.persistence.identity

import io.spendvault.adapters.persistence.testsupport.PostgresTestServer

/** Empties the identity tables between features. */
class IdentityTables {

    static void clear() {
        PostgresTestServer.get().connect().withCloseable {
            it.createStatement().execute("TRUNCATE users, sessions, password_reset_tokens, notification_outbox, files CASCADE")
        }
    }
}
