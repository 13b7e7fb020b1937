package io.spendvault.adapters.rest.settings;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.spendvault.adapters.rest.security.CurrentSession;
import io.spendvault.application.settings.port.in.ManageSettingsUseCase;
import io.spendvault.domain.settings.UserSettings;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/** The signed-in user's settings: currency and date format. */
@Controller("/api/v1/settings")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Settings")
public class SettingsController {

    @Serdeable
    record Settings(String currencyCode, String dateFormat) {
        static Settings of(UserSettings settings) {
            return new Settings(settings.currency().value(), settings.dateFormat().pattern());
        }
    }

    @Serdeable
    record Update(@Nullable @Size(max = 3) String currencyCode, @Nullable @Size(max = 10) String dateFormat) {
    }

    @Serdeable
    record Setting(String key, String value) {
    }

    private final ManageSettingsUseCase settings;

    public SettingsController(ManageSettingsUseCase settings) {
        this.settings = settings;
    }

    @Get
    public Settings get(Authentication authentication) {
        return Settings.of(settings.settings(CurrentSession.of(authentication).user()));
    }

    @Put
    public Settings update(@Valid @Body Update update, Authentication authentication) {
        return Settings.of(settings.update(CurrentSession.of(authentication).user(), update.currencyCode(), update.dateFormat()));
    }

    @Get("/{key}")
    public Setting one(@PathVariable String key, Authentication authentication) {
        return new Setting(key, settings.settings(CurrentSession.of(authentication).user()).value(key));
    }

    @Post("/reset")
    public Settings reset(Authentication authentication) {
        return Settings.of(settings.reset(CurrentSession.of(authentication).user()));
    }
}
