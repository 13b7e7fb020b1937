package io.spendvault.domain.files.port;

import io.spendvault.domain.common.Page;
import io.spendvault.domain.files.FileId;
import io.spendvault.domain.files.FileQuery;
import io.spendvault.domain.files.StoredFile;
import io.spendvault.domain.identity.UserId;
import io.spendvault.domain.storage.ContentHash;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * File records. The number of records with a hash is the reference count of that blob: counted, never
 * stored, so it cannot drift under concurrency.
 */
public interface FileRepository {

    void insert(StoredFile file);

    void update(StoredFile file);

    Optional<StoredFile> findById(FileId id);

    /** Removes the record; returns what was removed. */
    Optional<StoredFile> delete(FileId id);

    Page<StoredFile> list(UserId owner, FileQuery query);

    /** How many records use this content. */
    long countReferences(ContentHash hash);

    /** How many records use each of these contents, in one look-up; a content no record uses is absent. */
    Map<ContentHash, Long> countReferences(Collection<ContentHash> hashes);

    /** Every hash some record uses, once each; close the stream when done. */
    java.util.stream.Stream<ContentHash> referencedHashes();

    /** Files and bytes of a user, as the user sees them (identical uploads count each time). */
    Usage usageOf(UserId owner);

    /**
     * Serialises, until the end of the current transaction, everything that adds or removes references
     * to one content hash: an upload adding a reference and a delete removing the last one never overlap.
     */
    void lockContent(ContentHash hash);

    /** Serialises a user's uploads until the end of the current transaction, for an exact quota check. */
    void lockOwner(UserId owner);

    /** One of the owner's files with this content, if they have one (the earliest uploaded). */
    Optional<StoredFile> findByContent(UserId owner, ContentHash hash);

    /** Hands every file record of the owner to {@code each}, the earliest uploaded first, read with a cursor. */
    void forEachOf(UserId owner, Consumer<StoredFile> each);

    /**
     * Deletes all of the owner's file records and returns the content hash of each, one entry per record
     * removed: the caller frees the contents nothing refers to any more, once the deletion is committed.
     */
    List<ContentHash> deleteAllOf(UserId owner);

    record Usage(long files, long bytes) {
    }
}
