package io.spendvault.domain.identity

import io.spendvault.domain.common.ResourceNotFoundException
import spock.lang.Specification

class OwnershipSpec extends Specification {

    record Receipt(UserId owner, String name) {}

    def ada = UserId.random()
    def grace = UserId.random()

    def "the owner gets their resource"() {
        given:
        def receipt = new Receipt(ada, 'lamp')

        expect:
        Ownership.requireOwn(Optional.of(receipt), { it.owner() }, ada, 'Receipt') == receipt
    }

    def "another user's resource and a missing one look the same: not found"() {
        when:
        Ownership.requireOwn(Optional.of(new Receipt(ada, 'lamp')), { it.owner() }, grace, 'Receipt')

        then:
        def foreign = thrown(ResourceNotFoundException)

        when:
        Ownership.requireOwn(Optional.empty(), { it.owner() }, grace, 'Receipt')

        then:
        def missing = thrown(ResourceNotFoundException)
        missing.message == foreign.message
        missing.code() == foreign.code()
    }
}
