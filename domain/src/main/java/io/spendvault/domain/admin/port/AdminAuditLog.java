package io.spendvault.domain.admin.port;

import io.spendvault.domain.admin.AuditEntry;
import io.spendvault.domain.common.Page;
import io.spendvault.domain.common.PageRequest;

/** The record of administrators' changes; written in the transaction of the change it describes. */
public interface AdminAuditLog {

    void append(AuditEntry entry);

    /** Newest first. */
    Page<AuditEntry> list(PageRequest page);
}
