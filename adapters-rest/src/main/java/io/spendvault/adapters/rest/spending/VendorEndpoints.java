package io.spendvault.adapters.rest.spending;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.http.annotation.Status;
import io.micronaut.serde.annotation.Serdeable;
import io.spendvault.adapters.rest.common.ApiErrors;
import io.spendvault.adapters.rest.common.JsonFields;
import io.spendvault.adapters.rest.common.PageParams;
import io.spendvault.adapters.rest.common.PageResponse;
import io.spendvault.adapters.rest.security.CurrentSession;
import io.spendvault.application.common.port.in.FieldChange;
import io.spendvault.application.spending.port.in.ManageVendorsUseCase;
import io.spendvault.domain.spending.Vendor;
import io.spendvault.domain.spending.VendorId;
import io.spendvault.domain.spending.VendorKind;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.UUID;

/**
 * The CRUD routes that retailers and brands share; {@link RetailerController} and {@link BrandController}
 * mount them under their own paths.
 */
abstract class VendorEndpoints {

    @Serdeable
    record VendorRequest(
            @Schema(description = "1-255 characters, unique for the user ignoring case; required on create") @Nullable String name,
            @Schema(description = "http or https, at most 255 characters; null clears it") @Nullable String url) {
    }

    private record Changes(FieldChange<String> name, FieldChange<String> url) {
    }

    @Serdeable
    record VendorResponse(UUID id, String name, @Nullable String url, Instant createdAt, Instant updatedAt) {
        static VendorResponse of(Vendor vendor) {
            return new VendorResponse(vendor.id().value(), vendor.name(), vendor.url(), vendor.createdAt(), vendor.updatedAt());
        }
    }

    private final VendorKind kind;
    private final ManageVendorsUseCase vendors;

    VendorEndpoints(VendorKind kind, ManageVendorsUseCase vendors) {
        this.kind = kind;
        this.vendors = vendors;
    }

    /** The user's retailers or brands, sorted by name; {@code search} matches part of the name. */
    @Get
    public PageResponse<VendorResponse> list(@Valid @RequestBean PageParams page,
                                             @QueryValue @Nullable @Size(max = 255) String search,
                                             CurrentSession caller) {
        return PageResponse.of(vendors.list(kind, caller.user(), search, page.toPageRequest()),
                VendorResponse::of);
    }

    /** One retailer or brand. */
    @Get("/{id}")
    @ApiErrors.NotFound
    public VendorResponse get(@PathVariable UUID id, CurrentSession caller) {
        return VendorResponse.of(vendors.get(caller.user(), VendorId.of(kind, id)));
    }

    /** Adds a retailer or brand; the name is unique for the user, ignoring case. */
    @Post
    @Status(HttpStatus.CREATED)
    @ApiErrors.JsonBody
    @ApiErrors.Conflict
    public VendorResponse create(@Body VendorRequest request, CurrentSession caller) {
        return VendorResponse.of(vendors.create(kind, caller.user(), request.name(), request.url()));
    }

    /** Changes the name or URL sent; null clears the URL. */
    @Put("/{id}")
    @ApiErrors.JsonBody
    @ApiErrors.NotFound
    @ApiErrors.Conflict
    @RequestBody(content = @Content(schema = @Schema(implementation = VendorRequest.class)))
    public VendorResponse update(@PathVariable UUID id, @Body String body, CurrentSession caller) {
        Changes changes = JsonFields.read(body, json -> new Changes(json.change("name", JsonFields::text),
                json.change("url", JsonFields::text)));
        return VendorResponse.of(vendors.update(caller.user(), VendorId.of(kind, id), changes.name(), changes.url()));
    }

    /** The same partial update as PUT. */
    @Patch("/{id}")
    @ApiErrors.JsonBody
    @ApiErrors.NotFound
    @ApiErrors.Conflict
    @RequestBody(content = @Content(schema = @Schema(implementation = VendorRequest.class)))
    public VendorResponse patch(@PathVariable UUID id, @Body String body, CurrentSession caller) {
        return update(id, body, caller);
    }

    /** Refused (409 {@code VENDOR_IN_USE}) while purchases name it, unless {@code detach=true} clears it on them. */
    @Delete("/{id}")
    @Status(HttpStatus.NO_CONTENT)
    @ApiErrors.NotFound
    @ApiErrors.Conflict
    public void delete(@PathVariable UUID id, @QueryValue(defaultValue = "false") boolean detach, CurrentSession caller) {
        vendors.delete(caller.user(), VendorId.of(kind, id), detach);
    }
}
