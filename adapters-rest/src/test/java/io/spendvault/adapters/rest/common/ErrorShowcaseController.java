package io.spendvault.adapters.rest.common;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.serde.annotation.Serdeable;
import io.spendvault.domain.common.AccessDeniedException;
import io.spendvault.domain.common.ConflictException;
import io.spendvault.domain.common.InvalidRequestException;
import io.spendvault.domain.common.UnauthenticatedException;
import io.spendvault.domain.common.Page;
import io.spendvault.domain.common.PayloadTooLargeException;
import io.spendvault.domain.common.QuotaExceededException;
import io.spendvault.domain.common.ServiceUnavailableException;
import io.spendvault.domain.common.ResourceNotFoundException;
import io.spendvault.domain.common.RuleViolationException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.stream.IntStream;

/** Test-only routes that make the foundation produce each kind of error and answer. */
@Requires(property = "spec.name", value = "ApiFoundationSpec")
@Controller("/api/v1/showcase")
@Secured(SecurityRule.IS_ANONYMOUS)
class ErrorShowcaseController {

    @Serdeable
    @Introspected
    record WidgetRequest(
            @NotBlank @Size(max = 10) String displayName,
            @NotNull @Min(1) Integer quantity,
            @Nullable List<@Size(max = 5) String> tags) {
    }

    @Get("/private")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    String secret() {
        return "secret";
    }

    @Post("/widgets")
    HttpResponse<WidgetRequest> create(@Valid @Body WidgetRequest request) {
        return HttpResponse.created(request);
    }

    @Get("/widgets")
    PageResponse<String> list(@Valid @RequestBean PageParams params) {
        var request = params.toPageRequest();
        int total = 45;
        long from = request.offset();
        var items = IntStream.range((int) Math.min(from, total), (int) Math.min(from + request.size(), total))
                .mapToObj(i -> "widget-" + i).toList();
        return PageResponse.of(new Page<>(items, total, request), String::toUpperCase);
    }

    @Get("/count")
    String count(@QueryValue int limit) {
        return "limit " + limit;
    }

    @Get("/domain/{kind}")
    String domainFailure(@PathVariable String kind) {
        throw switch (kind) {
            case "not-found" -> new ResourceNotFoundException("Widget not found");
            case "conflict" -> new ConflictException("NAME_TAKEN", "A widget with this name already exists");
            case "rule" -> new RuleViolationException("purchase_date", "Purchase date cannot be in the future");
            case "quota" -> new QuotaExceededException("Storage quota exceeded");
            case "forbidden" -> new AccessDeniedException("Administrators only");
            case "unauthenticated" -> new UnauthenticatedException("INVALID_CREDENTIALS", "Invalid username or password");
            case "invalid-request" -> new InvalidRequestException("CURRENT_PASSWORD_INCORRECT", "Current password is incorrect");
            case "too-large" -> new PayloadTooLargeException("File size exceeds maximum limit (100 MB)", 100);
            case "unavailable" -> new ServiceUnavailableException("STORAGE_UNAVAILABLE",
                    "s3 endpoint http://internal-minio:9000 refused", null);
            default -> new IllegalArgumentException(kind);
        };
    }

    @Get("/status/{code}")
    String status(@PathVariable int code) {
        throw new HttpStatusException(HttpStatus.valueOf(code), "status " + code + " raised by a route");
    }

    @Get("/boom")
    String boom() {
        throw new IllegalStateException("connection string jdbc:postgresql://db/secret?password=hunter2");
    }
}
