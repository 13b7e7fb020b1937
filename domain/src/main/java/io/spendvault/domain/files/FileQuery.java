package io.spendvault.domain.files;

import io.spendvault.domain.common.PageRequest;
import io.spendvault.domain.common.Sort;

import java.util.Objects;

/**
 * How to list a user's files: optional case-insensitive text in name or description, a content type
 * (exact, or a prefix ending in {@code /} such as {@code image/}), an order, and a page.
 */
public record FileQuery(String search, String contentType, Sort<SortBy> sort, PageRequest page) {

    public enum SortBy { UPLOAD_DATE, FILENAME, FILE_SIZE }

    public static final Sort<SortBy> DEFAULT_SORT = Sort.descending(SortBy.UPLOAD_DATE);

    public FileQuery {
        Objects.requireNonNull(sort, "sort");
        Objects.requireNonNull(page, "page");
        search = search == null || search.isBlank() ? null : search.strip();
        contentType = contentType == null || contentType.isBlank() ? null : contentType.strip().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean contentTypeIsPrefix() {
        return contentType != null && contentType.endsWith("/");
    }
}
