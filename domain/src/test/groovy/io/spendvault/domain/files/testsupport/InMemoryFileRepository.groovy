package io.spendvault.domain.files.testsupport

import io.spendvault.domain.common.Page
import io.spendvault.domain.files.FileId
import io.spendvault.domain.files.FileQuery
import io.spendvault.domain.files.StoredFile
import io.spendvault.domain.files.port.FileRepository
import io.spendvault.domain.identity.UserId
import io.spendvault.domain.storage.ContentHash

import java.util.concurrent.ConcurrentHashMap
import java.util.function.Consumer
import java.util.stream.Stream

/** File records in memory, for application specs; passes the same contract as the PostgreSQL adapter. */
class InMemoryFileRepository implements FileRepository {

    final Map<FileId, StoredFile> files = new ConcurrentHashMap<>()

    @Override
    void insert(StoredFile file) { files.put(file.id(), file) }

    @Override
    void update(StoredFile file) { files.put(file.id(), file) }

    @Override
    Optional<StoredFile> findById(FileId id) { Optional.ofNullable(files.get(id)) }

    @Override
    Optional<StoredFile> delete(FileId id) { Optional.ofNullable(files.remove(id)) }

    @Override
    Page<StoredFile> list(UserId owner, FileQuery query) {
        def matching = files.values().findAll { it.owner() == owner }
        if (query.search()) {
            def needle = query.search().toLowerCase()
            matching = matching.findAll { it.filename().toLowerCase().contains(needle) || it.description()?.toLowerCase()?.contains(needle) }
        }
        if (query.contentType()) {
            matching = matching.findAll { query.contentTypeIsPrefix() ? it.contentType().startsWith(query.contentType()) : it.contentType() == query.contentType() }
        }
        Comparator<StoredFile> order = switch (query.sort().by()) {
            case FileQuery.SortBy.FILENAME -> Comparator.comparing({ StoredFile f -> f.filename().toLowerCase() })
            case FileQuery.SortBy.FILE_SIZE -> Comparator.comparing({ StoredFile f -> f.size() })
            default -> Comparator.comparing({ StoredFile f -> f.uploadDate() })
        }
        order = order.thenComparing({ StoredFile f -> f.id().value() })
        def sorted = matching.sort(false, query.sort().ascending() ? order : order.reversed())
        def from = Math.min(query.page().offset(), sorted.size()) as int
        def to = Math.min(from + query.page().size(), sorted.size()) as int
        new Page<StoredFile>(sorted.subList(from, to), sorted.size(), query.page())
    }

    @Override
    long countReferences(ContentHash hash) { files.values().count { it.hash() == hash } }

    @Override
    Map<ContentHash, Long> countReferences(Collection<ContentHash> hashes) {
        files.values().findAll { it.hash() in hashes }.countBy { it.hash() }.collectEntries { k, v -> [k, v as Long] }
    }

    @Override
    Stream<ContentHash> referencedHashes() { files.values()*.hash().unique().stream() }

    @Override
    Usage usageOf(UserId owner) {
        def own = files.values().findAll { it.owner() == owner }
        new Usage(own.size(), own.sum(0L) { it.size() } as long)
    }

    @Override
    Optional<StoredFile> findByContent(UserId owner, ContentHash hash) {
        Optional.ofNullable(files.values().findAll { it.owner() == owner && it.hash() == hash }
                .min { a, b -> a.uploadDate() <=> b.uploadDate() ?: a.id().value() <=> b.id().value() })
    }

    @Override
    void forEachOf(UserId owner, Consumer<StoredFile> each) {
        files.values().findAll { it.owner() == owner }
                .sort { a, b -> a.uploadDate() <=> b.uploadDate() ?: a.id().value() <=> b.id().value() }.each { each.accept(it) }
    }

    @Override
    List<ContentHash> deleteAllOf(UserId owner) {
        def own = files.values().findAll { it.owner() == owner }
        own.each { files.remove(it.id()) }
        own*.hash()
    }

    @Override
    void lockContent(ContentHash hash) {}

    @Override
    void lockOwner(UserId owner) {}
}
