package io.spendvault.application.userdata.port.in;

import io.spendvault.domain.identity.UserId;

/**
 * Brings a document's records into a user's account. Every record passes the same rules as through the
 * API; one that breaks them is skipped and reported, the others are imported. Records get new ids;
 * vendors are matched to the user's by name; a purchase the user has already (same name, date, price,
 * currency and serial number) is skipped with its warranties and attachments, so importing an export
 * twice adds nothing the second time; files are matched by content.
 */
public interface ImportDataUseCase {

    /**
     * All rows in one transaction: every valid one, or none when the server fails (or the document turns
     * out unreadable halfway). A dry run does the same work and then rolls it back, writing no content.
     */
    ImportReport importData(UserId user, ImportSource source, boolean dryRun);
}
