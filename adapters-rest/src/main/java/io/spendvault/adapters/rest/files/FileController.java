package io.spendvault.adapters.rest.files;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
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
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.spendvault.adapters.rest.common.ApiError;
import io.spendvault.adapters.rest.common.ApiErrors;
import io.spendvault.adapters.rest.common.JsonFields;
import io.spendvault.adapters.rest.common.MultipartUpload;
import io.spendvault.adapters.rest.common.PageParams;
import io.spendvault.adapters.rest.common.PageResponse;
import io.spendvault.adapters.rest.common.RequiresToken;
import io.spendvault.adapters.rest.security.CurrentSession;
import io.spendvault.application.files.port.in.FileView;
import io.spendvault.application.files.port.in.ManageFilesUseCase;
import io.spendvault.application.files.port.in.UploadFileUseCase;
import io.spendvault.domain.files.ContentDisposition;
import io.spendvault.domain.files.FileId;
import io.spendvault.domain.files.FileQuery;
import io.spendvault.domain.files.StoredFile;
import io.spendvault.domain.storage.ByteRange;
import io.spendvault.domain.storage.DownloadLink;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A user's files: streaming upload, listing and search, metadata, downloads (ETag, conditional and range
 * requests), time-limited links. Another user's file answers 404.
 */
@Controller("/api/v1/uploads")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Files")
@RequiresToken
@ApiErrors.Invalid
@ApiErrors.Unavailable
@ApiErrors.RateLimited
public class FileController {

    /**
     * A download is data, never a page: even opened inline it runs no script and loads nothing. Only an inline
     * one (an image or a PDF) may be framed, and only by the web app itself, for its preview.
     */
    static final String DOWNLOAD_POLICY_HEADER = "Content-Security-Policy";
    static final String DOWNLOAD_POLICY = "sandbox; default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; "
            + "frame-ancestors 'none'";
    static final String FRAME_OPTIONS = "X-Frame-Options";
    static final String INLINE_POLICY = "sandbox; default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; "
            + "frame-ancestors 'self'";

    private static final String DESCRIPTION_PART = "description";

    private final UploadFileUseCase uploads;
    private final ManageFilesUseCase files;

    public FileController(UploadFileUseCase uploads, ManageFilesUseCase files) {
        this.uploads = uploads;
        this.files = files;
    }

    /**
     * Send {@code description} before {@code file}: the file part flows to the blob store as it arrives, at the
     * store's pace, and is never held in memory.
     */
    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    @Status(HttpStatus.CREATED)
    @ApiErrors.Upload
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = FileRequests.UploadForm.class)))
    public FileResponse upload(HttpRequest<?> request, CurrentSession caller) {
        MultipartUpload upload = MultipartUpload.open(request, Set.of(DESCRIPTION_PART));
        try (InputStream content = upload.content()) {
            FileView view = uploads.upload(new UploadFileUseCase.UploadFileCommand(caller.user(),
                    upload.filename(), upload.fields().get(DESCRIPTION_PART), content));
            return FileResponse.of(view);
        } catch (IOException e) {
            throw new UncheckedIOException("closing the upload failed", e);
        }
    }

    /** The user's files, a page at a time: search in names and descriptions, filter by type, sort. */
    @Get
    public PageResponse<FileResponse> list(@Valid @RequestBean PageParams page, @Valid @RequestBean FileSortParams sort,
                                           @Valid @RequestBean FileRequests.Filters filters, CurrentSession caller) {
        FileQuery query = filters.toQuery(sort.toSort(FileQuery.SortBy.class, FileQuery.DEFAULT_SORT), page.toPageRequest());
        return PageResponse.of(files.list(caller.user(), query), FileResponse::of);
    }

    /** One of the user's files: its metadata, thumbnail link and reference count. */
    @Get("/{id}")
    @ApiErrors.NotFound
    public FileResponse get(@PathVariable UUID id, CurrentSession caller) {
        return FileResponse.of(files.view(caller.user(), new FileId(id)));
    }

    /** Renames the file (display name only) or changes its description; only what is sent changes. */
    @Put("/{id}")
    @ApiErrors.JsonBody
    @ApiErrors.NotFound
    @RequestBody(content = @Content(schema = @Schema(implementation = FileRequests.Update.class)))
    public FileResponse update(@PathVariable UUID id, @Body String body, CurrentSession caller) {
        FileRequests.Changes changes = JsonFields.read(body, json -> new FileRequests.Changes(
                json.change("filename", JsonFields::text), json.change("description", JsonFields::text)));
        return FileResponse.of(files.update(caller.user(), new FileId(id), changes.filename(), changes.description()));
    }

    /** The same partial update as PUT. */
    @Patch("/{id}")
    @ApiErrors.JsonBody
    @ApiErrors.NotFound
    @RequestBody(content = @Content(schema = @Schema(implementation = FileRequests.Update.class)))
    public FileResponse patch(@PathVariable UUID id, @Body String body, CurrentSession caller) {
        return update(id, body, caller);
    }

    /** Deletes the file; its content goes once no other file shares it. */
    @Delete("/{id}")
    @Status(HttpStatus.NO_CONTENT)
    @ApiErrors.NotFound
    public void delete(@PathVariable UUID id, CurrentSession caller) {
        files.delete(caller.user(), new FileId(id));
    }

    /** The content, with ETag, conditional and range requests; {@code inline=true} shows images and PDF. */
    @Get(value = "/{id}/download", produces = MediaType.ALL)
    @ApiResponse(responseCode = "200", description = "The whole content, with ETag, Accept-Ranges and Content-Disposition",
            content = @Content(mediaType = MediaType.ALL, schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "206", description = "The one byte range asked for with Range, with Content-Range",
            content = @Content(mediaType = MediaType.ALL, schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "304", description = "If-None-Match named the current ETag: no body")
    @ApiResponse(responseCode = "416", description = "The Range cannot be satisfied (or asks for several ranges)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @ApiErrors.NotFound
    public HttpResponse<?> download(@PathVariable UUID id, @QueryValue(defaultValue = "false") boolean inline,
                                    HttpRequest<?> request, CurrentSession caller) {
        StoredFile file = files.get(caller.user(), new FileId(id));
        String etag = "\"" + file.hash().prefixed() + "\"";
        if (etag.equals(request.getHeaders().get(HttpHeaders.IF_NONE_MATCH))) {
            return withFileHeaders(HttpResponse.notModified(), file, etag, inline);
        }
        String rangeHeader = request.getHeaders().get(HttpHeaders.RANGE);
        if (rangeHeader == null) {
            return withFileHeaders(HttpResponse.ok(streamed(caller, file, null)), file, etag, inline);
        }
        Optional<ByteRange> range = RangeHeader.resolve(rangeHeader, file.size());
        if (range.isEmpty()) {
            return HttpResponse.<ApiError>status(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE)
                    .header(HttpHeaders.CONTENT_RANGE, "bytes */" + file.size())
                    .body(ApiError.of("Range not satisfiable", "RANGE_NOT_SATISFIABLE"));
        }
        ByteRange bytes = range.get();
        return withFileHeaders(HttpResponse.status(HttpStatus.PARTIAL_CONTENT).body(streamed(caller, file, bytes)), file, etag, inline)
                .header(HttpHeaders.CONTENT_RANGE, "bytes " + bytes.first() + "-" + bytes.last() + "/" + file.size());
    }

    /** The 64 px wide PNG of an image, once the background worker has made it. */
    @Get(value = "/{id}/thumbnail", produces = "image/png")
    @ApiResponse(responseCode = "200", description = "A 64 px wide PNG",
            content = @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary")))
    @ApiErrors.NotFound
    public HttpResponse<StreamedFile> thumbnail(@PathVariable UUID id, CurrentSession caller) {
        return files.thumbnail(caller.user(), new FileId(id))
                .map(png -> HttpResponse.ok(new StreamedFile(png, MediaType.IMAGE_PNG_TYPE)))
                .orElseThrow(() -> new io.spendvault.domain.common.ResourceNotFoundException("Thumbnail not found"));
    }

    /** A link that downloads the file without a token until it expires (1 s to 1 day). */
    @Get("/{id}/url")
    @ApiErrors.NotFound
    public FileRequests.Link url(@PathVariable UUID id,
                                 @QueryValue(value = "expires_in", defaultValue = "900") @Min(1) @Max(86_400) int expiresIn,
                                 CurrentSession caller) {
        DownloadLink link = files.link(caller.user(), new FileId(id), Duration.ofSeconds(expiresIn));
        return new FileRequests.Link(link.url().toString(), link.expiresAt());
    }

    private StreamedFile streamed(CurrentSession caller, StoredFile file, ByteRange range) {
        long length = range == null ? file.size() : range.length();
        return new StreamedFile(files.open(caller.user(), file.id(), range), MediaType.of(file.contentType()), file.updatedAt().toEpochMilli(), length);
    }

    private static <T> MutableHttpResponse<T> withFileHeaders(MutableHttpResponse<T> response, StoredFile file, String etag,
                                                              boolean inline) {
        boolean showInline = inline && file.viewableInline();
        return response
                .header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.ACCEPT_RANGES, "bytes")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-cache")
                .header(DOWNLOAD_POLICY_HEADER, showInline ? INLINE_POLICY : DOWNLOAD_POLICY)
                .header(FRAME_OPTIONS, showInline ? "SAMEORIGIN" : "DENY")
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        showInline ? ContentDisposition.inline(file.filename()) : ContentDisposition.attachment(file.filename()));
    }
}
