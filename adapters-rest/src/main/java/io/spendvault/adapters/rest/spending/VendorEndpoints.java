package io.spendvault.adapters.rest.spending;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.security.authentication.Authentication;
import io.spendvault.adapters.rest.common.PageParams;
import io.spendvault.adapters.rest.common.PageResponse;
import io.spendvault.adapters.rest.security.CurrentSession;
import io.spendvault.application.spending.port.in.ManageVendorsUseCase;
import io.spendvault.domain.spending.Vendor;
import io.spendvault.domain.spending.VendorKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.UUID;

/**
 * The CRUD routes that retailers and brands share; {@link RetailerController} and {@link BrandController}
 * mount them under their own paths.
 */
abstract class VendorEndpoints {

    @Serdeable
    record VendorRequest(@NotBlank @Size(max = Vendor.MAX_NAME) String name, @Nullable @Size(max = Vendor.MAX_URL) String url) {
    }

    @Serdeable
    record VendorResponse(UUID id, String name, String url, Instant createdAt, Instant updatedAt) {
        static VendorResponse of(Vendor vendor) {
            return new VendorResponse(vendor.id(), vendor.name(), vendor.url(), vendor.createdAt(), vendor.updatedAt());
        }
    }

    private final VendorKind kind;
    private final ManageVendorsUseCase vendors;

    VendorEndpoints(VendorKind kind, ManageVendorsUseCase vendors) {
        this.kind = kind;
        this.vendors = vendors;
    }

    @Get
    public PageResponse<VendorResponse> list(@Valid @RequestBean PageParams page,
                                             @QueryValue @Nullable @Size(max = 255) String search,
                                             Authentication authentication) {
        return PageResponse.of(vendors.list(kind, CurrentSession.of(authentication).user(), search, page.toPageRequest()),
                VendorResponse::of);
    }

    @Get("/{id}")
    public VendorResponse get(@PathVariable UUID id, Authentication authentication) {
        return VendorResponse.of(vendors.get(kind, CurrentSession.of(authentication).user(), id));
    }

    @Post
    public HttpResponse<VendorResponse> create(@Valid @Body VendorRequest request, Authentication authentication) {
        return HttpResponse.created(VendorResponse.of(
                vendors.create(kind, CurrentSession.of(authentication).user(), request.name(), request.url())));
    }

    @Put("/{id}")
    public VendorResponse update(@PathVariable UUID id, @Valid @Body VendorRequest request, Authentication authentication) {
        return VendorResponse.of(vendors.update(kind, CurrentSession.of(authentication).user(), id, request.name(), request.url()));
    }

    @Delete("/{id}")
    public HttpResponse<Void> delete(@PathVariable UUID id, @QueryValue(defaultValue = "false") boolean detach,
                                     Authentication authentication) {
        vendors.delete(kind, CurrentSession.of(authentication).user(), id, detach);
        return HttpResponse.noContent();
    }
}
