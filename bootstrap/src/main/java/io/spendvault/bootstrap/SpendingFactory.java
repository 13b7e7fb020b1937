package io.spendvault.bootstrap;

import io.micronaut.context.annotation.Factory;
import io.spendvault.application.common.Transactions;
import io.spendvault.application.spending.VendorService;
import io.spendvault.domain.spending.port.VendorRepository;
import jakarta.inject.Singleton;

import java.time.Clock;

/** Builds the spending use cases. */
@Factory
class SpendingFactory {

    @Singleton
    VendorService vendorService(VendorRepository vendors, Transactions transactions, Clock clock) {
        return new VendorService(vendors, transactions, clock);
    }
}
