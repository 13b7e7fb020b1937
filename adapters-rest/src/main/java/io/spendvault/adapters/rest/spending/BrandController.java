package io.spendvault.adapters.rest.spending;

import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.spendvault.adapters.rest.common.ApiErrors;
import io.spendvault.adapters.rest.common.RequiresToken;
import io.spendvault.application.spending.port.in.ManageVendorsUseCase;
import io.spendvault.domain.spending.VendorKind;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The user's brands. */
@Controller("/api/v1/brands")
@Secured(SecurityRule.IS_AUTHENTICATED)
@RequiresToken
@ApiErrors.Invalid
@ApiErrors.Unavailable
@ApiErrors.RateLimited
@Tag(name = "Brands")
public class BrandController extends VendorEndpoints {

    public BrandController(ManageVendorsUseCase vendors) {
        super(VendorKind.BRAND, vendors);
    }
}
