package io.spendvault.adapters.rest.common;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents a route (or every route of a controller) as needing an access token, sent either as a bearer
 * token or as the {@code SV_ACCESS} cookie (with {@code X-CSRF-Token} on unsafe methods), and answering
 * 401 without one. What the route really requires is its {@code @Secured}; a spec keeps the two in step.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@SecurityRequirement(name = ApiDocumentation.BEARER)
@SecurityRequirement(name = ApiDocumentation.COOKIE)
@ApiResponse(responseCode = "401", description = "No valid access token (bearer or cookie), or its session has ended",
        content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
public @interface RequiresToken {
}
