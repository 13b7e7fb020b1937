package io.spendvault.application.spending

import io.spendvault.application.files.port.in.UploadFileUseCase.UploadFileCommand
import io.spendvault.domain.common.ConflictException
import io.spendvault.domain.common.PageRequest
import io.spendvault.domain.common.ResourceNotFoundException
import io.spendvault.domain.common.RuleViolationException
import io.spendvault.domain.files.FileId
import io.spendvault.domain.identity.UserId
import io.spendvault.domain.spending.Attachment
import io.spendvault.domain.spending.AttachmentType
import io.spendvault.domain.spending.PurchaseId
import io.spendvault.domain.spending.testsupport.InMemoryAttachmentRepository
import spock.lang.Specification

class AttachmentServiceSpec extends Specification {

    def fixture = new SpendingFixture()
    def service = fixture.attachmentService
    def ada = UserId.random()

    private upload(PurchaseId purchase, String content, AttachmentType type = AttachmentType.RECEIPT) {
        service.upload(ada, purchase, type, 'r.txt', new ByteArrayInputStream(content.bytes))
    }

    def "an upload for a purchase is a file of the user, linked as uploaded for the purchase"() {
        given:
        def purchase = fixture.purchase(ada).purchase().id()

        when:
        def view = upload(purchase, 'receipt')

        then:
        view.attachment().uploadedForPurchase()
        view.attachment().type() == AttachmentType.RECEIPT
        fixture.fileRecords.findById(new FileId(view.file().id())).get().owner() == ada
        fixture.purchaseService.get(ada, purchase).attachmentsCount() == 1
    }

    def "an upload for another user's purchase is refused before any byte is stored"() {
        given:
        def gracesPurchase = fixture.purchase(UserId.random()).purchase().id()

        when:
        upload(gracesPurchase, 'receipt')

        then:
        thrown(ResourceNotFoundException)
        fixture.fileRecords.files.isEmpty()
        fixture.blobs.list().count() == 0
    }

    def "when the link cannot be written after the upload, the uploaded file is deleted again"() {
        given: 'a link store that fails, as when the purchase was deleted while the file streamed in'
        def purchase = fixture.purchase(ada).purchase().id()
        def failing = new InMemoryAttachmentRepository() {
            @Override
            void insert(Attachment attachment) { throw new ResourceNotFoundException('Purchase not found') }
        }
        def service = new AttachmentService(failing, fixture.purchases, fixture.files, fixture.files, fixture.transactions, fixture.clock)

        when:
        service.upload(ada, purchase, AttachmentType.PHOTO, 'p.txt', new ByteArrayInputStream('photo'.bytes))

        then:
        thrown(ResourceNotFoundException)
        fixture.fileRecords.files.isEmpty()
        fixture.blobs.list().count() == 0
    }

    def "attaching by id needs the caller's file and refuses a second link to the same purchase"() {
        given:
        def purchase = fixture.purchase(ada).purchase().id()
        def mine = fixture.files.upload(new UploadFileCommand(ada, 'm.txt', null, new ByteArrayInputStream('m'.bytes)))
        def others = fixture.files.upload(new UploadFileCommand(UserId.random(), 'o.txt', null, new ByteArrayInputStream('o'.bytes)))

        expect:
        !service.attach(ada, purchase, new FileId(mine.id()), AttachmentType.MANUAL).attachment().uploadedForPurchase()

        when:
        service.attach(ada, purchase, new FileId(mine.id()), AttachmentType.OTHER)

        then:
        thrown(ConflictException)

        when:
        service.attach(ada, purchase, new FileId(others.id()), AttachmentType.OTHER)

        then:
        def failure = thrown(RuleViolationException)
        failure.field().get() == 'fileId'
    }

    def "a file uploaded for one purchase keeps that mark when attached to another, and goes with its last link"() {
        given:
        def kettle = fixture.purchase(ada).purchase().id()
        def toaster = fixture.purchase(ada).purchase().id()
        def file = new FileId(upload(kettle, 'shared receipt').file().id())

        when:
        def second = service.attach(ada, toaster, file, AttachmentType.RECEIPT)
        service.detach(ada, kettle, file)

        then:
        second.attachment().uploadedForPurchase()
        fixture.fileRecords.findById(file).isPresent()

        when:
        service.detach(ada, toaster, file)

        then:
        fixture.fileRecords.findById(file).isEmpty()
    }

    def "a file the user deleted meanwhile is released without complaint"() {
        given:
        def purchase = fixture.purchase(ada).purchase().id()
        def file = new FileId(upload(purchase, 'gone').file().id())
        fixture.fileRecords.files.remove(file)

        when:
        service.detach(ada, purchase, file)

        then:
        noExceptionThrown()
        fixture.attachments.links.isEmpty()
    }

    def "attachments page oldest first; a missing attachment is not found"() {
        given:
        def purchase = fixture.purchase(ada).purchase().id()
        def first = upload(purchase, 'one')
        def second = upload(purchase, 'two', AttachmentType.MANUAL)

        expect:
        service.list(ada, purchase, PageRequest.first()).items()*.file()*.id() == [first.file().id(), second.file().id()]
        service.list(ada, purchase, new PageRequest(2, 1)).items()*.file()*.id() == [second.file().id()]
        service.list(ada, purchase, new PageRequest(3, 1)).items().isEmpty()
        service.list(ada, purchase, new PageRequest(3, 1)).total() == 2

        when:
        service.get(ada, purchase, FileId.random())

        then:
        thrown(ResourceNotFoundException)
    }
}
