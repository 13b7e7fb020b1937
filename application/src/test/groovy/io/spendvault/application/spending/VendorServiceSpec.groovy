package io.spendvault.application.spending

import io.spendvault.application.common.port.in.FieldChange
import io.spendvault.domain.common.ConflictException
import io.spendvault.domain.common.ResourceNotFoundException
import io.spendvault.domain.common.RuleViolationException
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
        service.delete(ada, shop.id(), false)

        then:
        def failure = thrown(ConflictException)
        failure.code() == 'VENDOR_IN_USE'
        failure.message.contains('used by 2 purchases')
        fixture.vendors.vendors.containsKey(shop.id())

        when:
        service.delete(ada, shop.id(), true)

        then:
        !fixture.vendors.vendors.containsKey(shop.id())
    }

    def "an unused vendor is deleted without detach; another user's is not found"() {
        given:
        def brand = service.create(VendorKind.BRAND, ada, 'Acme', null)

        when:
        service.delete(UserId.random(), brand.id(), true)

        then:
        thrown(ResourceNotFoundException)

        when:
        service.delete(ada, brand.id(), false)

        then:
        fixture.vendors.vendors.isEmpty()
    }

    def "an update changes only what is sent: the URL may be cleared, the name may not"() {
        given:
        def shop = service.create(VendorKind.RETAILER, ada, 'Shop', 'https://shop.example')

        when:
        def renamed = service.update(ada, shop.id(), FieldChange.to('Corner Shop'), FieldChange.keep())

        then:
        renamed.name() == 'Corner Shop'
        renamed.url() == 'https://shop.example'

        when:
        def cleared = service.update(ada, shop.id(), FieldChange.keep(), FieldChange.to(null))

        then:
        cleared.name() == 'Corner Shop'
        cleared.url() == null

        when:
        service.update(ada, shop.id(), FieldChange.to(null), FieldChange.to('ftp://x'))

        then:
        def failure = thrown(RuleViolationException)
        failure.fieldErrors().keySet() == ['name', 'url'] as Set
        fixture.vendors.vendors[shop.id()].name() == 'Corner Shop'
    }
}
