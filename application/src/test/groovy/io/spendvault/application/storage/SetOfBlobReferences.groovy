package io.spendvault.application.storage

import io.spendvault.domain.storage.ContentHash
import io.spendvault.domain.storage.port.BlobReferences

import java.util.stream.Stream

/** References as a plain set of hashes, standing in for the database. */
class SetOfBlobReferences implements BlobReferences {

    final Set<ContentHash> hashes = [] as Set

    @Override
    boolean isReferenced(ContentHash hash) { hashes.contains(hash) }

    @Override
    Stream<ContentHash> referencedHashes() { hashes.stream() }
}
