package io.spendvault.bootstrap;

import io.micronaut.context.annotation.Factory;
import io.spendvault.application.analytics.SpendingAnalyticsService;
import io.spendvault.domain.analytics.port.SpendingAnalytics;
import io.spendvault.domain.settings.port.SettingsRepository;
import io.spendvault.domain.spending.port.PurchaseRepository;
import io.spendvault.domain.spending.port.WarrantyRepository;
import jakarta.inject.Singleton;

import java.time.Clock;

/** Builds the analytics use cases. */
@Factory
class AnalyticsFactory {

    @Singleton
    SpendingAnalyticsService spendingAnalytics(SpendingAnalytics analytics, PurchaseRepository purchases, WarrantyRepository warranties,
                                               SettingsRepository settings, Clock clock) {
        return new SpendingAnalyticsService(analytics, purchases, warranties, settings, clock);
    }
}
