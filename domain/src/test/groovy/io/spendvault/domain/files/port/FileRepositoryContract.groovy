package io.spendvault.domain.files.port

import io.spendvault.domain.common.PageRequest
import io.spendvault.domain.common.Sort
import io.spendvault.domain.files.FileId
import io.spendvault.domain.files.FileQuery
import io.spendvault.domain.files.StoredFile
import io.spendvault.domain.identity.UserId
import io.spendvault.domain.storage.ContentHash
import spock.lang.Specification

import java.time.Instant

/** What every {@link FileRepository} does. */
abstract class FileRepositoryContract extends Specification {

    FileRepository files
    UserId ada
    UserId grace
    Instant now = Instant.parse('2026-03-01T10:00:00Z')

    abstract FileRepository createRepository()

    /** A user that files may belong to (stores with foreign keys need a real one). */
    abstract UserId existingUser()

    def setup() {
        files = createRepository()
        ada = existingUser()
        grace = existingUser()
    }

    StoredFile file(UserId owner, String name, String type = 'application/pdf', long size = 100, String hex = 'ab' * 32,
                    String description = null, int minutes = 0) {
        def at = now.plusSeconds(minutes * 60L)
        def stored = new StoredFile(FileId.random(), owner, name, name, type, size, new ContentHash(hex), description, at, at)
        files.insert(stored)
        stored
    }

    private FileQuery query(Map args = [:]) {
        new FileQuery(args.search as String, args.type as String,
                new Sort<>((args.sortBy ?: FileQuery.SortBy.UPLOAD_DATE) as FileQuery.SortBy, args.ascending as boolean), new PageRequest((args.page ?: 1) as int, (args.size ?: 20) as int))
    }

    def "a file is stored, found, updated and deleted"() {
        given:
        def receipt = file(ada, 'receipt.pdf')

        expect:
        files.findById(receipt.id()).get() == receipt

        when:
        def renamed = receipt.renamed('lamp receipt.pdf', now.plusSeconds(5)).describedAs('the lamp', now.plusSeconds(5))
        files.update(renamed)

        then:
        files.findById(receipt.id()).get() == renamed

        when:
        def removed = files.delete(receipt.id())

        then:
        removed.get().id() == receipt.id()
        files.findById(receipt.id()).isEmpty()
        files.delete(receipt.id()).isEmpty()
    }

    def "references to a content are counted across users"() {
        given:
        file(ada, 'a.pdf', 'application/pdf', 10, 'cd' * 32)
        file(grace, 'b.pdf', 'application/pdf', 10, 'cd' * 32)
        file(ada, 'c.pdf', 'application/pdf', 10, 'ef' * 32)

        expect:
        files.countReferences(new ContentHash('cd' * 32)) == 2
        files.countReferences(new ContentHash('12' * 32)) == 0
        files.countReferences([new ContentHash('cd' * 32), new ContentHash('ef' * 32), new ContentHash('12' * 32)]) ==
                [(new ContentHash('cd' * 32)): 2L, (new ContentHash('ef' * 32)): 1L]
        files.countReferences([]) == [:]
        files.referencedHashes().withCloseable { it.toList() } as Set == [new ContentHash('cd' * 32), new ContentHash('ef' * 32)] as Set
    }

    def "usage counts a user's own files and bytes, identical uploads each time"() {
        given:
        file(ada, 'a.pdf', 'application/pdf', 100, 'cd' * 32)
        file(ada, 'again.pdf', 'application/pdf', 100, 'cd' * 32)
        file(grace, 'g.pdf', 'application/pdf', 999)

        expect:
        files.usageOf(ada) == new FileRepository.Usage(2, 200)
        files.usageOf(existingUser()) == new FileRepository.Usage(0, 0)
    }

    def "all of a user's files are handed over oldest first, and deleted with one hash per record"() {
        given:
        def later = file(ada, 'later.pdf', 'application/pdf', 100, 'cd' * 32, null, 2)
        def earlier = file(ada, 'earlier.pdf', 'application/pdf', 100, 'ab' * 32, null, 1)
        def copy = file(ada, 'copy.pdf', 'application/pdf', 100, 'ab' * 32, null, 3)
        def theirs = file(grace, 'theirs.pdf', 'application/pdf', 100, 'ab' * 32)

        when:
        def seen = []
        files.forEachOf(ada) { seen << it }

        then:
        seen == [earlier, later, copy]

        when:
        def hashes = files.deleteAllOf(ada)

        then:
        hashes*.hex().sort() == ['ab' * 32, 'ab' * 32, 'cd' * 32]
        files.usageOf(ada).files() == 0
        files.findById(theirs.id()).get() == theirs
        files.countReferences(new ContentHash('ab' * 32)) == 1
        files.deleteAllOf(ada).isEmpty()
    }

    def "a user's file is found by its content, another user's never"() {
        given:
        file(grace, 'theirs.pdf', 'application/pdf', 100, 'ef' * 32)
        def later = file(ada, 'later.pdf', 'application/pdf', 100, 'ab' * 32, null, 2)
        def earlier = file(ada, 'earlier.pdf', 'application/pdf', 100, 'ab' * 32, null, 1)

        expect:
        files.findByContent(ada, new ContentHash('ab' * 32)).get() == earlier
        files.findByContent(ada, new ContentHash('ef' * 32)).isEmpty()
        files.findByContent(grace, new ContentHash('ab' * 32)).isEmpty()
    }

    def "a user lists only their own files, newest first by default"() {
        given:
        def first = file(ada, 'first.pdf', 'application/pdf', 1, 'ab' * 32, null, 1)
        def second = file(ada, 'second.pdf', 'application/pdf', 1, 'ab' * 32, null, 2)
        file(grace, 'not-yours.pdf')

        when:
        def page = files.list(ada, query())

        then:
        page.items()*.id() == [second.id(), first.id()]
        page.total() == 2
    }

    def "search finds text in the name or description, ignoring case"() {
        given:
        file(ada, 'Lamp Receipt.pdf')
        file(ada, 'manual.pdf', 'application/pdf', 1, 'ab' * 32, 'for the LAMP')
        file(ada, 'photo.png', 'image/png')

        expect:
        files.list(ada, query(search: 'lamp')).items()*.filename() as Set == ['Lamp Receipt.pdf', 'manual.pdf'] as Set
        files.list(ada, query(search: '100%_')).items().isEmpty()
    }

    def "content type filters exactly or by a prefix"() {
        given:
        file(ada, 'a.png', 'image/png')
        file(ada, 'b.jpg', 'image/jpeg')
        file(ada, 'c.pdf', 'application/pdf')

        expect:
        files.list(ada, query(type: 'image/')).items()*.filename() as Set == ['a.png', 'b.jpg'] as Set
        files.list(ada, query(type: 'image/png')).items()*.filename() == ['a.png']
        files.list(ada, query(type: 'image')).items().isEmpty()
    }

    def "sorting by #sortBy #direction pages through in order"() {
        given:
        file(ada, 'b.pdf', 'application/pdf', 300, 'ab' * 32, null, 1)
        file(ada, 'a.pdf', 'application/pdf', 100, 'ab' * 32, null, 3)
        file(ada, 'c.pdf', 'application/pdf', 200, 'ab' * 32, null, 2)

        when:
        def firstPage = files.list(ada, query(sortBy: sortBy, ascending: ascending, size: 2))
        def secondPage = files.list(ada, query(sortBy: sortBy, ascending: ascending, size: 2, page: 2))

        then:
        (firstPage.items() + secondPage.items())*.filename() == expected
        firstPage.pages() == 2

        where:
        sortBy                        | ascending | expected
        FileQuery.SortBy.FILENAME     | true      | ['a.pdf', 'b.pdf', 'c.pdf']
        FileQuery.SortBy.FILE_SIZE    | false     | ['b.pdf', 'c.pdf', 'a.pdf']
        FileQuery.SortBy.UPLOAD_DATE  | true      | ['b.pdf', 'c.pdf', 'a.pdf']
        direction = ascending ? 'ascending' : 'descending'
    }
}
