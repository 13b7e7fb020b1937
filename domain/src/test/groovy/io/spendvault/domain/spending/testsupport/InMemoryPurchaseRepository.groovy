package io.spendvault.domain.spending.testsupport

import io.spendvault.domain.common.Page
import io.spendvault.domain.identity.UserId
import io.spendvault.domain.spending.Purchase
import io.spendvault.domain.spending.PurchaseCursor
import io.spendvault.domain.spending.PurchaseDetails
import io.spendvault.domain.spending.PurchaseId
import io.spendvault.domain.spending.PurchaseOverview
import io.spendvault.domain.spending.PurchaseQuery
import io.spendvault.domain.spending.VendorId
import io.spendvault.domain.spending.VendorKind
import io.spendvault.domain.spending.VendorRef
import io.spendvault.domain.spending.WarrantyStatus
import io.spendvault.domain.spending.WarrantySummary
import io.spendvault.domain.spending.port.PurchaseRepository

import java.time.LocalDate
import java.util.function.Consumer

/**
 * Purchases in memory, wired to the other spending fakes for overviews and for the cascades the database
 * does (a deleted purchase takes its warranties and links with it).
 */
class InMemoryPurchaseRepository implements PurchaseRepository {

    final Map<PurchaseId, Purchase> purchases = [:]
    final InMemoryVendorRepository vendors
    final InMemoryWarrantyRepository warranties
    final InMemoryAttachmentRepository attachments

    InMemoryPurchaseRepository(InMemoryVendorRepository vendors, InMemoryWarrantyRepository warranties,
                               InMemoryAttachmentRepository attachments) {
        this.vendors = vendors
        this.warranties = warranties
        this.attachments = attachments
        warranties.purchases = this
        attachments.purchases = this
    }

    @Override
    void insert(Purchase purchase) { purchases[purchase.id()] = purchase }

    @Override
    void insertAll(List<Purchase> batch) { batch.each { insert(it) } }

    @Override
    void update(Purchase purchase) { purchases[purchase.id()] = purchase }

    @Override
    Optional<Purchase> findById(PurchaseId id) { Optional.ofNullable(purchases[id]) }

    @Override
    Optional<Purchase> lockById(PurchaseId id) { findById(id) }

    @Override
    Optional<PurchaseOverview> overview(PurchaseId id, LocalDate today) { findById(id).map { overviewOf(it, today) } }

    @Override
    Page<PurchaseOverview> list(UserId owner, PurchaseQuery query, LocalDate today) {
        def matching = purchases.values().findAll { it.owner() == owner && matches(it, query) }
        Comparator<Purchase> order = switch (query.sort().by()) {
            case PurchaseQuery.SortBy.PURCHASE_DATE -> Comparator.comparing { Purchase p -> p.details().purchaseDate() }
            case PurchaseQuery.SortBy.PRICE -> Comparator.comparing { Purchase p -> p.details().price().amount() }
            case PurchaseQuery.SortBy.PRODUCT_NAME -> Comparator.comparing { Purchase p -> p.details().productName().toLowerCase() }
            case PurchaseQuery.SortBy.CREATED_AT -> Comparator.comparing { Purchase p -> p.createdAt() }
            case PurchaseQuery.SortBy.SPENT -> Comparator.comparing { Purchase p -> p.details().price().amount() * p.details().quantity() }
            case PurchaseQuery.SortBy.RETURN_DEADLINE -> Comparator.comparing { Purchase p -> p.details().returnDeadline() }
        }
        order = order.thenComparing { Purchase p -> p.id() }
        order = query.sort().ascending() ? order : order.reversed()
        if (query.sort().by() == PurchaseQuery.SortBy.RETURN_DEADLINE) {
            // without a deadline last, whichever the direction
            order = Comparator.comparing({ Purchase p -> p.details().returnDeadline() == null }).thenComparing(order)
        }
        def sorted = matching.sort(false, order)
        def continuing = query.after() == null ? sorted : sorted.findAll { comesAfter(it, query.after(), query.sort().ascending()) }
        new Page<>(continuing.drop((int) query.page().offset()).take(query.page().size()).collect { overviewOf(it, today) },
                sorted.size(), query.page())
    }

    /** Whether {@code purchase} comes after the cursor's purchase in the list's order: key first, then id. */
    private static boolean comesAfter(Purchase purchase, PurchaseCursor cursor, boolean ascending) {
        def key = PurchaseCursor.after(purchase, cursor.by()).key()
        int byKey = cursor.by() == PurchaseQuery.SortBy.PRODUCT_NAME
                ? (key as String).toLowerCase() <=> (cursor.key() as String).toLowerCase()
                : key <=> cursor.key()
        int position = byKey != 0 ? byKey : purchase.id() <=> cursor.id()
        ascending ? position > 0 : position < 0
    }

    @Override
    boolean delete(PurchaseId id) {
        warranties.of(id).each { warranties.delete(it.id()) }
        attachments.links.removeIf { it.purchaseId() == id }
        purchases.remove(id) != null
    }

    @Override
    Optional<PurchaseId> findDuplicate(UserId owner, PurchaseDetails details) {
        Optional.ofNullable(purchases.values().findAll {
            def d = it.details()
            it.owner() == owner && d.productName() == details.productName() && d.purchaseDate() == details.purchaseDate() &&
                    d.price().amount().compareTo(details.price().amount()) == 0 && d.price().currency() == details.price().currency() &&
                    d.serialNumber() == details.serialNumber()
        }.min { a, b -> a.createdAt() <=> b.createdAt() ?: a.id().value() <=> b.id().value() }?.id())
    }

    @Override
    void forEachOf(UserId owner, LocalDate today, Consumer<PurchaseOverview> each) {
        purchases.values().findAll { it.owner() == owner }
                .sort { a, b -> a.createdAt() <=> b.createdAt() ?: a.id().value() <=> b.id().value() }
                .each { each.accept(overviewOf(it, today)) }
    }

    @Override
    long deleteAllOf(UserId owner) {
        def own = purchases.values().findAll { it.owner() == owner }
        own.each { delete(it.id()) }
        own.size()
    }

    @Override
    long countUsing(VendorId vendor) {
        purchases.values().count { (vendor.kind() == VendorKind.RETAILER ? it.details().retailerId() : it.details().brandId()) == vendor }
    }

    private static boolean matches(Purchase purchase, PurchaseQuery query) {
        def details = purchase.details()
        def text = [details.productName(), details.notes(), details.modelNumber(), details.serialNumber()].findAll().join(' ').toLowerCase()
        (query.search() == null || text.contains(query.search().toLowerCase())) &&
                (query.retailerId() == null || details.retailerId() == query.retailerId()) &&
                (query.brandId() == null || details.brandId() == query.brandId()) &&
                (query.category() == null || details.category()?.equalsIgnoreCase(query.category())) &&
                (query.tag() == null || details.tags().values().contains(query.tag())) &&
                (query.dateFrom() == null || !details.purchaseDate().isBefore(query.dateFrom())) &&
                (query.dateTo() == null || !details.purchaseDate().isAfter(query.dateTo())) &&
                (query.returnDeadlineFrom() == null || details.returnDeadline() != null && !details.returnDeadline().isBefore(query.returnDeadlineFrom())) &&
                (query.returnDeadlineTo() == null || details.returnDeadline() != null && !details.returnDeadline().isAfter(query.returnDeadlineTo())) &&
                (query.minPrice() == null || details.price().amount() >= query.minPrice()) &&
                (query.maxPrice() == null || details.price().amount() <= query.maxPrice()) &&
                (query.taxDeductible() == null || details.taxDeductible() == query.taxDeductible()) &&
                (query.currency() == null || details.price().currency() == query.currency())
    }

    private PurchaseOverview overviewOf(Purchase purchase, LocalDate today) {
        def all = warranties.of(purchase.id())
        def current = all.sort(false) { a, b ->
            (a.details().status() == WarrantyStatus.VOIDED) <=> (b.details().status() == WarrantyStatus.VOIDED) ?:
                    b.details().warrantyEnd() <=> a.details().warrantyEnd() ?: a.id() <=> b.id()
        }.find()
        def ref = { VendorId id -> id == null ? null : vendors.findById(id).map { new VendorRef(it.id(), it.name()) }.orElse(null) }
        new PurchaseOverview(purchase, ref(purchase.details().retailerId()), ref(purchase.details().brandId()),
                current == null ? null : new WarrantySummary(current.id(), current.details().warrantyEnd(), current.statusOn(today), all.size()),
                attachments.of(purchase.id()).size())
    }
}
