package io.spendvault.adapters.persistence.analytics

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.micronaut.test.support.TestPropertyProvider
import io.spendvault.adapters.persistence.identity.IdentityTables
import io.spendvault.adapters.persistence.identity.PostgresUserRepository
import io.spendvault.adapters.persistence.identity.TestUsers
import io.spendvault.adapters.persistence.spending.PostgresPurchaseRepository
import io.spendvault.adapters.persistence.spending.PostgresVendorRepository
import io.spendvault.adapters.persistence.spending.PostgresWarrantyRepository
import io.spendvault.adapters.persistence.testsupport.PostgresTestServer
import io.spendvault.domain.analytics.port.SpendingAnalyticsContract
import io.spendvault.domain.identity.UserId
import jakarta.inject.Inject

/** The analytics contract on PostgreSQL: the SQL must give exactly what the in-memory definition gives. */
@MicronautTest(transactional = false)
class PostgresSpendingAnalyticsSpec extends SpendingAnalyticsContract implements TestPropertyProvider {

    @Inject PostgresPurchaseRepository purchases
    @Inject PostgresWarrantyRepository warranties
    @Inject PostgresVendorRepository vendors
    @Inject PostgresUserRepository users
    @Inject PostgresSpendingAnalytics analytics

    @Override
    Map<String, String> getProperties() {
        PostgresTestServer.get().micronautProperties()
    }

    @Override
    Subject createSubject() {
        IdentityTables.clear()
        new Subject(purchases: purchases, warranties: warranties, vendors: vendors, analytics: analytics)
    }

    @Override
    UserId existingUser() {
        TestUsers.insertOne(users)
    }
}
