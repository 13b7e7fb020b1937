package io.spendvault.adapters.rest.spending;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.micronaut.serde.annotation.Serdeable;
import io.spendvault.adapters.rest.files.FileResponse;
import io.spendvault.application.spending.port.in.AttachmentView;

import java.time.Instant;
import java.util.Locale;

/** An attached file: the file's metadata as the files API shows it, plus what it is to the purchase. */
@Serdeable
record AttachmentResponse(@JsonUnwrapped FileResponse file, String fileType, Instant attachedAt) {

    static AttachmentResponse of(AttachmentView view) {
        return new AttachmentResponse(FileResponse.of(view.file()), view.attachment().type().name().toLowerCase(Locale.ROOT),
                view.attachment().attachedAt());
    }
}
