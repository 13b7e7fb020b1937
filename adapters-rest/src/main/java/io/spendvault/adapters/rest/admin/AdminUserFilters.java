package io.spendvault.adapters.rest.admin;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.QueryValue;
import io.spendvault.domain.common.PageRequest;
import io.spendvault.domain.common.Sort;
import io.spendvault.domain.identity.Role;
import io.spendvault.domain.identity.UserQuery;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Locale;

/** The filter query values of {@code GET /admin/users}; paging and sorting come from the shared parameters. */
@Introspected
record AdminUserFilters(
        @QueryValue @Nullable @Size(max = 200)
        @Schema(description = "Text found in the username or e-mail address, in any case") String search,
        @QueryValue @Nullable @Pattern(regexp = "user|admin", message = "must be user or admin")
        @Schema(allowableValues = {"user", "admin"}) String role,
        @QueryValue @Nullable @Pattern(regexp = "true|false", message = "must be true or false")
        @Schema(allowableValues = {"true", "false"}) String active) {

    UserQuery toQuery(Sort<UserQuery.SortBy> sort, PageRequest page) {
        return new UserQuery(search, role == null ? null : Role.valueOf(role.toUpperCase(Locale.ROOT)),
                active == null ? null : Boolean.valueOf(active), sort, page);
    }
}
