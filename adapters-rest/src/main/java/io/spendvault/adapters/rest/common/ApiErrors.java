package io.spendvault.adapters.rest.common;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The error answers of the API, one annotation each, for the OpenAPI document: a route (or a whole
 * controller) names the ones it can give, and each is documented with the project's error body. Keeping
 * them here keeps the long annotations out of the controllers and says each status's meaning once.
 */
public final class ApiErrors {

    private ApiErrors() {
    }

    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(responseCode = "400", description = "Malformed request: the body is not JSON, or not the JSON object expected",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    public @interface Malformed {
    }

    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(responseCode = "403", description = "Not allowed: an administrator's route, a deactivated account, a missing or wrong "
            + "CSRF token in cookie mode, or a link that is invalid or expired",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    public @interface Forbidden {
    }

    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(responseCode = "404", description = "Not found, also when it belongs to another user",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    public @interface NotFound {
    }

    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(responseCode = "409", description = "Conflicts with what exists (a taken name, a vendor in use, an existing attachment, the last administrator)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    public @interface Conflict {
    }

    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(responseCode = "429", description = "Over the rate limit (RATE_LIMITED); Retry-After says when to try again",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    public @interface RateLimited {
    }

    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(responseCode = "413", description = "The body or the file is over its size limit",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    public @interface TooLarge {
    }

    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(responseCode = "415", description = "The file's content (judged by its bytes) is not an allowed type",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    public @interface UnsupportedType {
    }

    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(responseCode = "422", description = "Invalid input: every invalid field is named in field_errors",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    public @interface Invalid {
    }

    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(responseCode = "503", description = "A dependency (database or blob store) is unavailable; retry later",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    public @interface Unavailable {
    }

    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(responseCode = "507", description = "The upload would exceed the user's storage quota",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    public @interface OverQuota {
    }

    /** The errors of any route that takes a JSON body: not JSON (400), too large (413), invalid fields (422). */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Malformed
    @TooLarge
    @Invalid
    public @interface JsonBody {
    }

    /** The errors of any route that takes an upload: 400, 413, 415, 422 and 507 (over quota). */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Malformed
    @TooLarge
    @UnsupportedType
    @Invalid
    @OverQuota
    public @interface Upload {
    }
}
