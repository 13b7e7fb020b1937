package io.spendvault.application.files

import io.spendvault.application.common.port.in.FieldChange
import io.spendvault.application.common.port.out.Transactions
import io.spendvault.application.files.port.in.UploadFileUseCase.UploadFileCommand
import io.spendvault.application.files.port.out.ContentTypeDetector
import io.spendvault.application.files.port.out.ThumbnailRenderer
import io.spendvault.application.storage.MutableClock
import io.spendvault.domain.common.PageRequest
import io.spendvault.domain.common.PayloadTooLargeException
import io.spendvault.domain.common.QuotaExceededException
import io.spendvault.domain.common.ResourceNotFoundException
import io.spendvault.domain.common.RuleViolationException
import io.spendvault.domain.common.UnsupportedContentException
import io.spendvault.domain.files.ContentDisposition
import io.spendvault.domain.files.FileId
import io.spendvault.domain.files.FileQuery
import io.spendvault.domain.files.testsupport.InMemoryFileRepository
import io.spendvault.domain.identity.EmailAddress
import io.spendvault.domain.identity.Role
import io.spendvault.domain.identity.User
import io.spendvault.domain.identity.UserId
import io.spendvault.domain.identity.Username
import io.spendvault.domain.storage.BlobKey
import io.spendvault.domain.storage.ByteRange
import io.spendvault.domain.storage.testsupport.GeneratedContent
import io.spendvault.domain.storage.testsupport.InMemoryBlobStore
import spock.lang.Specification

import java.time.Duration
import java.util.function.Supplier

class FileServiceSpec extends Specification {

    static final byte[] PNG = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3] as byte[]

    def clock = new MutableClock()
    /** Runs when an upload's transaction takes the owner's lock: lets a spec put a concurrent request there. */
    Closure beforeOwnerLock = {}
    def files = new InMemoryFileRepository() {
        @Override
        void lockOwner(UserId owner) {
            beforeOwnerLock()
            super.lockOwner(owner)
        }
    }
    def blobs = new InMemoryBlobStore(clock: clock)
    /** Recognises PNG by its signature and calls everything else plain text, like a sniffer would for these bytes. */
    ContentTypeDetector detector = { InputStream head, String name ->
        head.mark(8)
        def signature = head.readNBytes(8)
        head.reset()
        signature == PNG[0..7] as byte[] ? 'image/png' : (signature[0] == 0x4D as byte ? 'application/x-msdownload' : 'text/plain')
    } as ContentTypeDetector
    def transactions = new Transactions() {
        @Override
        <T> T inTransaction(Supplier<T> work) { work.get() }
    }
    def settings = new FileSettings(1_000, 2_500, FileSettings.DEFAULT_ALLOWED_TYPES)
    def thumbnails = new io.spendvault.domain.files.testsupport.InMemoryThumbnailJobs()
    ThumbnailRenderer renderer = new ThumbnailRenderer() {
        boolean supports(String type) { type.startsWith('image/') }
        void render(InputStream image, int width, OutputStream png) { png.write('png'.bytes) }
    }
    def users = new io.spendvault.domain.identity.testsupport.InMemoryUserRepository()
    def service = new FileService(files, blobs, detector, thumbnails, renderer, transactions, settings, users, clock)
    def ada = UserId.random()
    def grace = UserId.random()

    private upload(UserId owner, byte[] bytes, String name = 'scan.png', String description = null) {
        service.upload(new UploadFileCommand(owner, name, description, new ByteArrayInputStream(bytes)))
    }

    def "an upload is stored under its hash with the detected type and a safe name"() {
        when:
        def view = upload(ada, PNG, '../../evil/Kassenbon.png', 'lamp')

        then:
        view.contentType() == 'image/png'
        view.filename() == 'Kassenbon.png'
        view.originalFilename() == '../../evil/Kassenbon.png'
        view.fileSize() == PNG.length
        view.fileHash().startsWith('sha256:')
        view.description() == 'lamp'
        view.userId() == ada.value()
        service.open(ada, new FileId(view.id()), null).bytes == PNG
    }

    def "an image upload queues one thumbnail job per content, and the link appears once it is done"() {
        when:
        def first = upload(ada, PNG)
        upload(grace, PNG)
        upload(ada, 'text'.bytes, 'notes.txt')

        then:
        thumbnails.jobs.size() == 1
        first.thumbnailUrl() == null

        when:
        new ThumbnailWorker(thumbnails, blobs, renderer, clock).drain(10)

        then:
        service.view(ada, new FileId(first.id())).thumbnailUrl() == "/api/v1/uploads/${first.id()}/thumbnail"
        service.thumbnail(ada, new FileId(first.id())).get().text == 'png'
        service.list(ada, new FileQuery(null, 'image/', FileQuery.DEFAULT_SORT, PageRequest.first())).items()[0].thumbnailUrl() != null
    }

    def "the type comes from the bytes, not the name: an executable called .png is refused and nothing is stored"() {
        when:
        upload(ada, 'MZ executable'.bytes, 'holiday.png')

        then:
        def refused = thrown(UnsupportedContentException)
        refused.message == 'File type not allowed'
        blobs.list().count() == 0
        files.files.isEmpty()
    }

    def "a file over the size limit is refused as too large, leaving nothing"() {
        when:
        upload(ada, GeneratedContent.bytes(1_001, 1), 'big.txt')

        then:
        def refused = thrown(PayloadTooLargeException)
        refused.message == 'File size exceeds maximum limit (1000 bytes)'
        files.files.isEmpty()
        blobs.list().count() == 0
    }

    def "an upload past the quota is refused, counting identical uploads each time"() {
        given:
        upload(ada, GeneratedContent.bytes(1_000, 1), 'a.txt')
        upload(ada, GeneratedContent.bytes(1_000, 1), 'same again.txt')

        when:
        upload(ada, GeneratedContent.bytes(600, 2), 'c.txt')

        then:
        thrown(QuotaExceededException)
        service.of(ada).totalStorageUsed() == 2_000
        service.of(ada).totalUploads() == 2
    }

    def "an account's own quota replaces the default, tighter or looser, from the next upload on"() {
        given: 'ada may hold 500 bytes, grace 4,000 (the default is 2,500)'
        users.insert(account(ada, 'ada', 500L))
        users.insert(account(grace, 'grace', 4_000L))

        when:
        upload(ada, GeneratedContent.bytes(600, 1), 'a.txt')

        then:
        thrown(QuotaExceededException)

        when:
        (1..3).each { upload(grace, GeneratedContent.bytes(1_000, it), "g${it}.txt") }

        then: 'past the default, within her own'
        service.of(grace).totalStorageUsed() == 3_000

        when: 'ada goes back to the default'
        users.update(users.findById(ada).get().administered(Role.USER, true, null, clock.instant()))
        upload(ada, GeneratedContent.bytes(600, 1), 'a.txt')

        then:
        service.of(ada).totalStorageUsed() == 600
    }

    private User account(UserId id, String name, Long quota) {
        new User(id, new Username(name), new EmailAddress("${name}@example.com"), 'hash', Role.USER, true,
                clock.instant(), clock.instant(), null, quota)
    }

    def "identical content is stored once and removed with its last reference"() {
        given:
        def first = upload(ada, PNG)
        def second = upload(grace, PNG)
        def key = BlobKey.content(service.get(ada, new FileId(first.id())).hash())
        blobs.storeDerived(BlobKey.derived(key.contentHash(), FileService.THUMBNAIL_VARIANT), new ByteArrayInputStream('t'.bytes))

        expect:
        blobs.list().count() == 2

        when:
        service.delete(ada, new FileId(first.id()))

        then: 'grace still has it'
        blobs.exists(key)
        service.open(grace, new FileId(second.id()), null).bytes == PNG

        when:
        service.delete(grace, new FileId(second.id()))

        then: 'content and thumbnail are gone with the last file'
        blobs.list().count() == 0
        !service.isReferenced(key.contentHash())
    }

    def "an upload racing the delete of the last other copy of the same content succeeds, and its content is there"() {
        given:
        def first = upload(ada, PNG)
        def key = BlobKey.content(service.get(ada, new FileId(first.id())).hash())
        boolean deleted = false
        // the moment between writing the content and recording it: the upload's transaction begins
        beforeOwnerLock = {
            if (!deleted) {
                deleted = true
                service.delete(ada, new FileId(first.id()))
            }
        }

        when:
        def second = upload(grace, PNG, 'same.png')

        then: 'no 409 "content removed, retry": placed under the content lock, after the delete'
        deleted
        blobs.exists(key)
        service.open(grace, new FileId(second.id()), null).bytes == PNG
        blobs.stagedCount() == 0
    }

    def "a failed upload leaves nothing staged behind"() {
        when:
        upload(ada, new byte[2_000]) // over the 1 000 byte limit

        then:
        thrown(PayloadTooLargeException)
        blobs.stagedCount() == 0
        blobs.list().count() == 0
    }

    def "a delete while the blob store fails still succeeds: the record is gone, its content is left to storage gc"() {
        given:
        def file = upload(ada, PNG)
        def key = BlobKey.content(service.get(ada, new FileId(file.id())).hash())
        blobs.failing = true

        when:
        service.delete(ada, new FileId(file.id()))

        then: 'one answer: deleted (never "retry later" after the row is already gone)'
        notThrown(Exception)
        !service.isReferenced(key.contentHash())

        when:
        service.get(ada, new FileId(file.id()))

        then:
        thrown(ResourceNotFoundException)

        when: 'the store is back: the content is there, unreferenced, for gc to collect'
        blobs.failing = false

        then:
        blobs.exists(key)
    }

    def "another user's file is not found, exactly like a missing one"() {
        given:
        def mine = upload(ada, PNG)

        when:
        service.get(grace, new FileId(mine.id()))

        then:
        def foreign = thrown(ResourceNotFoundException)

        when:
        service.delete(grace, new FileId(mine.id()))

        then:
        thrown(ResourceNotFoundException)
        service.get(ada, new FileId(mine.id()))
        foreign.message == 'File not found'
    }

    def "renaming keeps a safe display name and the description can change alone"() {
        given:
        def view = upload(ada, PNG)

        when:
        def renamed = service.update(ada, new FileId(view.id()), FieldChange.to('sub/dir/new name.png'), FieldChange.keep())
        def described = service.update(ada, new FileId(view.id()), FieldChange.keep(), FieldChange.to('warranty card'))

        then:
        renamed.filename() == 'new name.png'
        described.filename() == 'new name.png'
        described.description() == 'warranty card'
        described.originalFilename() == 'scan.png'

        when:
        def cleared = service.update(ada, new FileId(view.id()), FieldChange.keep(), FieldChange.to(null))

        then:
        cleared.description() == null
        cleared.filename() == 'new name.png'
    }

    def "a name cannot be cleared, and a bad description is named with it"() {
        given:
        def view = upload(ada, PNG)

        when:
        service.update(ada, new FileId(view.id()), FieldChange.to(' '), FieldChange.to('d' * 1001))

        then:
        def failure = thrown(RuleViolationException)
        failure.fieldErrors().keySet() as List == ['filename', 'description']
        service.get(ada, new FileId(view.id())).filename() == 'scan.png'

        when: 'a typed name that is not text is refused, not cleaned'
        service.update(ada, new FileId(view.id()), FieldChange.to('scan\u0000.png'), FieldChange.keep())

        then:
        thrown(RuleViolationException)
        service.get(ada, new FileId(view.id())).filename() == 'scan.png'
    }

    def "a range of the content is read, by its owner only"() {
        given:
        def view = upload(ada, 'hello world'.bytes, 'hello.txt')

        when:
        def part = service.open(ada, new FileId(view.id()), new ByteRange(6, 10)).text

        then:
        part == 'world'

        when: 'another user asks for the same content by this id'
        service.open(UserId.random(), new FileId(view.id()), null)

        then:
        thrown(ResourceNotFoundException)
    }

    def "a download link is made for the owner only"() {
        given:
        def view = upload(ada, PNG)

        when:
        def link = service.link(ada, new FileId(view.id()), Duration.ofMinutes(5))

        then:
        blobs.follow(link) == PNG

        when:
        service.link(grace, new FileId(view.id()), Duration.ofMinutes(5))

        then:
        thrown(ResourceNotFoundException)
    }

    def "listing shows the caller's files only"() {
        given:
        upload(ada, PNG, 'mine.png')
        upload(grace, PNG, 'theirs.png')

        expect:
        service.list(ada, new FileQuery(null, null, FileQuery.DEFAULT_SORT, PageRequest.first())).items()*.filename() == ['mine.png']
    }

    def "a Unicode file name gets an ASCII fallback and an RFC 5987 name"() {
        expect:
        ContentDisposition.attachment('Quittung Öl "1".pdf') ==
                'attachment; filename="Quittung Ol _1_.pdf"; filename*=UTF-8\'\'Quittung%20%C3%96l%20%221%22.pdf'
    }
}
