package io.spendvault.adapters.rest.spending;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.spendvault.adapters.rest.common.ApiErrors;
import io.spendvault.adapters.rest.common.MultipartUpload;
import io.spendvault.adapters.rest.common.PageParams;
import io.spendvault.adapters.rest.common.PageResponse;
import io.spendvault.adapters.rest.common.RequiresToken;
import io.spendvault.adapters.rest.security.CurrentSession;
import io.spendvault.application.spending.port.in.PurchaseAttachmentsUseCase;
import io.spendvault.domain.common.RuleViolationException;
import io.spendvault.domain.files.FileId;
import io.spendvault.domain.spending.AttachmentType;
import io.spendvault.domain.spending.PurchaseId;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * Files attached to a purchase. Upload a new file (multipart {@code file_type}, then {@code file}: the
 * file part is streamed, so the type must come first) or attach an uploaded one by id (JSON). Downloads
 * go through {@code /api/v1/uploads}.
 */
@Controller("/api/v1/purchases/{purchase_id}/files")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Purchase attachments")
@RequiresToken
@ApiErrors.Invalid
@ApiErrors.NotFound
@ApiErrors.Unavailable
@ApiErrors.RateLimited
public class AttachmentController {

    private static final String FILE_TYPE_PART = "file_type";
    /** What an attachment is to its purchase, as the API writes it (and documents it, below). */
    static final String[] FILE_TYPES = {"receipt", "manual", "photo", "warranty", "other"};

    /** The documented form of an upload: the type first, then the file (read by MultipartUpload, not bound). */
    @Serdeable
    record UploadForm(
            @Schema(allowableValues = {"receipt", "manual", "photo", "warranty", "other"}, requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "Send it before the file") String fileType,
            @Schema(type = "string", format = "binary", requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "The content; its part needs a filename") String file) {
    }

    @Serdeable
    record AttachRequest(@NotNull UUID fileId,
                         @Nullable @Schema(allowableValues = {"receipt", "manual", "photo", "warranty", "other"}) String fileType) {
    }

    private final PurchaseAttachmentsUseCase attachments;

    public AttachmentController(PurchaseAttachmentsUseCase attachments) {
        this.attachments = attachments;
    }

    /** Uploads a file (multipart: {@code file_type} before {@code file}, streamed) and attaches it to the purchase. */
    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    @Status(HttpStatus.CREATED)
    @ApiErrors.Upload
    @ApiErrors.Conflict
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = UploadForm.class)))
    public AttachmentResponse upload(@PathVariable("purchase_id") UUID purchaseId, HttpRequest<?> request, CurrentSession caller) {
        MultipartUpload upload = MultipartUpload.open(request, Set.of(FILE_TYPE_PART));
        AttachmentType type = type(upload.fields().get(FILE_TYPE_PART));
        try (InputStream content = upload.content()) {
            return AttachmentResponse.of(attachments.upload(caller.user(), new PurchaseId(purchaseId), type, upload.filename(), content));
        } catch (IOException e) {
            throw new UncheckedIOException("closing the upload failed", e);
        }
    }

    /** The same documented operation as {@link #upload} (one path and method), so it lists the statuses of both. */
    @Post(consumes = MediaType.APPLICATION_JSON)
    @Status(HttpStatus.CREATED)
    @ApiErrors.Upload
    @ApiErrors.Conflict
    public AttachmentResponse attach(@PathVariable("purchase_id") UUID purchaseId, @Valid @Body AttachRequest request,
                                     CurrentSession caller) {
        return AttachmentResponse.of(attachments.attach(caller.user(),
                new PurchaseId(purchaseId), new FileId(request.fileId()), type(request.fileType())));
    }

    /** The files attached to the purchase. */
    @Get
    public PageResponse<AttachmentResponse> list(@PathVariable("purchase_id") UUID purchaseId, @Valid @RequestBean PageParams page,
                                                 CurrentSession caller) {
        return PageResponse.of(attachments.list(caller.user(), new PurchaseId(purchaseId), page.toPageRequest()),
                AttachmentResponse::of);
    }

    /** One attached file, with what it is to the purchase. */
    @Get("/{file_id}")
    public AttachmentResponse get(@PathVariable("purchase_id") UUID purchaseId, @PathVariable("file_id") UUID fileId,
                                  CurrentSession caller) {
        return AttachmentResponse.of(attachments.get(caller.user(), new PurchaseId(purchaseId), new FileId(fileId)));
    }

    /** Detaches the file; one uploaded for the purchase is deleted with its last attachment. */
    @Delete("/{file_id}")
    @Status(HttpStatus.NO_CONTENT)
    public void detach(@PathVariable("purchase_id") UUID purchaseId, @PathVariable("file_id") UUID fileId,
                       CurrentSession caller) {
        attachments.detach(caller.user(), new PurchaseId(purchaseId), new FileId(fileId));
    }

    /** {@code receipt}, {@code manual}, {@code photo}, {@code warranty} or {@code other}; required. */
    private static AttachmentType type(String fileType) {
        if (fileType != null) {
            for (AttachmentType type : AttachmentType.values()) {
                if (type.name().toLowerCase(Locale.ROOT).equals(fileType.strip().toLowerCase(Locale.ROOT))) {
                    return type;
                }
            }
        }
        throw new RuleViolationException("file_type", "file_type must be one of " + String.join(", ", FILE_TYPES)
                + (fileType == null ? " (send it before the file part)" : ""));
    }
}
