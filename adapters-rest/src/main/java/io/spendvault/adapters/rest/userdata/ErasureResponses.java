package io.spendvault.adapters.rest.userdata;

import io.micronaut.serde.annotation.Serdeable;
import io.spendvault.application.userdata.port.in.ErasureReport;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The bodies of resetting data and deleting the account. */
public final class ErasureResponses {

    private ErasureResponses() {
    }

    /** The caller's current password, asked again before anything is deleted. */
    @Serdeable
    public record PasswordConfirmation(@NotBlank @Size(max = 1024) String password) {
    }

    @Serdeable
    public record Reset(boolean success, String message, Details details) {
        static Reset of(ErasureReport report) {
            return new Reset(true, "All your data was deleted; your account stays", new Details(report.purchasesDeleted(),
                    report.warrantiesDeleted(), report.retailersDeleted(), report.brandsDeleted(), report.filesDeleted(),
                    report.blobsDeleted()));
        }
    }

    /** What was deleted; {@code blobs_deleted} counts contents freed (a content another file shares stays). */
    @Serdeable
    public record Details(long purchasesDeleted, long warrantiesDeleted, long retailersDeleted, long brandsDeleted,
                          long filesDeleted, long blobsDeleted) {
    }
}
