package io.spendvault.domain.identity;

import io.spendvault.domain.common.PageRequest;
import io.spendvault.domain.common.Sort;

import java.util.Objects;

/**
 * How an administrator lists accounts: optional text found in the username or e-mail address (any case),
 * a role, whether active, an order, and a page.
 */
public record UserQuery(String search, Role role, Boolean active, Sort<SortBy> sort, PageRequest page) {

    public enum SortBy { CREATED_AT, USERNAME, LAST_LOGIN }

    /** Oldest account first, as the list always was. */
    public static final Sort<SortBy> DEFAULT_SORT = Sort.ascending(SortBy.CREATED_AT);

    public UserQuery {
        Objects.requireNonNull(sort, "sort");
        Objects.requireNonNull(page, "page");
        search = search == null || search.isBlank() ? null : search.strip();
    }

    public static UserQuery all(PageRequest page) {
        return new UserQuery(null, null, null, DEFAULT_SORT, page);
    }
}
