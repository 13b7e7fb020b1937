package io.spendvault.domain.spending.testsupport

import io.spendvault.domain.common.Page
import io.spendvault.domain.common.PageRequest
import io.spendvault.domain.identity.UserId
import io.spendvault.domain.spending.PurchaseId
import io.spendvault.domain.spending.PurchaseRef
import io.spendvault.domain.spending.Warranty
import io.spendvault.domain.spending.WarrantyId
import io.spendvault.domain.spending.WarrantyOverview
import io.spendvault.domain.spending.WarrantyStatus
import io.spendvault.domain.spending.port.WarrantyRepository

import java.time.LocalDate
import java.util.function.Consumer

/** Warranty records in memory; {@link InMemoryPurchaseRepository} deletes those of a deleted purchase. */
class InMemoryWarrantyRepository implements WarrantyRepository {

    final Map<WarrantyId, Warranty> warranties = [:]
    InMemoryPurchaseRepository purchases

    @Override
    void insert(Warranty warranty) { warranties[warranty.id()] = warranty }

    @Override
    void insertAll(List<Warranty> batch) { batch.each { insert(it) } }

    @Override
    void update(Warranty warranty) { warranties[warranty.id()] = warranty }

    @Override
    Optional<Warranty> findById(WarrantyId id) { Optional.ofNullable(warranties[id]) }

    @Override
    Optional<WarrantyOverview> overview(WarrantyId id, LocalDate today) { findById(id).map { overviewOf(it, today) } }

    @Override
    Page<WarrantyOverview> recent(UserId owner, LocalDate today, PageRequest page) {
        pageOf(warranties.values().findAll { it.owner() == owner }
                .sort { a, b -> b.createdAt() <=> a.createdAt() ?: b.id() <=> a.id() }, today, page)
    }

    @Override
    Page<WarrantyOverview> list(UserId owner, PurchaseId purchase, WarrantyStatus status, LocalDate today, PageRequest page) {
        pageOf(warranties.values().findAll {
            it.owner() == owner && (purchase == null || it.details().purchaseId() == purchase) && (status == null || it.statusOn(today) == status)
        }
                .sort { a, b -> b.details().warrantyEnd() <=> a.details().warrantyEnd() ?: b.id() <=> a.id() }, today, page)
    }

    @Override
    Page<WarrantyOverview> expiring(UserId owner, LocalDate today, LocalDate lastDay, PageRequest page) {
        pageOf(warranties.values().findAll {
            it.owner() == owner && it.details().status() == WarrantyStatus.ACTIVE &&
                    !it.details().warrantyEnd().isBefore(today) && !it.details().warrantyEnd().isAfter(lastDay)
        }.sort { a, b -> a.details().warrantyEnd() <=> b.details().warrantyEnd() ?: a.id() <=> b.id() }, today, page)
    }

    @Override
    List<Warranty> notVoidedOf(PurchaseId purchaseId) {
        warranties.values().findAll { it.details().purchaseId() == purchaseId && it.details().status() != WarrantyStatus.VOIDED }
                .sort { a, b -> b.details().warrantyEnd() <=> a.details().warrantyEnd() ?: a.id() <=> b.id() }
    }

    @Override
    boolean delete(WarrantyId id) { warranties.remove(id) != null }

    @Override
    void forEachOf(UserId owner, LocalDate today, Consumer<WarrantyOverview> each) {
        warranties.values().findAll { it.owner() == owner }
                .sort { a, b -> a.createdAt() <=> b.createdAt() ?: a.id().value() <=> b.id().value() }
                .each { each.accept(overviewOf(it, today)) }
    }

    @Override
    long deleteAllOf(UserId owner) {
        def own = warranties.values().findAll { it.owner() == owner }
        own.each { warranties.remove(it.id()) }
        own.size()
    }

    List<Warranty> of(PurchaseId purchaseId) { warranties.values().findAll { it.details().purchaseId() == purchaseId } }

    private Page<WarrantyOverview> pageOf(List<Warranty> sorted, LocalDate today, PageRequest page) {
        new Page<>(sorted.drop((int) page.offset()).take(page.size()).collect { overviewOf(it, today) }, sorted.size(), page)
    }

    private WarrantyOverview overviewOf(Warranty warranty, LocalDate today) {
        def purchase = purchases.purchases[warranty.details().purchaseId()]
        new WarrantyOverview(warranty, warranty.statusOn(today),
                new PurchaseRef(purchase.id(), purchase.details().productName(), purchase.details().purchaseDate()))
    }
}
