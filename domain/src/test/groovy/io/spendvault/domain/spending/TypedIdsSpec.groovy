package io.spendvault.domain.spending

import spock.lang.Specification

/** Ids of different things never mix up, even when they carry the same UUID. */
class TypedIdsSpec extends Specification {

    def "a retailer id and a brand id of the same UUID are different ids of different kinds"() {
        given:
        def uuid = UUID.randomUUID()

        expect:
        new RetailerId(uuid) != new BrandId(uuid)
        VendorId.of(VendorKind.RETAILER, uuid) == new RetailerId(uuid)
        VendorId.of(VendorKind.BRAND, uuid) == new BrandId(uuid)
        VendorId.of(VendorKind.BRAND, uuid).kind() == VendorKind.BRAND
        VendorId.random(VendorKind.RETAILER) instanceof RetailerId
    }

    def "a vendor's kind is its id's"() {
        expect:
        Vendor.create(VendorKind.BRAND, io.spendvault.domain.identity.UserId.random(), 'Acme', null, java.time.Instant.now()).kind() ==
                VendorKind.BRAND
    }

    def "purchase and warranty ids print as their UUID, order as their UUID, and need one"() {
        given:
        def low = new UUID(0, 1)
        def high = new UUID(0, 2)

        expect:
        new PurchaseId(low).toString() == low.toString()
        new PurchaseId(low) < new PurchaseId(high)
        new WarrantyId(high) > new WarrantyId(low)
        PurchaseId.random() != PurchaseId.random()

        when:
        new WarrantyId(null)

        then:
        thrown(NullPointerException)
    }
}
