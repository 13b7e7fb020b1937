package io.spendvault.adapters.rest.common;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/** Title and version of the OpenAPI document generated at build time from the controllers. */
@OpenAPIDefinition(info = @Info(
        title = "Spendvault API",
        version = "v1",
        description = "Purchases, warranties, receipts and the files that come with them.",
        license = @License(name = "Apache-2.0")),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public final class ApiDocumentation {

    private ApiDocumentation() {
    }
}
