package io.spendvault.domain.spending;

import io.spendvault.domain.common.Text;
import io.spendvault.domain.common.Violations;
import io.spendvault.domain.identity.UserId;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * A retailer or a brand of one user: a name unique for that user (ignoring case) and an optional web
 * address. Retailers and brands follow the same rules, so they are one type with a kind.
 */
public record Vendor(VendorId id, UserId owner, String name, String url, Instant createdAt, Instant updatedAt) {

    public static final int MAX_NAME = 255;
    public static final int MAX_URL = 255;

    public Vendor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Violations violations = new Violations();
        name = name == null ? "" : name.strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            violations.add("name", "Name must be 1 to " + MAX_NAME + " characters");
        } else if (!Text.isPlain(name)) {
            violations.add("name", "Name " + Text.NOT_PLAIN);
        }
        url = WebAddress.check(violations, "url", url, MAX_URL);
        violations.throwIfAny();
    }

    public static Vendor create(VendorKind kind, UserId owner, String name, String url, Instant now) {
        return new Vendor(VendorId.random(kind), owner, name, url, now, now);
    }

    public Vendor changed(String newName, String newUrl, Instant now) {
        return new Vendor(id, owner, newName, newUrl, createdAt, now);
    }

    /** Retailer or brand: part of the id's type. */
    public VendorKind kind() {
        return id.kind();
    }

    /** The form names are compared in for uniqueness. */
    public String canonicalName() {
        return name.toLowerCase(Locale.ROOT);
    }
}
