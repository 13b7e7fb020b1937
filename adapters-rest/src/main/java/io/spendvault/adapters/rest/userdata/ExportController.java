package io.spendvault.adapters.rest.userdata;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.spendvault.adapters.rest.common.ApiErrors;
import io.spendvault.adapters.rest.common.RequiresToken;
import io.spendvault.adapters.rest.security.CurrentSession;
import io.spendvault.application.userdata.port.in.AccountData;
import io.spendvault.application.userdata.port.in.ExportDataUseCase;
import io.spendvault.application.userdata.port.in.ExportHeader;
import io.spendvault.domain.common.RuleViolationException;
import io.spendvault.domain.files.ContentDisposition;
import io.spendvault.domain.identity.UserId;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * Everything the signed-in user owns, as one download that streams: records are written as they are
 * read from one snapshot, file contents flow from the blob store into the ZIP. Named
 * {@code spendvault-<username>-<yyyy-mm-dd>.<ext>}.
 */
@Controller("/api/v1/export")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Export and import")
@RequiresToken
@ApiErrors.Invalid
@ApiErrors.Unavailable
@ApiErrors.RateLimited
public class ExportController {

    static final MediaType CSV = MediaType.of("text/csv; charset=utf-8");
    static final MediaType ZIP = MediaType.of("application/zip");

    private final ExportDataUseCase exports;
    private final ExportStreams streams;

    public ExportController(ExportDataUseCase exports, ExportStreams streams) {
        this.exports = exports;
        this.streams = streams;
    }

    /**
     * One JSON document {@code {format: "spendvault-export", version: 1, exported_at, user, settings,
     * retailers, brands, purchases, warranties, files, attachments}} with every field of every record.
     */
    @Get(value = "/json", produces = MediaType.APPLICATION_JSON)
    @ApiResponse(responseCode = "200", description = "The export document, streamed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = "object")))
    public HttpResponse<StreamedFile> json(CurrentSession caller) {
        return download(caller.user(), "json", MediaType.APPLICATION_JSON_TYPE,
                (data, body) -> ExportJsonWriter.write(data, body));
    }

    /**
     * The purchases as RFC 4180 CSV with a fixed header (see the README), or the warranties with
     * {@code type=warranties}; cells that a spreadsheet would run as a formula start with an apostrophe.
     */
    @Get(value = "/csv", produces = "text/csv")
    @ApiResponse(responseCode = "200", description = "The CSV file, streamed",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")))
    public HttpResponse<StreamedFile> csv(@QueryValue(defaultValue = "purchases")
                                          @Schema(allowableValues = {"purchases", "warranties"}) String type,
                                          CurrentSession caller) {
        ExportCsvWriter.Kind kind = switch (type.toLowerCase(Locale.ROOT)) {
            case "purchases" -> ExportCsvWriter.Kind.PURCHASES;
            case "warranties" -> ExportCsvWriter.Kind.WARRANTIES;
            default -> throw new RuleViolationException("type", "type must be purchases or warranties");
        };
        return download(caller.user(), "csv", CSV, (data, body) -> ExportCsvWriter.write(data, kind, body));
    }

    /**
     * {@code export.json}, {@code purchases.csv}, {@code warranties.csv}, every file under
     * {@code files/<file id>/<name>} and {@code manifest.json} with each entry's size and SHA-256.
     */
    @Get(value = "/zip", produces = "application/zip")
    @ApiResponse(responseCode = "200", description = "The ZIP archive, streamed",
            content = @Content(mediaType = "application/zip", schema = @Schema(type = "string", format = "binary")))
    public HttpResponse<StreamedFile> zip(CurrentSession caller) {
        return download(caller.user(), "zip", ZIP, (data, body) -> ExportZipWriter.write(data, body));
    }

    @FunctionalInterface
    private interface FormatWriter {
        void write(AccountData data, OutputStream body)
                throws IOException;
    }

    private HttpResponse<StreamedFile> download(UserId user, String extension, MediaType type, FormatWriter writer) {
        ExportHeader header = exports.header(user);
        String filename = "spendvault-" + header.username() + "-" + header.today() + "." + extension;
        InputStream body = streams.open(extension + " export of " + user.value(), out -> exports.export(user, data -> {
            try {
                writer.write(data, out);
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
        return HttpResponse.ok(new StreamedFile(body, type))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment(filename))
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store");
    }
}
