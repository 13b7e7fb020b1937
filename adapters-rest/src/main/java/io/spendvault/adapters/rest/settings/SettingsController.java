package io.spendvault.adapters.rest.settings;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.spendvault.adapters.rest.common.ApiErrors;
import io.spendvault.adapters.rest.common.JsonFields;
import io.spendvault.adapters.rest.common.RequiresToken;
import io.spendvault.adapters.rest.security.CurrentSession;
import io.spendvault.application.common.port.in.FieldChange;
import io.spendvault.application.settings.port.in.ManageSettingsUseCase;
import io.spendvault.domain.common.ResourceNotFoundException;
import io.spendvault.domain.settings.UserSettings;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.Map;
import java.util.function.Function;

/** The signed-in user's settings: currency and date format. */
@Controller("/api/v1/settings")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Settings")
@RequiresToken
@ApiErrors.Invalid
@ApiErrors.Unavailable
@ApiErrors.RateLimited
public class SettingsController {

    @Serdeable
    record Settings(String currencyCode, String dateFormat) {
        static Settings of(UserSettings settings) {
            return new Settings(settings.currency().value(), settings.dateFormat().pattern());
        }
    }

    /** The body of an update, as documented; read field by field so that only the settings sent change. */
    @Serdeable
    record Update(@Nullable String currencyCode, @Nullable String dateFormat) {
    }

    private record Changes(FieldChange<String> currencyCode, FieldChange<String> dateFormat) {
    }

    @Serdeable
    record Setting(String key, String value) {
    }

    /** Each setting under its name in the API, for {@code GET /settings/{key}}. */
    private static final Map<String, Function<UserSettings, String>> BY_KEY = Map.of(
            "currency_code", settings -> settings.currency().value(),
            "date_format", settings -> settings.dateFormat().pattern());

    private final ManageSettingsUseCase settings;

    public SettingsController(ManageSettingsUseCase settings) {
        this.settings = settings;
    }

    /** The user's currency and date format (defaults until changed). */
    @Get
    public Settings get(CurrentSession caller) {
        return Settings.of(settings.settings(caller.user()));
    }

    /** Changes the settings sent; neither may be cleared. */
    @Put
    @ApiErrors.JsonBody
    @RequestBody(content = @Content(schema = @Schema(implementation = Update.class)))
    public Settings update(@Body String body, CurrentSession caller) {
        Changes changes = JsonFields.read(body, json -> new Changes(
                json.change("currency_code", JsonFields::text), json.change("date_format", JsonFields::text)));
        return Settings.of(settings.update(caller.user(), changes.currencyCode(), changes.dateFormat()));
    }

    /** The same partial update as PUT. */
    @Patch
    @ApiErrors.JsonBody
    @RequestBody(content = @Content(schema = @Schema(implementation = Update.class)))
    public Settings patch(@Body String body, CurrentSession caller) {
        return update(body, caller);
    }

    /** One setting by its key ({@code currency_code} or {@code date_format}); another key is not found. */
    @Get("/{key}")
    @ApiErrors.NotFound
    public Setting one(@PathVariable String key, CurrentSession caller) {
        Function<UserSettings, String> setting = BY_KEY.get(key);
        if (setting == null) {
            throw new ResourceNotFoundException("UNKNOWN_SETTING", "Unknown setting: " + key);
        }
        return new Setting(key, setting.apply(settings.settings(caller.user())));
    }

    /** Goes back to the default settings. */
    @Post("/reset")
    public Settings reset(CurrentSession caller) {
        return Settings.of(settings.reset(caller.user()));
    }
}
