package io.spendvault.adapters.persistence.spending

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.spendvault.adapters.persistence.identity.PostgresUserRepository
import io.spendvault.adapters.persistence.identity.TestUsers
import io.spendvault.adapters.persistence.testsupport.PostgresSpecification
import io.spendvault.domain.common.ConflictException
import io.spendvault.domain.common.PageRequest
import io.spendvault.domain.spending.BrandId
import io.spendvault.domain.spending.Vendor
import io.spendvault.domain.spending.VendorKind
import jakarta.inject.Inject

import java.time.Instant

@MicronautTest(transactional = false)
class PostgresVendorRepositorySpec extends PostgresSpecification {

    /** PostgreSQL keeps microseconds. */
    static final Instant NOW = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS)

    @Inject
    PostgresVendorRepository vendors

    @Inject
    PostgresUserRepository users

    def "vendors of each kind are kept apart, unique by name per user ignoring case, and listed by name"() {
        given:
        def ada = TestUsers.insertOne(users)
        def grace = TestUsers.insertOne(users)
        def shop = Vendor.create(VendorKind.RETAILER, ada, 'Corner Shop', 'https://corner.example', NOW)
        vendors.insert(shop)
        vendors.insert(Vendor.create(VendorKind.BRAND, ada, 'corner shop', null, NOW))
        vendors.insert(Vendor.create(VendorKind.RETAILER, grace, 'CORNER SHOP', null, NOW))
        vendors.insert(Vendor.create(VendorKind.RETAILER, ada, 'Apple Store', null, NOW))

        expect:
        vendors.findById(shop.id()).get() == shop
        vendors.findById(new BrandId(shop.id().value())).isEmpty()
        vendors.list(VendorKind.RETAILER, ada, null, PageRequest.first()).items()*.name() == ['Apple Store', 'Corner Shop']
        vendors.list(VendorKind.RETAILER, ada, 'CORNER', PageRequest.first()).total() == 1

        when:
        vendors.insert(Vendor.create(VendorKind.RETAILER, ada, 'corner SHOP', null, NOW))

        then:
        def conflict = thrown(ConflictException)
        conflict.code() == 'NAME_TAKEN'

        when:
        def deleted = vendors.delete(shop.id())

        then:
        deleted
        !vendors.delete(shop.id())
    }
}
