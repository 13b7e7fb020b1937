package io.spendvault.adapters.rest.userdata;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.spendvault.adapters.rest.common.ApiErrors;
import io.spendvault.adapters.rest.common.RequiresToken;
import io.spendvault.adapters.rest.security.CurrentSession;
import io.spendvault.application.userdata.port.in.EraseDataUseCase;
import io.spendvault.application.userdata.port.in.ErasureReport;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** Starting over: the signed-in user's data as a whole. */
@Controller("/api/v1/data")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Export and import")
@RequiresToken
@ApiErrors.Unavailable
@ApiErrors.RateLimited
public class DataController {

    private final EraseDataUseCase erasures;

    public DataController(EraseDataUseCase erasures) {
        this.erasures = erasures;
    }

    /**
     * Deletes all of the caller's purchases, warranties, retailers, brands, files (contents no other file
     * shares) and settings; the account stays. A wrong password answers 400 {@code PASSWORD_INCORRECT}.
     */
    @Post("/reset-all")
    @ApiErrors.JsonBody
    public ErasureResponses.Reset resetAll(@Valid @Body ErasureResponses.PasswordConfirmation request, CurrentSession caller) {
        ErasureReport report = erasures.resetAll(caller.user(), request.password());
        return ErasureResponses.Reset.of(report);
    }
}
