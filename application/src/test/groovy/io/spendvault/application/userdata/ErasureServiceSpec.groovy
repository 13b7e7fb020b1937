package io.spendvault.application.userdata

import io.spendvault.domain.common.ConflictException
import io.spendvault.domain.common.InvalidRequestException
import io.spendvault.domain.common.PageRequest
import io.spendvault.domain.common.Sort
import io.spendvault.domain.files.FileQuery
import io.spendvault.domain.identity.Role
import io.spendvault.domain.identity.UserId
import io.spendvault.domain.settings.CurrencyCode
import io.spendvault.domain.settings.DateFormat
import io.spendvault.domain.settings.UserSettings
import io.spendvault.domain.spending.AttachmentType
import io.spendvault.domain.spending.VendorKind
import spock.lang.Specification

import java.time.LocalDate

class ErasureServiceSpec extends Specification {

    def fixture = new UserDataFixture()
    def spending = fixture.spending
    UserId ada
    UserId grace

    def setup() {
        ada = fixture.account('ada')
        grace = fixture.account('grace')
    }

    /** A purchase with a warranty, a retailer, a brand, an attachment and a file of its own. */
    void recordEverything(UserId owner, String content) {
        def shop = spending.vendorService.create(VendorKind.RETAILER, owner, 'Shop', null)
        def maker = spending.vendorService.create(VendorKind.BRAND, owner, 'Maker', null)
        def kettle = spending.purchase(owner) { it.retailerId(shop.id() as io.spendvault.domain.spending.RetailerId).brandId(maker.id() as io.spendvault.domain.spending.BrandId) }
        spending.warrantyService.create(owner) { it.purchaseId(kettle.purchase().id()).warrantyEnd(LocalDate.parse('2027-01-01')) }
        spending.attachmentService.upload(owner, kettle.purchase().id(), AttachmentType.RECEIPT, 'receipt.txt',
                new ByteArrayInputStream('receipt of ' + content as byte[]))
        fixture.upload(owner, content)
        spending.settings.save(new UserSettings(owner, new CurrencyCode('EUR'), DateFormat.values()[1]))
    }

    int filesOf(UserId owner) {
        spending.fileRecords.list(owner, new FileQuery(null, null, new Sort<>(FileQuery.SortBy.UPLOAD_DATE, true), PageRequest.first())).total()
    }

    def "reset deletes all of the caller's records and settings, frees unshared contents and keeps the account"() {
        given:
        recordEverything(ada, 'shared bytes')
        recordEverything(grace, 'shared bytes')
        fixture.upload(ada, 'only ada has these')

        when:
        def report = fixture.erasures.resetAll(ada, 'secret-ada')

        then:
        report.purchasesDeleted() == 1
        report.warrantiesDeleted() == 1
        report.retailersDeleted() == 1
        report.brandsDeleted() == 1
        report.filesDeleted() == 3
        report.blobsDeleted() == 1 // only "only ada has these": grace has "receipt of shared bytes" and "shared bytes" too
        filesOf(ada) == 0
        spending.purchases.purchases.values().every { it.owner() != ada }
        spending.warranties.warranties.values().every { it.owner() != ada }
        spending.vendors.vendors.values().every { it.owner() != ada }
        spending.settings.find(ada).isEmpty()
        fixture.users.findById(ada).isPresent()

        and: 'grace keeps everything, also the contents she shared with ada'
        filesOf(grace) == 2
        spending.purchases.purchases.values().count { it.owner() == grace } == 1
        spending.settings.find(grace).isPresent()
        fixture.stored('shared bytes')
        !fixture.stored('only ada has these')
    }

    def "a wrong or missing password deletes nothing"() {
        given:
        recordEverything(ada, 'bytes')

        when:
        fixture.erasures.resetAll(ada, password)

        then:
        def refused = thrown(InvalidRequestException)
        refused.code() == 'PASSWORD_INCORRECT'
        filesOf(ada) == 2
        spending.purchases.purchases.size() == 1

        where:
        password << ['secret-grace', '', null]
    }

    def "deleting the account removes it with everything it owns"() {
        given:
        recordEverything(ada, 'bytes')

        when:
        def report = fixture.erasures.deleteAccount(ada, 'secret-ada')

        then:
        report.purchasesDeleted() == 1
        report.blobsDeleted() == 2
        fixture.users.findById(ada).isEmpty()
        filesOf(ada) == 0
        fixture.users.findById(grace).isPresent()
    }

    def "the last active administrator cannot delete their account; with a second one they can"() {
        given:
        def root = fixture.account('root', Role.ADMIN)
        recordEverything(root, 'bytes')

        when:
        fixture.erasures.deleteAccount(root, 'secret-root')

        then:
        def conflict = thrown(ConflictException)
        conflict.code() == 'LAST_ADMIN'
        fixture.users.findById(root).isPresent()
        filesOf(root) == 2

        when:
        fixture.account('second', Role.ADMIN)
        fixture.erasures.deleteAccount(root, 'secret-root')

        then:
        fixture.users.findById(root).isEmpty()
    }
}
