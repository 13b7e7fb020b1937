package io.spendvault.adapters.rest.admin;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.security.annotation.Secured;
import io.spendvault.adapters.rest.common.ApiErrors;
import io.spendvault.adapters.rest.common.PageParams;
import io.spendvault.adapters.rest.common.PageResponse;
import io.spendvault.adapters.rest.common.RequiresToken;
import io.spendvault.adapters.rest.security.SecurityRoles;
import io.spendvault.application.identity.port.in.AdministerUsersUseCase;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** What administrators see of the server: its statistics and the trail of their changes. */
@Controller("/api/v1/admin")
@Secured(SecurityRoles.ADMIN)
@Tag(name = "Administration")
@RequiresToken
@ApiErrors.Forbidden
@ApiErrors.Invalid
@ApiErrors.Unavailable
@ApiErrors.RateLimited
public class AdminServerController {

    private final AdministerUsersUseCase administration;

    public AdminServerController(AdministerUsersUseCase administration) {
        this.administration = administration;
    }

    /** Accounts, files, storage (with what deduplication saves) and purchases, counted now. */
    @Get("/stats")
    public AdminResponses.ServerStats stats() {
        return AdminResponses.ServerStats.of(administration.stats());
    }

    /** Every change an administrator made, newest first. */
    @Get("/audit")
    public PageResponse<AdminResponses.AuditItem> audit(@Valid @RequestBean PageParams page) {
        return PageResponse.of(administration.audit(page.toPageRequest()), AdminResponses.AuditItem::of);
    }
}
