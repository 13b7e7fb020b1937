package io.spendvault.adapters.rest.storage;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.types.files.StreamedFile;
import io.spendvault.application.storage.port.in.BlobDownload;
import io.spendvault.application.storage.port.in.OpenBlobLinkQuery;
import io.spendvault.application.storage.port.in.OpenBlobLinkUseCase;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Serves signed download links of the filesystem blob store. The signature is the credential: no bearer
 * token is needed, and a tampered or expired link answers 403.
 */
@Controller(BlobLinkController.ROUTE)
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "Downloads")
public class BlobLinkController {

    /** Where signed links are served; the application's link signer is given this prefix (with the key after it). */
    public static final String ROUTE = "/api/v1/blob-links";
    public static final String PATH = ROUTE + "/";

    private final OpenBlobLinkUseCase openBlobLink;

    public BlobLinkController(OpenBlobLinkUseCase openBlobLink) {
        this.openBlobLink = openBlobLink;
    }

    /** Described in {@code src/main/openapi/blob-links.yml}: the generator cannot show a {@code {+key}} path. */
    @Hidden
    @Get(value = "/{+key}", produces = MediaType.ALL)
    public HttpResponse<StreamedFile> download(@PathVariable String key,
                                               @QueryValue long expires,
                                               @QueryValue String type,
                                               @QueryValue String disposition,
                                               @QueryValue String signature) {
        BlobDownload download = openBlobLink.open(new OpenBlobLinkQuery(key, expires, type, disposition, signature));
        return HttpResponse.ok(new StreamedFile(download.content(), MediaType.of(download.contentType()), 0L, download.size()))
                .header(HttpHeaders.CONTENT_DISPOSITION, download.contentDisposition())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                // a download is data, never a page: even opened inline it runs no script and loads nothing
                .header("Content-Security-Policy", "sandbox; default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'");
    }
}
