package io.spendvault.adapters.persistence.identity

import io.spendvault.domain.identity.EmailAddress
import io.spendvault.domain.identity.Role
import io.spendvault.domain.identity.User
import io.spendvault.domain.identity.UserId
import io.spendvault.domain.identity.Username
import io.spendvault.domain.identity.port.UserRepository

import java.time.Instant

/** Accounts that other rows (sessions, tokens) can point at. */
class TestUsers {

    static UserId insertOne(UserRepository users) {
        def name = 'u' + UUID.randomUUID().toString().replace('-', '').substring(0, 12)
        def user = User.register(new Username(name), new EmailAddress("$name@example.com"), 'hash', Role.USER, Instant.now())
        users.insert(user)
        user.id()
    }
}
