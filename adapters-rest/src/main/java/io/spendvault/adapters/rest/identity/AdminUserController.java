package io.spendvault.adapters.rest.identity;

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

/** Administration of accounts; every route here is admin-only. */
@Controller("/api/v1/admin/users")
@Secured(SecurityRoles.ADMIN)
@Tag(name = "Administration")
@RequiresToken
@ApiErrors.Forbidden
@ApiErrors.Invalid
@ApiErrors.Unavailable
public class AdminUserController {

    private final AdministerUsersUseCase administration;

    public AdminUserController(AdministerUsersUseCase administration) {
        this.administration = administration;
    }

    /** Every account, a page at a time (administrators only). */
    @Get
    public PageResponse<AuthResponses.User> list(@Valid @RequestBean PageParams page) {
        return PageResponse.of(administration.listUsers(page.toPageRequest()), AuthResponses.User::of);
    }
}
