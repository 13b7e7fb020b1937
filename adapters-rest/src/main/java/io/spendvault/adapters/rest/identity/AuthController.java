package io.spendvault.adapters.rest.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.HttpStatus;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.spendvault.adapters.rest.common.ApiError;
import io.spendvault.adapters.rest.common.ApiErrors;
import io.spendvault.adapters.rest.common.RequiresToken;
import io.spendvault.adapters.rest.security.AuthCookies;
import io.spendvault.adapters.rest.security.CurrentSession;
import io.spendvault.application.identity.port.in.LoginUseCase;
import io.spendvault.application.identity.port.in.LoginUseCase.SessionTokens;
import io.spendvault.application.identity.port.in.LogoutUseCase;
import io.spendvault.application.identity.port.in.RefreshSessionUseCase;
import io.spendvault.application.identity.port.in.RegisterUserUseCase;
import io.spendvault.application.identity.port.in.ResetPasswordUseCase;
import io.spendvault.domain.common.UnauthenticatedException;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.spendvault.adapters.rest.ratelimit.CredentialAttempts;
import jakarta.validation.Valid;

/**
 * Accounts and sessions: register, log in (bearer tokens, plus cookies when asked), refresh with
 * rotation, log out, and the forgotten-password flow. Every route here is limited per client address
 * ({@code RateLimitFilter}); login and forgot-password also per attempted name ({@link CredentialAttempts}).
 */
@Controller("/api/v1/auth")
@Tag(name = "Authentication")
@ApiErrors.Invalid
@ApiErrors.Unavailable
@ApiErrors.RateLimited
public class AuthController {

    private final RegisterUserUseCase register;
    private final LoginUseCase login;
    private final RefreshSessionUseCase refresh;
    private final LogoutUseCase logout;
    private final ResetPasswordUseCase resetPassword;
    private final AuthCookies cookies;
    private final CredentialAttempts attempts;

    public AuthController(RegisterUserUseCase register, LoginUseCase login, RefreshSessionUseCase refresh, LogoutUseCase logout,
                          ResetPasswordUseCase resetPassword, AuthCookies cookies, CredentialAttempts attempts) {
        this.register = register;
        this.login = login;
        this.refresh = refresh;
        this.logout = logout;
        this.resetPassword = resetPassword;
        this.cookies = cookies;
        this.attempts = attempts;
    }

    /** Creates an account; every invalid field is named at once. */
    @Post("/register")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Status(HttpStatus.CREATED)
    @ApiErrors.JsonBody
    @ApiErrors.Conflict
    public AuthResponses.User register(@Valid @Body AuthRequests.Register request) {
        return AuthResponses.User.of(register.register(
                new RegisterUserUseCase.RegisterUserCommand(request.username(), request.email(), request.password())));
    }

    /** With {@code "cookie": true} the tokens are also set as cookies; 401 for a wrong name or password alike. */
    @Post("/login")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @ApiErrors.JsonBody
    @ApiResponse(responseCode = "401", description = "Wrong username, e-mail or password (the same answer for each)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "403", description = "The account is deactivated",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    public HttpResponse<AuthResponses.Tokens> login(@Valid @Body AuthRequests.Login request) {
        attempts.count("login", request.username());
        SessionTokens tokens = login.login(new LoginUseCase.LoginCommand(request.username(), request.password()));
        return withTokens(tokens, request.cookieMode());
    }

    /** Rotates the refresh token; an empty body uses the {@code SV_REFRESH} cookie. */
    @Post("/refresh")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @ApiErrors.JsonBody
    @ApiResponse(responseCode = "401", description = "The refresh token is missing, expired, revoked or was already used",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    public HttpResponse<AuthResponses.Tokens> refresh(@Valid @Body @Nullable AuthRequests.Refresh request, HttpRequest<?> http) {
        String fromBody = request == null ? null : request.refreshToken();
        boolean cookieMode = fromBody == null || fromBody.isBlank();
        String token = cookieMode ? AuthCookies.refreshToken(http).orElse(null) : fromBody;
        if (token == null) {
            throw new UnauthenticatedException("INVALID_REFRESH_TOKEN", "Refresh token is missing");
        }
        return withTokens(refresh.refresh(token), cookieMode);
    }

    /** Ends the session: its access and refresh tokens stop working at once, cookies are cleared. */
    @Post("/logout")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @RequiresToken
    @Status(HttpStatus.NO_CONTENT)
    public HttpResponse<Void> logout(CurrentSession caller) {
        logout.logout(caller.session());
        return signedOut();
    }

    /**
     * Ends every session of the account, this one included ("sign out everywhere": a lost phone, a shared
     * computer); cookies are cleared.
     */
    @Post("/logout-all")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @RequiresToken
    @Status(HttpStatus.NO_CONTENT)
    public HttpResponse<Void> logoutEverywhere(CurrentSession caller) {
        logout.logoutEverywhere(caller.user());
        return signedOut();
    }

    /** 204, and the browser forgets the session's cookies. */
    private HttpResponse<Void> signedOut() {
        MutableHttpResponse<Void> response = HttpResponse.noContent();
        cookies.clear(response);
        return response;
    }

    /** Always 202 for a well-formed address, whether an account uses it or not. */
    @Post("/forgot-password")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Status(HttpStatus.ACCEPTED)
    @ApiErrors.JsonBody
    public AuthResponses.Message forgotPassword(@Valid @Body AuthRequests.ForgotPassword request) {
        attempts.count("forgot-password", request.email());
        resetPassword.requestReset(request.email());
        return new AuthResponses.Message("If an account uses this address, a reset token is on its way");
    }

    /** A used, expired or unknown token answers 400 {@code RESET_TOKEN_INVALID}. */
    @Post("/reset-password")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @ApiErrors.JsonBody
    public AuthResponses.Message resetPassword(@Valid @Body AuthRequests.ResetPassword request) {
        resetPassword.reset(request.token(), request.newPassword());
        return new AuthResponses.Message("Password has been reset; log in with the new password");
    }

    private MutableHttpResponse<AuthResponses.Tokens> withTokens(SessionTokens tokens, boolean cookieMode) {
        MutableHttpResponse<AuthResponses.Tokens> response = HttpResponse.ok(AuthResponses.Tokens.of(tokens));
        if (cookieMode) {
            cookies.set(response, tokens.accessToken(), tokens.refreshToken());
        }
        return response;
    }
}
