package io.spendvault.domain.analytics.testsupport

import io.spendvault.domain.analytics.AnalyticsScope
import io.spendvault.domain.analytics.Amounts
import io.spendvault.domain.analytics.CurrencySpending
import io.spendvault.domain.analytics.DeductiblePurchase
import io.spendvault.domain.analytics.Granularity
import io.spendvault.domain.analytics.GroupSpending
import io.spendvault.domain.analytics.PeriodSeries
import io.spendvault.domain.analytics.MonthlySeries
import io.spendvault.domain.analytics.GroupedSpending
import io.spendvault.domain.analytics.MonthlySpending
import io.spendvault.domain.analytics.PeriodSpending
import io.spendvault.domain.analytics.SpendingSummary
import io.spendvault.domain.analytics.TaxDeductions
import io.spendvault.domain.analytics.WarrantyBreakdown
import io.spendvault.domain.analytics.WarrantyMonth
import io.spendvault.domain.analytics.ExpiringWarranty
import io.spendvault.domain.analytics.port.SpendingAnalytics
import io.spendvault.domain.settings.CurrencyCode
import io.spendvault.domain.spending.Purchase
import io.spendvault.domain.spending.VendorKind
import io.spendvault.domain.spending.WarrantyStatus
import io.spendvault.domain.spending.testsupport.InMemoryPurchaseRepository

import java.time.LocalDate
import java.time.YearMonth

/**
 * {@link SpendingAnalytics} over the in-memory spending repositories, written as plainly as possible: the
 * executable definition of every figure, which the PostgreSQL adapter must agree with (the contract spec).
 */
class InMemorySpendingAnalytics implements SpendingAnalytics {

    final InMemoryPurchaseRepository purchases

    InMemorySpendingAnalytics(InMemoryPurchaseRepository purchases) {
        this.purchases = purchases
    }

    @Override
    SpendingSummary summary(AnalyticsScope scope, LocalDate today, int expiringWithinDays) {
        def all = inScope(scope)
        def money = all.findAll { inCurrency(it, scope.currency()) }
        def deductible = all.findAll { it.details().taxDeductible() }
        def ids = all*.id() as Set
        def statuses = purchases.warranties.warranties.values().findAll { ids.contains(it.details().purchaseId()) }
        def counts = new SpendingSummary.WarrantyCounts(
                statuses.count { it.statusOn(today) == WarrantyStatus.ACTIVE },
                statuses.count { it.statusOn(today) == WarrantyStatus.ACTIVE && !it.details().warrantyEnd().isAfter(today.plusDays(expiringWithinDays)) },
                statuses.count { it.statusOn(today) == WarrantyStatus.EXPIRED },
                statuses.count { it.statusOn(today) == WarrantyStatus.VOIDED })
        new SpendingSummary(spent(money, scope.currency()), Amounts.average(priceSum(money), money.size(), scope.currency()),
                all.size(), deductible.size(), spent(deductible.findAll { inCurrency(it, scope.currency()) }, scope.currency()), counts,
                others(all, scope.currency()))
    }

    @Override
    MonthlySeries monthly(AnalyticsScope scope, YearMonth first, YearMonth last) {
        def all = inScope(scope)
        def months = []
        def shown = []
        for (def month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            def those = all.findAll { YearMonth.from(it.details().purchaseDate()) == month }
            shown.addAll(those)
            months << new MonthlySpending(month, spent(those.findAll { inCurrency(it, scope.currency()) }, scope.currency()), those.size())
        }
        new MonthlySeries(months, others(shown, scope.currency()))
    }

    @Override
    GroupedSpending categories(AnalyticsScope scope) {
        grouped(scope, { Purchase p -> p.details().category()?.toLowerCase(Locale.ROOT) }, { Purchase p -> p.details().category() },
                BY_TOTAL, Integer.MAX_VALUE)
    }

    @Override
    GroupedSpending vendors(AnalyticsScope scope, VendorKind kind, int limit) {
        // a deleted vendor no longer names its purchases' vendor (PostgreSQL sets the reference null)
        def vendorOf = { Purchase p ->
            def id = kind == VendorKind.RETAILER ? p.details().retailerId() : p.details().brandId()
            id == null ? Optional.empty() : purchases.vendors.findById(id)
        }
        def idOf = { Purchase p -> vendorOf(p).map { it.id().value().toString() }.orElse(null) }
        def nameOf = { Purchase p -> vendorOf(p).map { it.name() }.orElse(null) }
        grouped(scope, idOf, nameOf, BY_TOTAL, limit)
    }

    @Override
    GroupedSpending topProducts(AnalyticsScope scope, int limit) {
        grouped(scope, { Purchase p -> trimmed(p.details().productName()).toLowerCase(Locale.ROOT) },
                { Purchase p -> trimmed(p.details().productName()) }, BY_COUNT, limit)
    }

    @Override
    PeriodSeries byPeriod(AnalyticsScope scope, LocalDate start, LocalDate end, Granularity granularity) {
        def all = inScope(scope)
        def periods = []
        def shown = []
        for (def period = granularity.startOf(start); !period.isAfter(end); period = granularity.next(period)) {
            def from = period
            def those = all.findAll { granularity.startOf(it.details().purchaseDate()) == from }
            shown.addAll(those)
            periods << new PeriodSpending(period, spent(those.findAll { inCurrency(it, scope.currency()) }, scope.currency()), those.size())
        }
        def money = shown.findAll { inCurrency(it, scope.currency()) }
        new PeriodSeries(periods, spent(money, scope.currency()), shown.size(), Amounts.average(priceSum(money), money.size(), scope.currency()),
                others(shown, scope.currency()))
    }

    @Override
    WarrantyBreakdown warranties(AnalyticsScope scope, LocalDate today, int days) {
        def ids = inScope(scope)*.id() as Set
        def all = purchases.warranties.warranties.values().findAll { ids.contains(it.details().purchaseId()) }
        def active = all.findAll { it.statusOn(today) == WarrantyStatus.ACTIVE }
        def within = { int horizon -> active.count { !it.details().warrantyEnd().isAfter(today.plusDays(horizon)) } as long }
        new WarrantyBreakdown(active.size(), all.count { it.statusOn(today) == WarrantyStatus.EXPIRED },
                all.count { it.statusOn(today) == WarrantyStatus.VOIDED }, within(days), within(30), within(60), within(90), all.size())
    }

    @Override
    List<WarrantyMonth> warrantyTimeline(AnalyticsScope scope, LocalDate today, YearMonth first, YearMonth last, int perMonth) {
        def byId = inScope(scope).collectEntries { [(it.id()): it] }
        def ending = purchases.warranties.warranties.values().findAll {
            byId.containsKey(it.details().purchaseId()) && it.details().status() == WarrantyStatus.ACTIVE && !it.details().warrantyEnd().isBefore(today)
        }.sort { a, b -> a.details().warrantyEnd() <=> b.details().warrantyEnd() ?: a.id().value().toString() <=> b.id().value().toString() }
        def months = []
        for (def month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            def those = ending.findAll { YearMonth.from(it.details().warrantyEnd()) == month }
            def listed = those.size() <= perMonth ? those : those.subList(0, perMonth)
            months << new WarrantyMonth(month, those.size(), listed.collect {
                new ExpiringWarranty(it.id(), it.details().purchaseId(), byId[it.details().purchaseId()].details().productName(), it.details().warrantyEnd())
            })
        }
        months
    }

    @Override
    TaxDeductions taxDeductions(AnalyticsScope scope) {
        def deductible = inScope(scope).findAll { it.details().taxDeductible() }
        def mine = deductible.findAll { inCurrency(it, scope.currency()) }
        def byCategory = mine.groupBy { it.details().category()?.toLowerCase(Locale.ROOT) }.collect { String key, List<Purchase> those ->
            new GroupSpending(key, key == null ? null : newest(those).details().category(), those.size(), spent(those, scope.currency()),
                    Amounts.average(priceSum(those), those.size(), scope.currency()))
        }.sort(false, BY_TOTAL)
        def items = mine.sort(false) { a, b ->
            a.details().purchaseDate() <=> b.details().purchaseDate() ?: a.createdAt() <=> b.createdAt() ?: a.id().value().toString() <=> b.id().value().toString()
        }.collect { Purchase p ->
            def retailer = p.details().retailerId() == null ? Optional.empty() : purchases.vendors.findById(p.details().retailerId())
            new DeductiblePurchase(p.id(), p.details().purchaseDate(), p.details().productName(), p.details().category(),
                    retailer.map { it.name() }.orElse(null), p.details().quantity(), p.details().price().amount(),
                    spent([p], scope.currency()), purchases.attachments.of(p.id()).size())
        }
        new TaxDeductions(spent(mine, scope.currency()), mine.size(), byCategory, items, others(deductible, scope.currency()))
    }

    /** The spending of {@code those} in every currency but {@code currency}, by currency code. */
    private static List<CurrencySpending> others(Collection<Purchase> those, CurrencyCode currency) {
        those.findAll { !inCurrency(it, currency) }
                .groupBy { it.details().price().currency() }
                .collect { CurrencyCode other, List<Purchase> them -> new CurrencySpending(other, them.size(), spent(them, other)) }
                .sort { it.currency().value() }
    }

    static final Comparator<GroupSpending> BY_TOTAL = Comparator.comparing({ GroupSpending g -> g.total() }).reversed()
            .thenComparing(Comparator.comparingLong({ GroupSpending g -> g.count() }).reversed())
            .thenComparing({ GroupSpending g -> g.key() }, Comparator.nullsLast(Comparator.naturalOrder()))
    static final Comparator<GroupSpending> BY_COUNT = Comparator.comparingLong({ GroupSpending g -> g.count() }).reversed()
            .thenComparing(Comparator.comparing({ GroupSpending g -> g.total() }).reversed())
            .thenComparing({ GroupSpending g -> g.key() }, Comparator.nullsLast(Comparator.naturalOrder()))

    private GroupedSpending grouped(AnalyticsScope scope, Closure<String> keyOf, Closure<String> nameOf,
                                    Comparator<GroupSpending> order, int limit) {
        def all = inScope(scope)
        def groups = all.groupBy(keyOf).collect { String key, List<Purchase> those ->
            def money = those.findAll { inCurrency(it, scope.currency()) }
            new GroupSpending(key, key == null ? null : nameOf(newest(those)), those.size(), spent(money, scope.currency()),
                    Amounts.average(priceSum(money), money.size(), scope.currency()))
        }.sort(false, order)
        new GroupedSpending(groups.size() <= limit ? groups : groups.subList(0, limit),
                spent(all.findAll { inCurrency(it, scope.currency()) }, scope.currency()), others(all, scope.currency()))
    }

    /** The most recently created of {@code those}: its spelling names their group. */
    private static Purchase newest(List<Purchase> those) {
        those.max { a, b -> a.createdAt() <=> b.createdAt() ?: a.id().value().toString() <=> b.id().value().toString() }
    }

    /** Without surrounding spaces, tabs and line breaks (what PostgreSQL's btrim with those characters removes). */
    static String trimmed(String name) {
        name.replaceAll(/^[ \t\r\n]+|[ \t\r\n]+$/, '')
    }

    private List<Purchase> inScope(AnalyticsScope scope) {
        purchases.purchases.values().findAll { it.owner() == scope.owner() && scope.covers(it.details().purchaseDate()) } as List<Purchase>
    }

    private static boolean inCurrency(Purchase purchase, CurrencyCode currency) {
        purchase.details().price().currency() == currency
    }

    private static BigDecimal spent(Collection<Purchase> those, CurrencyCode currency) {
        Amounts.exact(those.sum(BigDecimal.ZERO) { it.details().price().amount() * it.details().quantity() } as BigDecimal, currency)
    }

    private static BigDecimal priceSum(Collection<Purchase> those) {
        those.sum(BigDecimal.ZERO) { it.details().price().amount() } as BigDecimal
    }
}
