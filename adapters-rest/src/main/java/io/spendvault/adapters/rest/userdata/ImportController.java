package io.spendvault.adapters.rest.userdata;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.spendvault.adapters.rest.common.ApiErrors;
import io.spendvault.adapters.rest.common.MultipartUpload;
import io.spendvault.adapters.rest.common.RequiresToken;
import io.spendvault.adapters.rest.security.CurrentSession;
import io.spendvault.application.userdata.port.in.ImportDataUseCase;
import io.spendvault.application.userdata.port.in.ImportSource;
import io.spendvault.domain.common.PayloadTooLargeException;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Imports into the signed-in user's account (multipart {@code file}): this server's JSON, CSV and ZIP
 * exports, and the Spends Tracker JSON format. The upload is spooled to a temporary file first (never
 * held in memory), then read as a stream; valid records are imported in one transaction, invalid ones
 * listed in {@code errors}. {@code dry_run=true} validates and counts without writing anything.
 */
@Controller("/api/v1/import")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Export and import")
@RequiresToken
@ApiErrors.Upload
@ApiErrors.Unavailable
@ApiErrors.RateLimited
public class ImportController {

    private final ImportDataUseCase imports;
    private final ImportLimits limits;

    public ImportController(ImportDataUseCase imports, ImportLimits limits) {
        this.imports = imports;
        this.limits = limits;
    }

    /** A JSON export of this server, or a Spends Tracker document ({@code purchases}, {@code retailers}, {@code brands}). */
    @Post(value = "/json", consumes = MediaType.MULTIPART_FORM_DATA)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = ImportForm.class)))
    public ImportResponse json(HttpRequest<?> request, @QueryValue(value = "dry_run", defaultValue = "false") boolean dryRun,
                               CurrentSession caller) {
        return importing(request, ".json", dryRun, caller, spooled -> new JsonImportReader(() -> Files.newInputStream(spooled)));
    }

    /** A purchases CSV with the export's header (any subset of its columns, in any order); unknown columns are refused. */
    @Post(value = "/csv", consumes = MediaType.MULTIPART_FORM_DATA)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = ImportForm.class)))
    public ImportResponse csv(HttpRequest<?> request, @QueryValue(value = "dry_run", defaultValue = "false") boolean dryRun,
                              CurrentSession caller) {
        return importing(request, ".csv", dryRun, caller,
                spooled -> new CsvImportReader(() -> Files.newInputStream(spooled), limits.maxCsvRows).checked());
    }

    /** A ZIP export of this server: the records of its {@code export.json} and the contents of its files. */
    @Post(value = "/zip", consumes = MediaType.MULTIPART_FORM_DATA)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = ImportForm.class)))
    public ImportResponse zip(HttpRequest<?> request, @QueryValue(value = "dry_run", defaultValue = "false") boolean dryRun,
                              CurrentSession caller) {
        return importing(request, ".zip", dryRun, caller, spooled -> ZipImportReader.open(spooled, limits));
    }

    /** The form of every import route. */
    @Schema(name = "ImportForm")
    record ImportForm(@Schema(type = "string", format = "binary", description = "the file to import") String file) {
    }

    @FunctionalInterface
    private interface Reader {
        ImportSource open(Path spooled) throws IOException;
    }

    private ImportResponse importing(HttpRequest<?> request, String suffix, boolean dryRun, CurrentSession caller, Reader reader) {
        Path spooled = spool(request, suffix);
        try {
            ImportSource source = reader.open(spooled);
            try {
                return ImportResponse.of(imports.importData(caller.user(), source, dryRun));
            } finally {
                if (source instanceof AutoCloseable closeable) {
                    closeable.close();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            try {
                Files.deleteIfExists(spooled);
            } catch (IOException ignored) {
                // the temporary directory is cleaned by the system
            }
        }
    }

    /** The file part, copied to a temporary file as it arrives and cut off at the upload limit (413). */
    private Path spool(HttpRequest<?> request, String suffix) {
        MultipartUpload upload = MultipartUpload.open(request, Set.of());
        Path spooled;
        try {
            spooled = Files.createTempFile("spendvault-import-", suffix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (InputStream content = upload.content(); OutputStream out = Files.newOutputStream(spooled)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = content.read(buffer)) >= 0; ) {
                total += n;
                if (total > limits.maxUploadSize) {
                    throw new PayloadTooLargeException("The import is larger than the limit (" + limits.maxUploadSize + " bytes)",
                            limits.maxUploadSize);
                }
                out.write(buffer, 0, n);
            }
            return spooled;
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(spooled);
            } catch (IOException ignored) {
                // as above
            }
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new UncheckedIOException((IOException) e);
        }
    }
}
