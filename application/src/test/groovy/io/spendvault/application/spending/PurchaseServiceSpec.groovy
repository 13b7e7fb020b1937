package io.spendvault.application.spending

import io.spendvault.application.spending.port.in.PurchaseEdit
import io.spendvault.domain.common.PageRequest
import io.spendvault.domain.common.ResourceNotFoundException
import io.spendvault.domain.common.RuleViolationException
import io.spendvault.domain.identity.UserId
import io.spendvault.domain.settings.CurrencyCode
import io.spendvault.domain.settings.DateFormat
import io.spendvault.domain.settings.UserSettings
import io.spendvault.domain.settings.port.SettingsRepository
import io.spendvault.domain.spending.BrandId
import io.spendvault.domain.spending.PurchaseDetails
import io.spendvault.domain.spending.PurchaseQuery
import io.spendvault.domain.spending.VendorKind
import io.spendvault.domain.spending.WarrantyStatus
import spock.lang.Specification

import java.time.Duration
import java.time.LocalDate

class PurchaseServiceSpec extends Specification {

    def fixture = new SpendingFixture()
    def service = fixture.purchaseService
    def ada = UserId.random()
    def grace = UserId.random()

    private static PurchaseEdit edit(Closure<?> fields) {
        PurchaseEdit.of { PurchaseDetails.Builder builder -> fields(builder) }
    }

    private static PurchaseEdit expiry(String date) {
        new PurchaseEdit({ PurchaseDetails.Builder builder -> }, true, date == null ? null : LocalDate.parse(date))
    }

    def "the currency defaults to the user's setting, else USD"() {
        given:
        fixture.settings.save(new UserSettings(ada, new CurrencyCode('EUR'), DateFormat.MM_DD_YYYY))

        expect:
        fixture.purchase(ada).purchase().details().price().currency().value() == 'EUR'
        fixture.purchase(grace).purchase().details().price().currency().value() == 'USD'
    }

    def "a purchase that names its currency is created without reading the user's settings"() {
        given: 'settings that fail the test when read'
        def unreadable = [find: { UserId user -> throw new AssertionError("settings of $user read") }] as SettingsRepository
        def service = new PurchaseService(fixture.purchases, fixture.vendors, fixture.warranties, fixture.attachments, unreadable,
                fixture.files, fixture.transactions, fixture.clock)

        when:
        def created = service.create(ada, edit { it.productName('Kettle').price(25.0).currency(new CurrencyCode('GBP'))
                .purchaseDate(LocalDate.parse('2024-03-01')) })

        then:
        created.purchase().details().price().currency().value() == 'GBP'

        when: 'one without a currency needs them'
        service.create(ada, edit { it.productName('Kettle').price(25.0).purchaseDate(LocalDate.parse('2024-03-01')) })

        then:
        thrown(AssertionError)
    }

    def "create answers the purchase as reading it back shows it, its vendors' names included"() {
        given:
        def shop = fixture.vendorService.create(VendorKind.RETAILER, ada, 'Ada Shop', null)
        def maker = fixture.vendorService.create(VendorKind.BRAND, ada, 'Ada Tools', null)

        when:
        def created = fixture.purchase(ada) { it.retailerId(shop.id()).brandId(maker.id()).category('Tools') }

        then:
        created.retailer().name() == 'Ada Shop'
        created.brand().name() == 'Ada Tools'
        created.warranty() == null
        created.attachmentsCount() == 0
        created == service.get(ada, created.purchase().id())
    }

    def "a retailer or brand must be the caller's; one already on the purchase is not checked again"() {
        given:
        def gracesShop = fixture.vendorService.create(VendorKind.RETAILER, grace, 'Grace Shop', null)
        def adasShop = fixture.vendorService.create(VendorKind.RETAILER, ada, 'Ada Shop', null)

        when:
        fixture.purchase(ada) { it.retailerId(gracesShop.id()) }

        then:
        def failure = thrown(RuleViolationException)
        failure.field().get() == 'retailerId'
        fixture.purchases.purchases.isEmpty()

        when: 'a retailer id cannot even be passed as a brand id (the types differ); the same UUID as a brand is not one'
        fixture.purchase(ada) { it.brandId(new BrandId(adasShop.id().value())) }

        then:
        thrown(RuleViolationException)

        expect:
        fixture.purchase(ada) { it.retailerId(adasShop.id()) }.retailer().name() == 'Ada Shop'
    }

    def "an update changes only what the edit sets and keeps the creation time"() {
        given:
        def created = fixture.purchase(ada) { it.category('Kitchen').notes('gift') }
        fixture.clock.advance(Duration.ofMinutes(5))

        when:
        def updated = service.update(ada, created.purchase().id(), edit { it.notes(null) })

        then:
        updated.purchase().details().category() == 'Kitchen'
        updated.purchase().details().notes() == null
        updated.purchase().createdAt() == created.purchase().createdAt()
        updated.purchase().updatedAt() == created.purchase().createdAt() + Duration.ofMinutes(5)
    }

    def "another user's purchase is not found for reading, changing or deleting"() {
        given:
        def id = fixture.purchase(grace).purchase().id()

        when:
        action(service, id)

        then:
        thrown(ResourceNotFoundException)
        fixture.purchases.purchases[id].details().notes() == null

        where:
        action << [{ s, purchaseId -> s.get(UserId.random(), purchaseId) },
                   { s, purchaseId -> s.update(UserId.random(), purchaseId, PurchaseEdit.of { it.notes('mine') }) },
                   { s, purchaseId -> s.delete(UserId.random(), purchaseId) }]
    }

    def "warranty_expiry on create records a warranty from the purchase date"() {
        when:
        def created = service.create(ada, new PurchaseEdit({ PurchaseDetails.Builder it ->
            it.productName('TV').price(499.0).purchaseDate(LocalDate.parse('2024-05-01'))
        }, true, LocalDate.parse('2027-05-01')))

        then:
        created.warrantyExpiry() == LocalDate.parse('2027-05-01')
        with(fixture.warranties.of(created.purchase().id()).first().details()) {
            warrantyStart() == LocalDate.parse('2024-05-01')
            warrantyEnd() == LocalDate.parse('2027-05-01')
            status() == WarrantyStatus.ACTIVE
        }
    }

    def "warranty_expiry moves the only warranty, re-activating one recorded as expired, and null deletes it"() {
        given:
        def id = fixture.purchase(ada).purchase().id()
        service.update(ada, id, expiry('2026-01-01'))
        def record = fixture.warranties.of(id).first()
        fixture.warranties.update(record.changed(record.details().toBuilder().status(WarrantyStatus.EXPIRED).build(), record.createdAt()))

        when:
        def moved = service.update(ada, id, expiry('2027-01-01'))

        then:
        moved.warrantyExpiry() == LocalDate.parse('2027-01-01')
        fixture.warranties.of(id)*.id() == [record.id()]
        fixture.warranties.of(id).first().details().status() == WarrantyStatus.ACTIVE

        when:
        def cleared = service.update(ada, id, expiry(null))

        then:
        cleared.warrantyExpiry() == null
        fixture.warranties.of(id).isEmpty()
    }

    def "a voided warranty does not count: warranty_expiry then records a new one"() {
        given:
        def id = fixture.purchase(ada).purchase().id()
        service.update(ada, id, expiry('2026-01-01'))
        def record = fixture.warranties.of(id).first()
        fixture.warrantyService.update(ada, record.id()) { it.status(WarrantyStatus.VOIDED) }

        when:
        def updated = service.update(ada, id, expiry('2028-01-01'))

        then:
        updated.warrantyExpiry() == LocalDate.parse('2028-01-01')
        updated.warranty().count() == 2
    }

    def "with several warranties, or an expiry before the start, warranty_expiry is refused"() {
        given:
        def id = fixture.purchase(ada).purchase().id()
        fixture.warrantyService.create(ada) { it.purchaseId(id).warrantyEnd(LocalDate.parse('2026-01-01')) }

        when:
        service.update(ada, id, expiry('2020-01-01'))

        then:
        def before = thrown(RuleViolationException)
        before.field().get() == 'warrantyExpiry'

        when:
        fixture.warrantyService.create(ada) { it.purchaseId(id).warrantyEnd(LocalDate.parse('2027-01-01')) }
        service.update(ada, id, expiry('2028-01-01'))

        then:
        def several = thrown(RuleViolationException)
        several.field().get() == 'warrantyExpiry'
        fixture.warranties.of(id)*.details()*.warrantyEnd() as Set == [LocalDate.parse('2026-01-01'), LocalDate.parse('2027-01-01')] as Set
    }

    def "deleting a purchase deletes its warranties and releases files uploaded for it, not files attached by id"() {
        given:
        def id = fixture.purchase(ada).purchase().id()
        fixture.warrantyService.create(ada) { it.purchaseId(id).warrantyEnd(LocalDate.parse('2026-01-01')) }
        def uploaded = fixture.attachmentService.upload(ada, id, io.spendvault.domain.spending.AttachmentType.RECEIPT, 'r.txt',
                new ByteArrayInputStream('receipt'.bytes)).file()
        def own = fixture.files.upload(new io.spendvault.application.files.port.in.UploadFileUseCase.UploadFileCommand(ada, 'm.txt',
                null, new ByteArrayInputStream('manual'.bytes)))
        fixture.attachmentService.attach(ada, id, new io.spendvault.domain.files.FileId(own.id()), io.spendvault.domain.spending.AttachmentType.MANUAL)

        when:
        service.delete(ada, id)

        then:
        fixture.purchases.purchases.isEmpty()
        fixture.warranties.warranties.isEmpty()
        fixture.attachments.links.isEmpty()
        fixture.fileRecords.files.keySet()*.value() == [own.id()]
    }

    def "the list passes the query on with today's date for warranty statuses"() {
        given:
        def id = fixture.purchase(ada).purchase().id()
        fixture.warrantyService.create(ada) { it.purchaseId(id).warrantyEnd(fixture.today()) }

        expect:
        service.list(ada, PurchaseQuery.all(PageRequest.first())).items()[0].warranty().status() == WarrantyStatus.ACTIVE

        when:
        fixture.clock.advance(Duration.ofDays(1))

        then:
        service.list(ada, PurchaseQuery.all(PageRequest.first())).items()[0].warranty().status() == WarrantyStatus.EXPIRED
        service.list(grace, PurchaseQuery.all(PageRequest.first())).total() == 0
    }
}
