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
import io.spendvault.application.settings.port.in.ManageSettingsUseCase;
import io.spendvault.application.settings.port.in.SettingsChanges;
import io.spendvault.domain.common.ResourceNotFoundException;
import io.spendvault.domain.settings.NotificationPreferences;
import io.spendvault.domain.settings.UserSettings;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The signed-in user's settings: currency, date format, and the reminder mails (on or off, and how many
 * days before a warranty ends or a return window closes).
 */
@Controller("/api/v1/settings")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Settings")
@RequiresToken
@ApiErrors.Invalid
@ApiErrors.Unavailable
@ApiErrors.RateLimited
public class SettingsController {

    /**
     * The settings. {@code notifications_enabled} is on by default when the server can send mail;
     * reminder days are days before the date (1–365, at most 5, farthest first; empty: no reminders).
     */
    @Serdeable
    record Settings(String currencyCode, String dateFormat, boolean notificationsEnabled, List<Integer> warrantyReminderDays,
                    List<Integer> returnReminderDays) {
        static Settings of(UserSettings settings) {
            NotificationPreferences notifications = settings.notifications();
            return new Settings(settings.currency().value(), settings.dateFormat().pattern(),
                    Boolean.TRUE.equals(notifications.enabled()), notifications.warrantyReminderDays().days(),
                    notifications.returnReminderDays().days());
        }
    }

    /** The body of an update, as documented; read field by field so that only the settings sent change. */
    @Serdeable
    record Update(@Nullable String currencyCode, @Nullable String dateFormat, @Nullable Boolean notificationsEnabled,
                  @Nullable List<Integer> warrantyReminderDays, @Nullable List<Integer> returnReminderDays) {
    }

    /** One setting; {@code value} is a string, a boolean or a list of numbers, as in the full settings. */
    @Serdeable
    record Setting(String key, @Schema(oneOf = {String.class, Boolean.class, Integer[].class}) Object value) {
    }

    /** Each setting under its name in the API, for {@code GET /settings/{key}}. */
    private static final Map<String, Function<Settings, Object>> BY_KEY = Map.of(
            "currency_code", Settings::currencyCode,
            "date_format", Settings::dateFormat,
            "notifications_enabled", Settings::notificationsEnabled,
            "warranty_reminder_days", Settings::warrantyReminderDays,
            "return_reminder_days", Settings::returnReminderDays);

    private final ManageSettingsUseCase settings;

    public SettingsController(ManageSettingsUseCase settings) {
        this.settings = settings;
    }

    /** The user's settings (defaults until changed). */
    @Get
    public Settings get(CurrentSession caller) {
        return Settings.of(settings.settings(caller.user()));
    }

    /** Changes the settings sent; none may be cleared (an empty list of reminder days turns those reminders off). */
    @Put
    @ApiErrors.JsonBody
    @RequestBody(content = @Content(schema = @Schema(implementation = Update.class)))
    public Settings update(@Body String body, CurrentSession caller) {
        SettingsChanges changes = JsonFields.read(body, json -> new SettingsChanges(
                json.change("currency_code", JsonFields::text), json.change("date_format", JsonFields::text),
                json.change("notifications_enabled", JsonFields::flag),
                json.change("warranty_reminder_days", JsonFields::integers),
                json.change("return_reminder_days", JsonFields::integers)));
        return Settings.of(settings.update(caller.user(), changes));
    }

    /** The same partial update as PUT. */
    @Patch
    @ApiErrors.JsonBody
    @RequestBody(content = @Content(schema = @Schema(implementation = Update.class)))
    public Settings patch(@Body String body, CurrentSession caller) {
        return update(body, caller);
    }

    /** One setting by its key (a field of the settings, such as {@code currency_code}); another key is not found. */
    @Get("/{key}")
    @ApiErrors.NotFound
    public Setting one(@PathVariable String key, CurrentSession caller) {
        Function<Settings, Object> setting = BY_KEY.get(key);
        if (setting == null) {
            throw new ResourceNotFoundException("UNKNOWN_SETTING", "Unknown setting: " + key);
        }
        return new Setting(key, setting.apply(Settings.of(settings.settings(caller.user()))));
    }

    /** Goes back to the default settings. */
    @Post("/reset")
    public Settings reset(CurrentSession caller) {
        return Settings.of(settings.reset(caller.user()));
    }
}
