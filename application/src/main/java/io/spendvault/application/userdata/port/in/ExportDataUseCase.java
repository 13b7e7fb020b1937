package io.spendvault.application.userdata.port.in;

import io.spendvault.domain.identity.UserId;

import java.util.function.Consumer;

/** Takes everything a user owns out of the server: to back it up, to move it, to open it elsewhere. */
public interface ExportDataUseCase {

    /** Who the export is of and when it is taken: read before the export starts (it names the download). */
    ExportHeader header(UserId user);

    /**
     * Runs {@code writer} over one consistent, read-only snapshot of everything the user owns. The records
     * are read with cursors while the writer consumes them, so nothing is assembled in memory; the
     * snapshot lasts as long as the writer runs.
     */
    void export(UserId user, Consumer<AccountData> writer);
}
