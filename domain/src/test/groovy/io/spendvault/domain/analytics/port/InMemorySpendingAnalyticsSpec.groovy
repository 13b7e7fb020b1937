package io.spendvault.domain.analytics.port

import io.spendvault.domain.analytics.testsupport.InMemorySpendingAnalytics
import io.spendvault.domain.identity.UserId
import io.spendvault.domain.spending.testsupport.InMemoryAttachmentRepository
import io.spendvault.domain.spending.testsupport.InMemoryPurchaseRepository
import io.spendvault.domain.spending.testsupport.InMemoryVendorRepository
import io.spendvault.domain.spending.testsupport.InMemoryWarrantyRepository

/** The definition checked against hand-computed figures (and trivially against itself on generated data). */
class InMemorySpendingAnalyticsSpec extends SpendingAnalyticsContract {

    @Override
    Subject createSubject() {
        def vendors = new InMemoryVendorRepository()
        def warranties = new InMemoryWarrantyRepository()
        def purchases = new InMemoryPurchaseRepository(vendors, warranties, new InMemoryAttachmentRepository())
        new Subject(purchases: purchases, warranties: warranties, vendors: vendors, analytics: new InMemorySpendingAnalytics(purchases))
    }

    @Override
    UserId existingUser() { UserId.random() }
}
