package io.spendvault.application.spending.port.in;

import io.spendvault.domain.spending.PurchaseDetails;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The fields a client sent for a purchase: {@code fields} sets them on a builder that starts from the
 * defaults (create) or from the stored purchase (update), so fields not sent stay as they are.
 * {@code warranty_expiry} is not a purchase field but a shortcut to the purchase's warranty record, so it
 * travels apart: {@code warrantyExpirySent} tells a sent null (clear) from a field not sent.
 */
public record PurchaseEdit(Consumer<PurchaseDetails.Builder> fields, boolean warrantyExpirySent, LocalDate warrantyExpiry) {

    public PurchaseEdit {
        Objects.requireNonNull(fields, "fields");
    }

    public static PurchaseEdit of(Consumer<PurchaseDetails.Builder> fields) {
        return new PurchaseEdit(fields, false, null);
    }
}
