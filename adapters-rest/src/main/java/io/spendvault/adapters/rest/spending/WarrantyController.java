package io.spendvault.adapters.rest.spending;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.spendvault.adapters.rest.common.ApiErrors;
import io.spendvault.adapters.rest.common.PageParams;
import io.spendvault.adapters.rest.common.PageResponse;
import io.spendvault.adapters.rest.common.RequiresToken;
import io.spendvault.adapters.rest.security.CurrentSession;
import io.spendvault.application.spending.port.in.ManageWarrantiesUseCase;
import io.spendvault.domain.common.RuleViolationException;
import io.spendvault.domain.spending.PurchaseId;
import io.spendvault.domain.spending.WarrantyId;
import io.spendvault.domain.spending.WarrantyStatus;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.util.UUID;

/**
 * Warranty records of the user's purchases. A missing {@code warranty_start} defaults to the purchase
 * date. The status shown is always true as of today (UTC): past its end a warranty reads EXPIRED unless
 * VOIDED. These records are the single source of truth for a purchase's {@code warranty_expiry}.
 */
@Controller("/api/v1/warranties")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Warranties")
@RequiresToken
@ApiErrors.Invalid
@ApiErrors.Unavailable
@ApiErrors.RateLimited
public class WarrantyController {

    private final ManageWarrantiesUseCase warranties;

    public WarrantyController(ManageWarrantiesUseCase warranties) {
        this.warranties = warranties;
    }

    /** Latest-ending first; {@code purchase_id} narrows to one purchase's records, {@code status} to the status as of today. */
    @Get
    public PageResponse<WarrantyResponse> list(@Valid @RequestBean PageParams page,
                                               @QueryValue("purchase_id") @Nullable UUID purchaseId,
                                               @QueryValue @Nullable @Schema(allowableValues = {"ACTIVE", "EXPIRED", "VOIDED"},
                                                       description = "any case") String status,
                                               CurrentSession caller) {
        WarrantyStatus wanted = status == null || status.isBlank() ? null : statusFilter(status);
        return PageResponse.of(warranties.list(caller.user(), purchaseId == null ? null : new PurchaseId(purchaseId), wanted,
                        page.toPageRequest()),
                WarrantyResponse::of);
    }

    /** Active warranties ending from today to {@code days} (1–365, default 30) days ahead, soonest first. */
    @Get("/expiring")
    public PageResponse<WarrantyResponse> expiring(@Valid @RequestBean PageParams page,
                                                   @QueryValue(defaultValue = "30") @Schema(minimum = "1", maximum = "365") int days,
                                                   CurrentSession caller) {
        return PageResponse.of(warranties.expiring(caller.user(), days, page.toPageRequest()),
                WarrantyResponse::of);
    }

    /** One warranty, with its status as of today. */
    @Get("/{id}")
    @ApiErrors.NotFound
    public WarrantyResponse get(@PathVariable UUID id, CurrentSession caller) {
        return WarrantyResponse.of(warranties.get(caller.user(), new WarrantyId(id)));
    }

    /** Records a warranty of one of the user's purchases (start defaults to the purchase date). */
    @Post
    @Status(HttpStatus.CREATED)
    @ApiErrors.JsonBody
    @RequestBody(content = @Content(schema = @Schema(implementation = WarrantyRequestSchema.class)))
    public WarrantyResponse create(@Body String body, CurrentSession caller) {
        return WarrantyResponse.of(warranties.create(caller.user(), WarrantyJson.read(body)));
    }

    /** Changes the fields sent; null clears one (the same as PATCH). */
    @Put("/{id}")
    @ApiErrors.JsonBody
    @ApiErrors.NotFound
    @RequestBody(content = @Content(schema = @Schema(implementation = WarrantyRequestSchema.class)))
    public WarrantyResponse replace(@PathVariable UUID id, @Body String body, CurrentSession caller) {
        return update(id, body, caller);
    }

    /** Changes the fields sent; null clears one. */
    @Patch("/{id}")
    @ApiErrors.JsonBody
    @ApiErrors.NotFound
    @RequestBody(content = @Content(schema = @Schema(implementation = WarrantyRequestSchema.class)))
    public WarrantyResponse update(@PathVariable UUID id, @Body String body, CurrentSession caller) {
        return WarrantyResponse.of(warranties.update(caller.user(), new WarrantyId(id), WarrantyJson.read(body)));
    }

    /** Deletes the warranty record. */
    @Delete("/{id}")
    @Status(HttpStatus.NO_CONTENT)
    @ApiErrors.NotFound
    public void delete(@PathVariable UUID id, CurrentSession caller) {
        warranties.delete(caller.user(), new WarrantyId(id));
    }

    private static WarrantyStatus statusFilter(String status) {
        try {
            return WarrantyJson.parseStatus(status);
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException("status", "status " + e.getMessage());
        }
    }
}
