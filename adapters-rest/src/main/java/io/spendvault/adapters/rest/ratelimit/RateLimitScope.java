package io.spendvault.adapters.rest.ratelimit;

/** The kinds of request that each have their own limit. */
public enum RateLimitScope {
    /**
     * Login, register, refresh, forgot and reset password, and the unsubscribe link: per client address,
     * and (login, forgot password) per attempted name.
     */
    AUTH,
    /** Uploads, attachments with content, imports: per user. */
    UPLOADS,
    /** Every other authenticated request: per user. */
    API,
    /** The administration routes: per administrator. */
    ADMIN
}
