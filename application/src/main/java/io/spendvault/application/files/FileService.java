package io.spendvault.application.files;

import io.spendvault.application.common.port.in.FieldChange;
import io.spendvault.application.common.port.out.Transactions;
import io.spendvault.application.files.port.in.FileView;
import io.spendvault.application.files.port.in.ManageFilesUseCase;
import io.spendvault.application.files.port.in.UploadFileUseCase;
import io.spendvault.application.files.port.out.ContentTypeDetector;
import io.spendvault.application.files.port.out.ThumbnailRenderer;
import io.spendvault.application.identity.port.out.StorageUsage;
import io.spendvault.domain.common.Page;
import io.spendvault.domain.common.PayloadTooLargeException;
import io.spendvault.domain.common.QuotaExceededException;
import io.spendvault.domain.common.ResourceNotFoundException;
import io.spendvault.domain.common.ServiceUnavailableException;
import io.spendvault.domain.common.Text;
import io.spendvault.domain.common.UnsupportedContentException;
import io.spendvault.domain.common.Violations;
import io.spendvault.domain.files.ContentDisposition;
import io.spendvault.domain.files.DisplayName;
import io.spendvault.domain.files.FileId;
import io.spendvault.domain.files.FileQuery;
import io.spendvault.domain.files.StoredFile;
import io.spendvault.domain.files.port.FileRepository;
import io.spendvault.domain.files.port.ThumbnailJobs;
import io.spendvault.domain.identity.Ownership;
import io.spendvault.domain.identity.User;
import io.spendvault.domain.identity.UserId;
import io.spendvault.domain.identity.port.UserRepository;
import io.spendvault.domain.storage.BlobKey;
import io.spendvault.domain.storage.BlobTooLargeException;
import io.spendvault.domain.storage.ByteRange;
import io.spendvault.domain.storage.ContentHash;
import io.spendvault.domain.storage.DownloadLink;
import io.spendvault.domain.storage.DownloadLinkRequest;
import io.spendvault.domain.storage.StagedBlob;
import io.spendvault.domain.storage.port.BlobReferences;
import io.spendvault.domain.storage.port.BlobStore;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Uploads, lists, renames, downloads and deletes files. Content goes to the blob store first, then the
 * record that refers to it is committed; a delete removes the record first and the content only when no
 * record refers to it any more. Adding and removing references to one hash are serialised by a lock on
 * that hash, so a concurrent upload of the same content never loses its blob.
 */
public class FileService implements UploadFileUseCase, ManageFilesUseCase, StorageUsage, BlobReferences {

    /** Derived objects of a content: removed together with it. */
    public static final String THUMBNAIL_VARIANT = "thumbnail-64.png";

    private final FileRepository files;
    private final BlobStore blobs;
    private final ContentTypeDetector detector;
    private final ThumbnailJobs thumbnails;
    private final ThumbnailRenderer renderer;
    private final Transactions transactions;
    private final FileSettings settings;
    private final UserRepository users;
    private final Clock clock;

    public FileService(FileRepository files, BlobStore blobs, ContentTypeDetector detector, ThumbnailJobs thumbnails,
                       ThumbnailRenderer renderer, Transactions transactions, FileSettings settings, UserRepository users,
                       Clock clock) {
        this.files = files;
        this.blobs = blobs;
        this.detector = detector;
        this.thumbnails = thumbnails;
        this.renderer = renderer;
        this.transactions = transactions;
        this.settings = settings;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public FileView upload(UploadFileCommand command) {
        StoredFile.checkDescription(command.description());
        long quota = quotaOf(command.owner());
        long remainingQuota = quota - files.usageOf(command.owner()).bytes();
        if (remainingQuota <= 0) {
            throw quotaExceeded();
        }
        long limit = Math.min(settings.maxFileSize(), remainingQuota);
        BufferedInputStream content = new BufferedInputStream(command.content(), ContentTypeDetector.LOOKAHEAD);
        String contentType = detector.detect(content, command.originalFilename());
        if (!settings.allows(contentType)) {
            throw new UnsupportedContentException("File type not allowed");
        }
        StagedBlob blob = stageWithin(content, limit);
        Instant now = clock.instant();
        String original = command.originalFilename() == null ? "" : command.originalFilename();
        UploadFileUseCase.Restored restored = command.restored();
        StoredFile file = restored == null
                ? new StoredFile(FileId.random(), command.owner(), DisplayName.of(original), original, contentType,
                        blob.size(), blob.hash(), command.description(), now, now)
                : new StoredFile(FileId.random(), command.owner(),
                        DisplayName.of(restored.filename() == null ? original : restored.filename()), original, contentType,
                        blob.size(), blob.hash(), command.description(), restored.uploadDate(), restored.updatedAt());
        try {
            transactions.inTransaction(() -> {
                files.lockOwner(command.owner());
                if (files.usageOf(command.owner()).bytes() + blob.size() > quota) {
                    throw quotaExceeded(); // a concurrent upload took the room
                }
                // Placed under the content's lock, which a delete of the last other copy takes too: the two
                // cannot interleave, so the content is there when the row that references it commits.
                files.lockContent(blob.hash());
                blobs.commit(blob);
                files.insert(file);
                if (renderer.supports(contentType)) {
                    thumbnails.enqueue(blob.hash(), now); // made by the ThumbnailWorker, off the request path
                }
            });
        } finally {
            blobs.discard(blob); // nothing left to drop once committed; if the transaction failed, gc takes a placed copy
        }
        return withThumbnail(file);
    }

    @Override
    public StoredFile get(UserId caller, FileId id) {
        return Ownership.requireOwn(files.findById(id), StoredFile::owner, caller, "File");
    }

    @Override
    public FileView view(UserId caller, FileId id) {
        return withThumbnail(get(caller, id));
    }

    @Override
    public Optional<InputStream> thumbnail(UserId caller, FileId id) {
        return blobs.open(BlobKey.derived(get(caller, id).hash(), THUMBNAIL_VARIANT));
    }

    @Override
    public Page<FileView> list(UserId caller, FileQuery query) {
        Page<StoredFile> page = files.list(caller, query);
        List<ContentHash> hashes = page.items().stream().map(StoredFile::hash).toList();
        Set<ContentHash> withThumbnails = thumbnails.done(hashes);
        Map<ContentHash, Long> references = files.countReferences(hashes);
        return page.map(file -> FileView.of(file, withThumbnails.contains(file.hash()), references.getOrDefault(file.hash(), 1L)));
    }

    private FileView withThumbnail(StoredFile file) {
        return FileView.of(file, !thumbnails.done(List.of(file.hash())).isEmpty(), files.countReferences(file.hash()));
    }

    @Override
    public FileView update(UserId caller, FileId id, FieldChange<String> filename, FieldChange<String> description) {
        Violations violations = new Violations();
        if (filename.sent() && (filename.value() == null || filename.value().isBlank())) {
            violations.add("filename", "Filename is required");
        } else if (filename.sent()) {
            // a name typed in a rename is refused when it is not text; an uploaded file's name is cleaned instead
            violations.check(() -> Text.requirePlain("filename", filename.value()));
        }
        violations.check(() -> StoredFile.checkDescription(description.value()));
        violations.throwIfAny();
        return transactions.inTransaction(() -> {
            StoredFile file = get(caller, id);
            Instant now = clock.instant();
            StoredFile updated = file;
            if (filename.sent()) {
                updated = updated.renamed(filename.value(), now);
            }
            if (description.sent()) {
                updated = updated.describedAs(description.value(), now);
            }
            files.update(updated);
            return withThumbnail(updated);
        });
    }

    @Override
    public void delete(UserId caller, FileId id) {
        StoredFile removed = transactions.inTransaction(() -> {
            StoredFile file = get(caller, id);
            files.lockContent(file.hash());
            files.delete(id);
            return file;
        });
        releaseUnreferenced(List.of(removed.hash()));
    }

    @Override
    public int releaseUnreferenced(Collection<ContentHash> hashes) {
        int released = 0;
        for (ContentHash hash : new LinkedHashSet<>(hashes)) {
            // Under the content's lock: an upload that added a reference in between keeps the blob.
            try {
                boolean freed = transactions.inTransaction(() -> {
                    files.lockContent(hash);
                    if (files.countReferences(hash) > 0) {
                        return false;
                    }
                    blobs.delete(BlobKey.derived(hash, THUMBNAIL_VARIANT));
                    blobs.delete(BlobKey.content(hash));
                    return true;
                });
                released += freed ? 1 : 0;
            } catch (ServiceUnavailableException e) {
                // The records are deleted, which is the answer; a content referenced by nothing is what
                // "storage gc" collects (the store adapter has logged why it could not delete it now).
            }
        }
        return released;
    }

    @Override
    public InputStream open(UserId caller, FileId id, ByteRange range) {
        BlobKey key = BlobKey.content(get(caller, id).hash());
        return (range == null ? blobs.open(key) : blobs.open(key, range))
                .orElseThrow(() -> new ResourceNotFoundException("File content not found"));
    }

    @Override
    public DownloadLink link(UserId caller, FileId id, Duration validFor) {
        StoredFile file = get(caller, id);
        return blobs.downloadLink(new DownloadLinkRequest(BlobKey.content(file.hash()), file.contentType(),
                ContentDisposition.attachment(file.filename()), validFor));
    }

    @Override
    public Usage of(UserId user) {
        FileRepository.Usage usage = files.usageOf(user);
        return new Usage(usage.files(), usage.bytes());
    }

    @Override
    public boolean isReferenced(ContentHash hash) {
        return files.countReferences(hash) > 0;
    }

    @Override
    public Stream<ContentHash> referencedHashes() {
        return files.referencedHashes();
    }

    private StagedBlob stageWithin(InputStream content, long limit) {
        try {
            return blobs.stage(content, limit);
        } catch (BlobTooLargeException e) {
            if (limit < settings.maxFileSize()) {
                throw quotaExceeded();
            }
            throw new PayloadTooLargeException("File size exceeds maximum limit (" + settings.describeMaxFileSize() + ")",
                    settings.maxFileSize());
        }
    }

    /** The account's own quota if an administrator set one, else the server's. */
    private long quotaOf(UserId owner) {
        return users.findById(owner).map(User::storageQuota).orElse(settings.quotaBytes());
    }

    private static QuotaExceededException quotaExceeded() {
        return new QuotaExceededException("Storage quota exceeded");
    }
}
