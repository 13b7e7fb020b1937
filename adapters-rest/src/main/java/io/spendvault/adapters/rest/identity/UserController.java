package io.spendvault.adapters.rest.identity;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.spendvault.adapters.rest.common.ApiErrors;
import io.spendvault.adapters.rest.common.JsonFields;
import io.spendvault.adapters.rest.common.RequiresToken;
import io.spendvault.adapters.rest.security.CurrentSession;
import io.spendvault.adapters.rest.userdata.ErasureResponses;
import io.spendvault.application.identity.port.in.ManageProfileUseCase;
import io.spendvault.application.identity.port.in.UserView;
import io.spendvault.application.userdata.port.in.EraseDataUseCase;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** The signed-in user's own account. */
@Controller("/api/v1/users")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Users")
@RequiresToken
@ApiErrors.Invalid
@ApiErrors.Unavailable
@ApiErrors.RateLimited
public class UserController {

    private final ManageProfileUseCase profiles;
    private final EraseDataUseCase erasures;

    public UserController(ManageProfileUseCase profiles, EraseDataUseCase erasures) {
        this.profiles = profiles;
        this.erasures = erasures;
    }

    /** The signed-in user's account, with storage statistics. */
    @Get("/me")
    public AuthResponses.Me me(CurrentSession caller) {
        ManageProfileUseCase.Profile profile = profiles.profile(caller.user());
        UserView user = profile.user();
        return new AuthResponses.Me(user.id(), user.username(), user.email(), user.role(), user.active(), user.createdAt(),
                user.updatedAt(), user.lastLogin(), new AuthResponses.Stats(profile.totalUploads(), profile.totalStorageUsed()));
    }

    /** Changes the username or e-mail address; only what is sent changes. */
    @Put("/me")
    @ApiErrors.JsonBody
    @ApiErrors.Conflict
    @RequestBody(content = @Content(schema = @Schema(implementation = AuthRequests.UpdateProfile.class)))
    public AuthResponses.User update(@Body String body, CurrentSession caller) {
        var command = JsonFields.read(body, json -> new ManageProfileUseCase.UpdateProfileCommand(caller.user(),
                json.change("username", JsonFields::text), json.change("email", JsonFields::text)));
        return AuthResponses.User.of(profiles.update(command));
    }

    /** The same partial update as PUT. */
    @Patch("/me")
    @ApiErrors.JsonBody
    @ApiErrors.Conflict
    @RequestBody(content = @Content(schema = @Schema(implementation = AuthRequests.UpdateProfile.class)))
    public AuthResponses.User patch(@Body String body, CurrentSession caller) {
        return update(body, caller);
    }

    /** Revokes every other session of the user; a wrong current password answers 400 {@code CURRENT_PASSWORD_INCORRECT}. */
    @Post("/change-password")
    @ApiErrors.JsonBody
    public AuthResponses.Message changePassword(@Valid @Body AuthRequests.ChangePassword request, CurrentSession caller) {
        
        profiles.changePassword(new ManageProfileUseCase.ChangePasswordCommand(caller.user(), caller.session(),
                request.currentPassword(), request.newPassword()));
        return new AuthResponses.Message("Password changed; other sessions were signed out");
    }

    /**
     * Deletes the account with everything it owns; its sessions end at once. A wrong password answers 400
     * {@code PASSWORD_INCORRECT}; the last active administrator cannot leave (409 {@code LAST_ADMIN}).
     */
    @Delete("/me")
    @Status(HttpStatus.NO_CONTENT)
    @ApiErrors.JsonBody
    @ApiErrors.Conflict
    public void delete(@Valid @Body ErasureResponses.PasswordConfirmation request, CurrentSession caller) {
        erasures.deleteAccount(caller.user(), request.password());
    }
}
