package io.spendvault.adapters.rest.spending;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.spendvault.adapters.rest.common.ApiErrors;
import io.spendvault.adapters.rest.common.PageParams;
import io.spendvault.adapters.rest.common.PageResponse;
import io.spendvault.adapters.rest.common.RequiresToken;
import io.spendvault.adapters.rest.security.CurrentSession;
import io.spendvault.application.spending.port.in.ManagePurchasesUseCase;
import io.spendvault.domain.common.Page;
import io.spendvault.domain.spending.PurchaseCursor;
import io.spendvault.domain.spending.PurchaseId;
import io.spendvault.domain.spending.PurchaseOverview;
import io.spendvault.domain.spending.PurchaseQuery;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.util.UUID;

/**
 * A user's purchases and expenses. Create, PUT and PATCH take the same JSON fields; an update changes only
 * the fields sent, and {@code null} clears one. {@code warranty_expiry} reads and writes the purchase's
 * warranty record (warranty records are the single source of truth for warranty dates).
 */
@Controller("/api/v1/purchases")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Purchases")
@RequiresToken
@ApiErrors.Invalid
@ApiErrors.Unavailable
@ApiErrors.RateLimited
public class PurchaseController {

    private final ManagePurchasesUseCase purchases;

    public PurchaseController(ManagePurchasesUseCase purchases) {
        this.purchases = purchases;
    }

    /**
     * The user's purchases, a page at a time: search, filters, sort; by page number, or for clients that
     * scroll from the {@code next_after} of the page before ({@code after=}).
     */
    @Get
    public PageResponse<PurchaseResponse> list(@Valid @RequestBean PageParams page, @Valid @RequestBean PurchaseSortParams sort,
                                               @Valid @RequestBean PurchaseFilters filters, CurrentSession caller) {
        PurchaseQuery query = filters.toQuery(sort.toSort(PurchaseQuery.SortBy.class, PurchaseQuery.DEFAULT_SORT), page.toPageRequest());
        Page<PurchaseOverview> found = purchases.list(caller.user(), query);
        PageResponse<PurchaseResponse> response = PageResponse.of(found, PurchaseResponse::of);
        return continues(found, query)
                ? response.continuingAt(PurchaseCursor.after(found.items().get(found.items().size() - 1).purchase(), query.sort().by()).token())
                : response;
    }

    /**
     * Whether another page follows: a full page that is not the last by number; read from a cursor, a full
     * page (at the very end the next one may then be empty).
     */
    private static boolean continues(Page<PurchaseOverview> found, PurchaseQuery query) {
        boolean full = !found.items().isEmpty() && found.items().size() == found.request().size();
        return full && PurchaseCursor.available(query.sort().by()) && (query.after() != null || found.request().page() < found.pages());
    }

    /** One purchase, with its retailer, brand, current warranty and number of attachments. */
    @Get("/{id}")
    @ApiErrors.NotFound
    public PurchaseResponse get(@PathVariable UUID id, CurrentSession caller) {
        return PurchaseResponse.of(purchases.get(caller.user(), new PurchaseId(id)));
    }

    /** Records a purchase (or a simple expense); every invalid field is named at once. */
    @Post
    @Status(HttpStatus.CREATED)
    @ApiErrors.JsonBody
    @RequestBody(content = @Content(schema = @Schema(implementation = PurchaseRequestSchema.class)))
    public PurchaseResponse create(@Body String body, CurrentSession caller) {
        return PurchaseResponse.of(purchases.create(caller.user(), PurchaseJson.read(body)));
    }

    /** Changes the fields sent; null clears one (the same as PATCH). */
    @Put("/{id}")
    @ApiErrors.JsonBody
    @ApiErrors.NotFound
    @RequestBody(content = @Content(schema = @Schema(implementation = PurchaseRequestSchema.class)))
    public PurchaseResponse replace(@PathVariable UUID id, @Body String body, CurrentSession caller) {
        return update(id, body, caller);
    }

    /** Changes the fields sent; null clears one. */
    @Patch("/{id}")
    @ApiErrors.JsonBody
    @ApiErrors.NotFound
    @RequestBody(content = @Content(schema = @Schema(implementation = PurchaseRequestSchema.class)))
    public PurchaseResponse update(@PathVariable UUID id, @Body String body, CurrentSession caller) {
        return PurchaseResponse.of(purchases.update(caller.user(), new PurchaseId(id), PurchaseJson.read(body)));
    }

    /** Removes the purchase, its warranties and the attachments uploaded for it. */
    @Delete("/{id}")
    @Status(HttpStatus.NO_CONTENT)
    @ApiErrors.NotFound
    public void delete(@PathVariable UUID id, CurrentSession caller) {
        purchases.delete(caller.user(), new PurchaseId(id));
    }
}
