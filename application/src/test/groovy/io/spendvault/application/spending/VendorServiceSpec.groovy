package io.spendvault.application.spending

import io.spendvault.domain.common.ConflictException
import io.spendvault.domain.common.ResourceNotFoundException
import io.spendvault.domain.identity.UserId
import io.spendvault.domain.spending.VendorKind
import spock.lang.Specification

class VendorServiceSpec extends Specification {

    def fixture = new SpendingFixture()
    def service = fixture.vendorService
    def ada = UserId.random()

    def "a vendor purchases use is kept, with the count in the message, unless detach is asked for"() {
        given:
        def shop = service.create(VendorKind.RETAILER, ada, 'Shop', null)
        2.times { fixture.purchase(ada) { it.retailerId(shop.id()) } }

        when:
        service.delete(VendorKind.RETAILER, ada, shop.id(), false)

        then:
        def failure = thrown(ConflictException)
        failure.code() == 'VENDOR_IN_USE'
        failure.message.contains('used by 2 purchases')
        fixture.vendors.vendors.containsKey(shop.id())

        when:
        service.delete(VendorKind.RETAILER, ada, shop.id(), true)

        then:
        !fixture.vendors.vendors.containsKey(shop.id())
    }

    def "an unused vendor is deleted without detach; another user's is not found"() {
        given:
        def brand = service.create(VendorKind.BRAND, ada, 'Acme', null)

        when:
        service.delete(VendorKind.BRAND, UserId.random(), brand.id(), true)

        then:
        thrown(ResourceNotFoundException)

        when:
        service.delete(VendorKind.BRAND, ada, brand.id(), false)

        then:
        fixture.vendors.vendors.isEmpty()
    }
}
