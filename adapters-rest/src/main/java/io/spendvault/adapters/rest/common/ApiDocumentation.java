package io.spendvault.adapters.rest.common;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/**
 * Title and version of the OpenAPI document generated at build time from the controllers, and its two
 * ways of presenting an access token. Routes that need one say so with {@link RequiresToken}; the others
 * (registration, login, refresh, the password reset pair, health, signed links) declare no security.
 */
@OpenAPIDefinition(info = @Info(
        title = "Spendvault API",
        version = "v1",
        description = "Purchases, warranties, receipts and the files that come with them. Every error answers "
                + "{detail, error_code, field_errors}; updates are partial (PUT and PATCH alike); money is an exact "
                + "decimal string at the currency's minor units.",
        license = @License(name = "Apache-2.0")))
@SecurityScheme(name = ApiDocumentation.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "The access_token from POST /api/v1/auth/login, as Authorization: Bearer <token>")
@SecurityScheme(name = ApiDocumentation.COOKIE, type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.COOKIE,
        paramName = "SV_ACCESS",
        description = "The cookie set by a login with \"cookie\": true; unsafe methods also send the SV_CSRF cookie's value "
                + "as X-CSRF-Token")
public final class ApiDocumentation {

    public static final String BEARER = "bearer";
    public static final String COOKIE = "cookie";

    private ApiDocumentation() {
    }
}
