package io.spendvault.application.userdata.port.in;

import io.spendvault.domain.files.StoredFile;
import io.spendvault.domain.spending.Attachment;
import io.spendvault.domain.spending.PurchaseOverview;
import io.spendvault.domain.spending.Vendor;
import io.spendvault.domain.spending.WarrantyOverview;

import java.io.InputStream;
import java.util.function.Consumer;

/**
 * Everything one user owns, as one snapshot. Each method hands its records over one at a time, the
 * earliest recorded first, and may be called more than once (a ZIP export reads the purchases twice).
 */
public interface AccountData {

    ExportHeader header();

    void retailers(Consumer<Vendor> each);

    void brands(Consumer<Vendor> each);

    void purchases(Consumer<PurchaseOverview> each);

    void warranties(Consumer<WarrantyOverview> each);

    void files(Consumer<StoredFile> each);

    void attachments(Consumer<Attachment> each);

    /** The content of one of the files handed over; the caller closes it. */
    InputStream content(StoredFile file);
}
