package io.spendvault.application.userdata.port.in;

/** What an erasure deleted; {@code blobsDeleted} counts contents freed (shared ones stay while shared). */
public record ErasureReport(long purchasesDeleted, long warrantiesDeleted, long retailersDeleted, long brandsDeleted,
                            long filesDeleted, long blobsDeleted) {
}
