package io.spendvault.application.userdata;

import io.spendvault.domain.files.port.FileRepository;
import io.spendvault.domain.identity.port.UserRepository;
import io.spendvault.domain.settings.port.SettingsRepository;
import io.spendvault.domain.spending.port.AttachmentRepository;
import io.spendvault.domain.spending.port.PurchaseRepository;
import io.spendvault.domain.spending.port.VendorRepository;
import io.spendvault.domain.spending.port.WarrantyRepository;

/** Every repository holding a part of a user's data: what exports read and erasures delete. */
public record AccountRecords(UserRepository users, SettingsRepository settings, VendorRepository vendors,
                             PurchaseRepository purchases, WarrantyRepository warranties, FileRepository files,
                             AttachmentRepository attachments) {
}
