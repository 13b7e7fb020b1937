package io.spendvault.adapters.rest.analytics;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.spendvault.adapters.rest.spending.PurchaseResponse;
import io.spendvault.adapters.rest.spending.WarrantyResponse;
import io.spendvault.application.analytics.port.in.AnalyticsViews;
import io.spendvault.domain.analytics.CurrencySpending;
import io.spendvault.domain.analytics.DeductiblePurchase;
import io.spendvault.domain.analytics.MonthlySpending;
import io.spendvault.domain.analytics.PeriodSeries;
import io.spendvault.domain.analytics.SpendingSummary;
import io.spendvault.domain.analytics.TaxDeductions;
import io.spendvault.domain.analytics.WarrantyBreakdown;
import io.spendvault.domain.analytics.WarrantyMonth;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The analytics answers as the API writes them. Money is a decimal string at the currency's minor units
 * (named by {@code currency_code}), so no client turns it into a binary float; percentages are numbers.
 */
final class AnalyticsResponses {

    private AnalyticsResponses() {
    }

    @Serdeable
    record OtherCurrency(@Schema(example = "JPY") String currencyCode, @Schema(example = "2") long itemCount,
                         @Schema(type = "string", format = "decimal", example = "2400") String totalSpent) {
        static List<OtherCurrency> of(List<CurrencySpending> others) {
            return others.stream().map(o -> new OtherCurrency(o.currency().value(), o.itemCount(), o.totalSpent().toPlainString())).toList();
        }
    }

    @Serdeable
    record Summary(@Schema(example = "EUR") String currencyCode,
                   @Schema(type = "string", format = "decimal", example = "1245.50", description = "price × quantity") String totalSpent,
                   @Nullable @Schema(type = "string", format = "decimal", example = "36.68", description = "of unit prices, half-even; null without purchases") String avgPrice,
                   @Schema(example = "5", description = "purchases in every currency") long totalItems,
                   @Schema(example = "1") long activeWarranties, @Schema(example = "1", description = "active, ending within `days`") long expiringWarranties,
                   @Schema(example = "0") long expiredWarranties, @Schema(example = "0") long voidedWarranties, @Schema(example = "1") long taxDeductibleCount,
                   @Schema(type = "string", format = "decimal", example = "30.00") String taxDeductibleTotal, List<OtherCurrency> otherCurrencies) {
        static Summary of(AnalyticsViews.Summary view) {
            SpendingSummary f = view.figures();
            return new Summary(view.currency().value(), f.totalSpent().toPlainString(), text(f.averagePrice()), f.totalItems(),
                    f.warranties().active(), f.warranties().expiring(), f.warranties().expired(), f.warranties().voided(),
                    f.taxDeductibleCount(), f.taxDeductibleTotal().toPlainString(), OtherCurrency.of(view.otherCurrencies()));
        }
    }

    @Serdeable
    record Month(@Schema(example = "2025-09") String month, @Schema(type = "string", format = "decimal", example = "412.50") String totalAmount,
                 @Schema(example = "7", description = "purchases in every currency") long itemCount) {
        static Month of(MonthlySpending month) {
            return new Month(month.month().toString(), month.total().toPlainString(), month.itemCount());
        }
    }

    @Serdeable
    record Spending(@Schema(example = "EUR") String currencyCode, List<Month> spendingOverTime, List<OtherCurrency> otherCurrencies) {
        static Spending of(AnalyticsViews.Monthly view) {
            return new Spending(view.currency().value(), view.months().stream().map(Month::of).toList(), OtherCurrency.of(view.otherCurrencies()));
        }
    }

    @Serdeable
    record Category(@Nullable @Schema(example = "Kitchen") String name, @Schema(example = "12") long count,
                    @Schema(type = "string", format = "decimal", example = "845.20") String totalSpent,
                    @Schema(example = "37.5", description = "share of the money spent in the currency, one decimal") BigDecimal percentage) {
        static Category of(AnalyticsViews.Share share) {
            return new Category(share.group().name(), share.group().count(), share.group().total().toPlainString(), share.percentage());
        }
    }

    @Serdeable
    record Categories(@Schema(example = "EUR") String currencyCode, List<Category> categories, List<OtherCurrency> otherCurrencies) {
        static Categories of(AnalyticsViews.Groups view) {
            return new Categories(view.currency().value(), view.groups().stream().map(Category::of).toList(),
                    OtherCurrency.of(view.otherCurrencies()));
        }
    }

    @Serdeable
    record Vendor(@Nullable UUID id, @Nullable @Schema(example = "Corner Shop") String name, @Schema(example = "9") long count,
                  @Schema(example = "21.4") BigDecimal percentage, @Schema(type = "string", format = "decimal", example = "482.10") String totalSpent) {
        static List<Vendor> of(AnalyticsViews.Groups view) {
            return view.groups().stream().map(s -> new Vendor(s.group().key() == null ? null : UUID.fromString(s.group().key()),
                    s.group().name(), s.group().count(), s.percentage(), s.group().total().toPlainString())).toList();
        }
    }

    @Serdeable
    record Retailers(@Schema(example = "EUR") String currencyCode, List<Vendor> retailers, List<OtherCurrency> otherCurrencies) {
        static Retailers of(AnalyticsViews.Groups view) {
            return new Retailers(view.currency().value(), Vendor.of(view), OtherCurrency.of(view.otherCurrencies()));
        }
    }

    @Serdeable
    record Brands(@Schema(example = "EUR") String currencyCode, List<Vendor> brands, List<OtherCurrency> otherCurrencies) {
        static Brands of(AnalyticsViews.Groups view) {
            return new Brands(view.currency().value(), Vendor.of(view), OtherCurrency.of(view.otherCurrencies()));
        }
    }

    @Serdeable
    record Product(@Schema(example = "Coffee beans") String productName, @Schema(example = "24") long count,
                   @Schema(type = "string", format = "decimal", example = "311.76") String totalSpent,
                   @Nullable @Schema(type = "string", format = "decimal", example = "12.99") String avgPrice) {
    }

    @Serdeable
    record TopProducts(@Schema(example = "EUR") String currencyCode, List<Product> topProducts, List<OtherCurrency> otherCurrencies) {
        static TopProducts of(AnalyticsViews.Groups view) {
            return new TopProducts(view.currency().value(), view.groups().stream()
                    .map(s -> new Product(s.group().name(), s.group().count(), s.group().total().toPlainString(), text(s.group().averagePrice())))
                    .toList(), OtherCurrency.of(view.otherCurrencies()));
        }
    }

    private static String text(BigDecimal amount) {
        return amount == null ? null : amount.toPlainString();
    }

    @Serdeable
    record Period(@Schema(example = "2025-W37", description = "2025-09-14, 2025-W37 (ISO week), 2025-09 or 2025") String period,
                  @Schema(type = "string", format = "decimal", example = "96.40") String totalAmount, @Schema(example = "3") long itemCount) {
    }

    @Serdeable
    record ByPeriod(@Schema(example = "EUR") String currencyCode, @Schema(example = "2025-09-01") LocalDate startDate,
                    @Schema(example = "2025-09-30") LocalDate endDate, @Schema(type = "string", format = "decimal", example = "412.50") String totalAmount,
                    @Schema(example = "7") long itemCount, @Nullable @Schema(type = "string", format = "decimal", example = "58.93") String avgPrice, List<Period> periods,
                    List<OtherCurrency> otherCurrencies) {
        static ByPeriod of(AnalyticsViews.Periods view) {
            PeriodSeries series = view.series();
            return new ByPeriod(view.currency().value(), view.start(), view.end(), series.total().toPlainString(), series.itemCount(),
                    text(series.averagePrice()), series.periods().stream()
                    .map(p -> new Period(view.granularity().label(p.start()), p.total().toPlainString(), p.itemCount())).toList(),
                    OtherCurrency.of(series.otherCurrencies()));
        }
    }

    @Serdeable
    record WarrantySummary(@Schema(example = "14") long active, @Schema(example = "31") long expired, @Schema(example = "2") long voided,
                           @Schema(example = "1", description = "active, ending within `days` (inclusive)") long expiringWithinDays,
                           // the naming strategy would write expiring_in30_days
                           @JsonProperty("expiring_in_30_days") @Schema(example = "1") long expiringIn30Days,
                           @JsonProperty("expiring_in_60_days") @Schema(example = "3") long expiringIn60Days,
                           @JsonProperty("expiring_in_90_days") @Schema(example = "4") long expiringIn90Days,
                           @Schema(example = "47") long total) {
        static WarrantySummary of(WarrantyBreakdown b) {
            return new WarrantySummary(b.active(), b.expired(), b.voided(), b.expiringWithinDays(), b.expiringIn30Days(),
                    b.expiringIn60Days(), b.expiringIn90Days(), b.total());
        }
    }

    @Serdeable
    record ExpiringWarranty(UUID id, UUID purchaseId, @Schema(example = "Cordless drill") String productName,
                            @Schema(example = "2026-04-18") LocalDate warrantyEnd) {
    }

    @Serdeable
    record TimelineMonth(@Schema(example = "2026-04") String month, @Schema(example = "2") long expiringCount,
                         @Schema(description = "the first 20 by end date") List<ExpiringWarranty> warranties) {
    }

    @Serdeable
    record Timeline(List<TimelineMonth> timeline) {
        static Timeline of(List<WarrantyMonth> months) {
            return new Timeline(months.stream().map(m -> new TimelineMonth(m.month().toString(), m.expiringCount(),
                    m.warranties().stream().map(w -> new ExpiringWarranty(w.id().value(), w.purchaseId().value(), w.productName(),
                            w.warrantyEnd())).toList())).toList());
        }
    }

    @Serdeable
    record DeductibleItem(UUID id, @Schema(example = "2025-03-10") LocalDate purchaseDate, @Schema(example = "Desk") String productName,
                          @Nullable @Schema(example = "Office") String category, @Nullable @Schema(example = "Office World") String retailerName,
                          @Schema(example = "1") int quantity, @Schema(type = "string", format = "decimal", example = "199.99", description = "unit price") String price,
                          @Schema(type = "string", format = "decimal", example = "199.99", description = "price × quantity") String totalSpent,
                          @Schema(example = "1", description = "files attached (receipts and others)") long attachmentsCount) {
        static DeductibleItem of(DeductiblePurchase p) {
            return new DeductibleItem(p.id().value(), p.purchaseDate(), p.productName(), p.category(), p.retailerName(), p.quantity(),
                    p.price().toPlainString(), p.spent().toPlainString(), p.attachmentCount());
        }
    }

    @Serdeable
    record Tax(@Schema(example = "2025") int year, @Schema(example = "EUR") String currencyCode, @Schema(type = "string", format = "decimal", example = "218.99") String taxDeductibleTotal,
               @Schema(example = "3", description = "deductible purchases in the currency") long itemCount,
               @Schema(description = "counts and totals in the currency; share of the deductible total") List<Category> byCategory,
               @Schema(description = "by purchase date, then as recorded") List<DeductibleItem> items, List<OtherCurrency> otherCurrencies) {
        static Tax of(AnalyticsViews.Tax view) {
            TaxDeductions d = view.deductions();
            return new Tax(view.year().getValue(), view.currency().value(), d.total().toPlainString(), d.itemCount(),
                    view.byCategory().stream().map(Category::of).toList(),
                    d.items().stream().map(DeductibleItem::of).toList(), OtherCurrency.of(d.otherCurrencies()));
        }
    }

    /** Purchases picked by a figure, in the shape {@code /purchases} uses; {@code currency_code} null: every currency. */
    @Serdeable
    record Purchases(@Nullable @Schema(example = "EUR") String currencyCode, List<PurchaseResponse> purchases) {
        static Purchases of(AnalyticsViews.Purchases view) {
            return new Purchases(view.currency() == null ? null : view.currency().value(),
                    view.purchases().stream().map(PurchaseResponse::of).toList());
        }
    }

    /** Warranties in the shape {@code /warranties} uses. */
    @Serdeable
    record Warranties(List<WarrantyResponse> warranties) {
    }
}
