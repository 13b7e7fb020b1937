package io.spendvault.domain.identity.port

import io.spendvault.domain.identity.PasswordResetToken
import io.spendvault.domain.identity.UserId
import spock.lang.Specification

import java.time.Duration
import java.time.Instant

/** What every {@link PasswordResetTokenRepository} does. */
abstract class PasswordResetTokenRepositoryContract extends Specification {

    PasswordResetTokenRepository tokens
    Instant now = Instant.parse('2026-03-01T10:00:00Z')

    abstract PasswordResetTokenRepository createRepository()

    abstract UserId existingUser()

    def setup() {
        tokens = createRepository()
    }

    def "a token is found by its hash and can be used once"() {
        given:
        def token = PasswordResetToken.issue(existingUser(), 'hash-abc', now, now + Duration.ofMinutes(30))
        tokens.insert(token)

        expect:
        tokens.findByHash('hash-abc').get() == token
        tokens.findByHash('other').isEmpty()
        tokens.markUsed(token.id(), now)
        !tokens.markUsed(token.id(), now)
        tokens.findByHash('hash-abc').get().usedAt() == now
    }

    def "invalidating a user's tokens spends every unused one"() {
        given:
        def user = existingUser()
        def first = PasswordResetToken.issue(user, 'h1', now, now + Duration.ofMinutes(30))
        def second = PasswordResetToken.issue(user, 'h2', now, now + Duration.ofMinutes(30))
        tokens.insert(first)
        tokens.insert(second)

        when:
        tokens.invalidateAllOf(user, now)

        then:
        !tokens.findByHash('h1').get().isUsable(now)
        !tokens.findByHash('h2').get().isUsable(now)
    }
}
