package io.spendvault.bootstrap;

import io.micronaut.context.annotation.Factory;
import io.spendvault.application.common.port.out.Transactions;
import io.spendvault.application.notification.MailSettings;
import io.spendvault.application.settings.SettingsService;
import io.spendvault.domain.settings.port.SettingsRepository;
import jakarta.inject.Singleton;

/** Builds the settings use case. */
@Factory
class SettingsFactory {

    @Singleton
    SettingsService settingsService(SettingsRepository settings, Transactions transactions, MailSettings mail) {
        return new SettingsService(settings, transactions, mail.deliveryConfigured());
    }
}
