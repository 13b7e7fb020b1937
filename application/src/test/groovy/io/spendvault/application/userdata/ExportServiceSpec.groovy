package io.spendvault.application.userdata

import io.spendvault.application.userdata.port.in.AccountData
import io.spendvault.domain.common.ResourceNotFoundException
import io.spendvault.domain.identity.UserId
import io.spendvault.domain.spending.AttachmentType
import io.spendvault.domain.spending.VendorKind
import spock.lang.Specification

import java.time.LocalDate

class ExportServiceSpec extends Specification {

    def fixture = new UserDataFixture()
    def spending = fixture.spending
    UserId ada
    UserId grace

    def setup() {
        ada = fixture.account('ada')
        grace = fixture.account('grace')
    }

    def "an export hands over the caller's records of every kind, and nothing of another user"() {
        given:
        def shop = spending.vendorService.create(VendorKind.RETAILER, ada, 'Shop', null)
        spending.vendorService.create(VendorKind.BRAND, grace, 'Their brand', null)
        def kettle = spending.purchase(ada)
        spending.purchase(grace)
        spending.warrantyService.create(ada) { it.purchaseId(kettle.purchase().id()).warrantyEnd(LocalDate.parse('2027-01-01')) }
        spending.attachmentService.upload(ada, kettle.purchase().id(), AttachmentType.MANUAL, 'manual.txt',
                new ByteArrayInputStream('the manual' as byte[]))
        fixture.upload(grace, 'not yours')

        when:
        Map<String, List> seen = [:].withDefault { [] }
        String content = null
        fixture.exports.export(ada) { AccountData data ->
            seen.header << data.header()
            data.retailers { seen.retailers << it }
            data.brands { seen.brands << it }
            data.purchases { seen.purchases << it }
            data.warranties { seen.warranties << it }
            data.files { seen.files << it }
            data.attachments { seen.attachments << it }
            content = data.content(seen.files[0]).text
        }

        then:
        seen.header[0].username() == 'ada'
        seen.header[0].email() == 'ada@example.com'
        seen.header[0].settings().currency().value() == 'USD'
        seen.retailers == [shop]
        seen.brands == []
        seen.purchases*.purchase()*.id() == [kettle.purchase().id()]
        seen.warranties.size() == 1
        seen.files*.originalFilename() == ['manual.txt']
        seen.attachments*.type() == [AttachmentType.MANUAL]
        content == 'the manual'
    }

    def "the content of another user's file is not handed over"() {
        given:
        def theirs = spending.fileRecords.findById(fixture.upload(grace, 'private')).get()

        when:
        fixture.exports.export(ada) { AccountData data -> data.content(theirs) }

        then:
        thrown(ResourceNotFoundException)
    }
}
