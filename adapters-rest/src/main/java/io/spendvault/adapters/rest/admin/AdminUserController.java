package io.spendvault.adapters.rest.admin;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.security.annotation.Secured;
import io.spendvault.adapters.rest.common.ApiErrors;
import io.spendvault.adapters.rest.common.JsonFields;
import io.spendvault.adapters.rest.common.PageParams;
import io.spendvault.adapters.rest.common.PageResponse;
import io.spendvault.adapters.rest.common.RequiresToken;
import io.spendvault.adapters.rest.security.CurrentSession;
import io.spendvault.adapters.rest.security.SecurityRoles;
import io.spendvault.application.identity.port.in.AdministerUsersUseCase;
import io.spendvault.application.identity.port.in.AdministerUsersUseCase.UpdateUserCommand;
import io.spendvault.domain.identity.UserId;
import io.spendvault.domain.identity.UserQuery;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.util.UUID;

/** Administration of accounts; every route here is admin-only. */
@Controller("/api/v1/admin/users")
@Secured(SecurityRoles.ADMIN)
@Tag(name = "Administration")
@RequiresToken
@ApiErrors.Forbidden
@ApiErrors.Invalid
@ApiErrors.Unavailable
@ApiErrors.RateLimited
public class AdminUserController {

    private final AdministerUsersUseCase administration;

    public AdminUserController(AdministerUsersUseCase administration) {
        this.administration = administration;
    }

    /** Accounts with what each holds, found by username or e-mail, by role and by whether active. */
    @Get
    public PageResponse<AdminResponses.User> list(@Valid @RequestBean PageParams page, @Valid @RequestBean AdminUserSortParams sort,
                                                  @Valid @RequestBean AdminUserFilters filters) {
        UserQuery query = filters.toQuery(sort.toSort(UserQuery.SortBy.class, UserQuery.DEFAULT_SORT), page.toPageRequest());
        return PageResponse.of(administration.listUsers(query), AdminResponses.User::of);
    }

    /** One account with what it holds. */
    @Get("/{id}")
    @ApiErrors.NotFound
    public AdminResponses.User get(@PathVariable UUID id) {
        return AdminResponses.User.of(administration.user(new UserId(id)));
    }

    /**
     * Changes the role, whether the account may sign in, or its storage quota ({@code null}: the server's
     * default); fields not sent stay. Deactivating ends every session of the account at once. The last
     * active administrator cannot be demoted or deactivated (409 {@code LAST_ADMIN}).
     */
    @Put("/{id}")
    @ApiErrors.JsonBody
    @ApiErrors.NotFound
    @ApiErrors.Conflict
    @RequestBody(content = @Content(schema = @Schema(implementation = AdminResponses.UserUpdate.class)))
    public AdminResponses.User update(@PathVariable UUID id, @Body String body, CurrentSession caller) {
        UpdateUserCommand command = JsonFields.read(body, json -> new UpdateUserCommand(caller.user(), new UserId(id),
                json.change("role", JsonFields::text), json.change("is_active", JsonFields::flag),
                json.change("storage_quota", JsonFields::wholeNumber)));
        return AdminResponses.User.of(administration.update(command));
    }

    /** The same partial update as PUT. */
    @Patch("/{id}")
    @ApiErrors.JsonBody
    @ApiErrors.NotFound
    @ApiErrors.Conflict
    @RequestBody(content = @Content(schema = @Schema(implementation = AdminResponses.UserUpdate.class)))
    public AdminResponses.User patch(@PathVariable UUID id, @Body String body, CurrentSession caller) {
        return update(id, body, caller);
    }
}
