package io.spendvault.application.files.port.in;

import io.spendvault.application.common.port.in.FieldChange;
import io.spendvault.domain.common.Page;
import io.spendvault.domain.files.FileId;
import io.spendvault.domain.files.FileQuery;
import io.spendvault.domain.files.StoredFile;
import io.spendvault.domain.identity.UserId;
import io.spendvault.domain.storage.ByteRange;
import io.spendvault.domain.storage.ContentHash;
import io.spendvault.domain.storage.DownloadLink;

import java.io.InputStream;
import java.time.Duration;
import java.util.Collection;

/** A user's own files. Another user's file is reported as not found. */
public interface ManageFilesUseCase {

    StoredFile get(UserId caller, FileId id);

    /** The file as its owner sees it, with its thumbnail link once the thumbnail exists. */
    FileView view(UserId caller, FileId id);

    /** The file's thumbnail PNG, if one was made; the caller closes it. */
    java.util.Optional<InputStream> thumbnail(UserId caller, FileId id);

    Page<FileView> list(UserId caller, FileQuery query);

    /**
     * Changes what is sent: the display name (never empty), the description ({@code null} clears it).
     *
     * @throws io.spendvault.domain.common.RuleViolationException an empty name or a bad description (both named)
     */
    FileView update(UserId caller, FileId id, FieldChange<String> filename, FieldChange<String> description);

    /** Removes the record, and the content once no record refers to it any more. */
    void delete(UserId caller, FileId id);

    /**
     * Frees each of these contents (and its thumbnail) that no file record refers to any more: the second
     * step after file records were deleted and committed. Returns how many contents were freed; one the
     * store could not delete now is left for {@code storage gc}.
     */
    int releaseUnreferenced(Collection<ContentHash> hashes);

    /**
     * The content of one of the caller's files, or {@code range} of it (already cut to the file's size); the
     * caller closes it. Another user's file is not found, as everywhere.
     */
    InputStream open(UserId caller, FileId id, ByteRange range);

    /** A link that downloads the file without credentials until it expires. */
    DownloadLink link(UserId caller, FileId id, Duration validFor);
}
