package io.spendvault.adapters.persistence.spending;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import io.spendvault.adapters.persistence.common.DatabaseAccess;
import io.spendvault.adapters.persistence.common.RowCursor;
import io.spendvault.adapters.persistence.common.SqlFilter;
import io.spendvault.domain.common.Page;
import io.spendvault.domain.common.RuleViolationException;
import io.spendvault.domain.identity.UserId;
import io.spendvault.domain.settings.CurrencyCode;
import io.spendvault.domain.spending.BrandId;
import io.spendvault.domain.spending.Money;
import io.spendvault.domain.spending.Purchase;
import io.spendvault.domain.spending.PurchaseCursor;
import io.spendvault.domain.spending.PurchaseDetails;
import io.spendvault.domain.spending.PurchaseId;
import io.spendvault.domain.spending.PurchaseOverview;
import io.spendvault.domain.spending.PurchaseQuery;
import io.spendvault.domain.spending.RetailerId;
import io.spendvault.domain.spending.Tags;
import io.spendvault.domain.spending.VendorId;
import io.spendvault.domain.spending.VendorKind;
import io.spendvault.domain.spending.VendorRef;
import io.spendvault.domain.spending.WarrantyId;
import io.spendvault.domain.spending.WarrantyStatus;
import io.spendvault.domain.spending.WarrantySummary;
import io.spendvault.domain.spending.port.PurchaseRepository;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * {@link PurchaseRepository} on PostgreSQL, in plain SQL. A list first counts, then reads one page off
 * the index of its sort order; only the rows of that page are joined with vendor names, their current
 * warranty and their attachment count.
 */
@Singleton
@DatabaseAccess
@Transactional
public class PostgresPurchaseRepository implements PurchaseRepository {

    private static final String COLUMNS = "p.id, p.user_id, p.product_name, p.price, p.currency_code, p.purchase_date, "
            + "p.category, p.retailer_id, p.brand_id, p.notes, p.tax_deductible, p.model_number, p.serial_number, "
            + "p.retailer_order_number, p.quantity, p.link, p.return_deadline, p.return_policy, p.tags, p.created_at, p.updated_at";

    /**
     * The purchase with what its overview shows; the current warranty is the latest-ending one not voided.
     * {@code %s} is the purchases the overview is for: the table, or a page of it.
     */
    private static final String OVERVIEW = "SELECT " + COLUMNS + ", r.name AS retailer_name, b.name AS brand_name, "
            + "w.id AS warranty_id, w.warranty_end, w.status AS warranty_status, "
            + "(SELECT count(*) FROM warranties c WHERE c.purchase_id = p.id) AS warranty_count, "
            + "(SELECT count(*) FROM purchase_files f WHERE f.purchase_id = p.id) AS attachments_count "
            + "FROM %s p "
            + "LEFT JOIN retailers r ON r.id = p.retailer_id "
            + "LEFT JOIN brands b ON b.id = p.brand_id "
            + "LEFT JOIN LATERAL (SELECT id, warranty_end, status FROM warranties x WHERE x.purchase_id = p.id "
            + "ORDER BY x.status = 'VOIDED', x.warranty_end DESC, x.id LIMIT 1) w ON true";

    /** Text searched by {@code search}; the same expression as the trigram index {@code purchases_search}. */
    private static final String SEARCH_TEXT = "lower(p.product_name || ' ' || coalesce(p.notes, '') || ' ' "
            + "|| coalesce(p.model_number, '') || ' ' || coalesce(p.serial_number, ''))";

    private static final String INSERT = "INSERT INTO purchases (product_name, price, currency_code, purchase_date, category, "
            + "retailer_id, brand_id, notes, tax_deductible, model_number, serial_number, retailer_order_number, quantity, link, "
            + "return_deadline, return_policy, tags, updated_at, id, user_id, created_at) VALUES ";

    /** 21 parameters a row: 500 rows stay far below the protocol's 32,767 parameters a statement. */
    static final int INSERT_BATCH = 500;

    private final JdbcOperations jdbc;

    PostgresPurchaseRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(Purchase purchase) {
        write(INSERT + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", purchase, statement -> {
            statement.setObject(20, purchase.owner().value());
            statement.setTimestamp(21, Timestamp.from(purchase.createdAt()));
        });
    }

    /**
     * One multi-row INSERT per {@value #INSERT_BATCH} purchases: the statement-level trigger that keeps the
     * counts (V9) then runs once per batch instead of once per row, which matters for an import of 100,000
     * in one transaction (each run updates the same count row again).
     */
    @Override
    public void insertAll(List<Purchase> purchases) {
        for (int from = 0; from < purchases.size(); from += INSERT_BATCH) {
            List<Purchase> batch = purchases.subList(from, Math.min(purchases.size(), from + INSERT_BATCH));
            String rows = String.join(", ", Collections.nCopies(batch.size(), "(" + "?, ".repeat(20) + "?)"));
            translatingMissingVendor(() -> jdbc.prepareStatement(INSERT + rows, statement -> {
                int offset = 0;
                for (Purchase purchase : batch) {
                    bind(statement, offset, purchase);
                    statement.setObject(offset + 20, purchase.owner().value());
                    statement.setTimestamp(offset + 21, Timestamp.from(purchase.createdAt()));
                    offset += 21;
                }
                return statement.executeUpdate();
            }));
        }
    }

    @Override
    public void update(Purchase purchase) {
        write("UPDATE purchases SET product_name = ?, price = ?, currency_code = ?, purchase_date = ?, category = ?, "
                + "retailer_id = ?, brand_id = ?, notes = ?, tax_deductible = ?, model_number = ?, serial_number = ?, "
                + "retailer_order_number = ?, quantity = ?, link = ?, return_deadline = ?, return_policy = ?, tags = ?, "
                + "updated_at = ? WHERE id = ?", purchase, statement -> {
        });
    }

    @Override
    public Optional<Purchase> findById(PurchaseId id) {
        return one("SELECT " + COLUMNS + " FROM purchases p WHERE p.id = ?", id);
    }

    @Override
    public Optional<Purchase> lockById(PurchaseId id) {
        return one("SELECT " + COLUMNS + " FROM purchases p WHERE p.id = ? FOR UPDATE", id);
    }

    @Override
    @Transactional(propagation = TransactionDefinition.Propagation.SUPPORTS) // one statement: no BEGIN/COMMIT of its own
    public Optional<PurchaseOverview> overview(PurchaseId id, LocalDate today) {
        return jdbc.prepareStatement(OVERVIEW.formatted("purchases") + " WHERE p.id = ?", statement -> {
            statement.setObject(1, id.value());
            ResultSet rows = statement.executeQuery();
            return rows.next() ? Optional.of(overview(rows, today)) : Optional.empty();
        });
    }

    @Override
    @Transactional(propagation = TransactionDefinition.Propagation.SUPPORTS) // one statement: no BEGIN/COMMIT of its own
    public Page<PurchaseOverview> list(UserId owner, PurchaseQuery query, LocalDate today) {
        SqlFilter filter = SqlFilter.where("p.user_id = ?", owner.value());
        if (query.search() != null) {
            filter.and(SEARCH_TEXT + " LIKE ? ESCAPE '\\'", SqlFilter.containing(query.search()));
        }
        if (query.retailerId() != null) {
            filter.and("p.retailer_id = ?", query.retailerId().value());
        }
        if (query.brandId() != null) {
            filter.and("p.brand_id = ?", query.brandId().value());
        }
        if (query.category() != null) {
            filter.and("lower(p.category) = lower(?)", query.category());
        }
        if (query.tag() != null) {
            filter.and("p.tags @> ?", (Object) new String[] {query.tag()});
        }
        if (query.dateFrom() != null) {
            filter.and("p.purchase_date >= ?", query.dateFrom());
        }
        if (query.dateTo() != null) {
            filter.and("p.purchase_date <= ?", query.dateTo());
        }
        if (query.returnDeadlineFrom() != null) {
            filter.and("p.return_deadline >= ?", query.returnDeadlineFrom());
        }
        if (query.returnDeadlineTo() != null) {
            filter.and("p.return_deadline <= ?", query.returnDeadlineTo());
        }
        if (query.minPrice() != null) {
            filter.and("p.price >= ?", query.minPrice());
        }
        if (query.maxPrice() != null) {
            filter.and("p.price <= ?", query.maxPrice());
        }
        if (query.taxDeductible() != null) {
            filter.and("p.tax_deductible = ?", query.taxDeductible());
        }
        if (query.currency() != null) {
            filter.and("p.currency_code = ?", query.currency().value());
        }
        if (filter.sql().equals(" WHERE p.user_id = ?")) {
            // all of the user's purchases: the total the database keeps (V9), not a count of every row
            filter.countedBy("SELECT coalesce(sum(n), 0) FROM purchase_counts WHERE user_id = ?", owner.value());
        }
        if (query.after() != null) {
            seekAfter(filter, query.after(), query.sort().ascending());
        }
        String direction = " " + query.sort().direction();
        String order = switch (query.sort().by()) {
            case PURCHASE_DATE -> "p.purchase_date" + direction + ", p.id" + direction;
            case PRICE -> "p.price" + direction + ", p.id" + direction;
            case PRODUCT_NAME -> "lower(p.product_name)" + direction + ", p.id" + direction;
            case CREATED_AT -> "p.created_at" + direction + ", p.id" + direction;
            case SPENT -> "p.price * p.quantity" + direction + ", p.id" + direction;
            case RETURN_DEADLINE -> "p.return_deadline" + direction + " NULLS LAST, p.id" + direction;
        };
        // Page first, then join: vendor names, warranty and attachment counts are looked up for the page's
        // rows only, not for the rows an OFFSET skips.
        return filter.page(jdbc, "purchases p",
                slice -> OVERVIEW.formatted("(SELECT * FROM purchases p" + slice + ")") + " ORDER BY " + order,
                query.page(), order, row -> overview(row, today));
    }

    @Override
    public boolean delete(PurchaseId id) {
        return jdbc.prepareStatement("DELETE FROM purchases WHERE id = ?", statement -> {
            statement.setObject(1, id.value());
            return statement.executeUpdate() == 1;
        });
    }

    @Override
    public long countUsing(VendorId vendor) {
        String column = vendor.kind() == VendorKind.RETAILER ? "retailer_id" : "brand_id";
        return jdbc.prepareStatement("SELECT count(*) FROM purchases WHERE " + column + " = ?", statement -> {
            statement.setObject(1, vendor.value());
            ResultSet rows = statement.executeQuery();
            rows.next();
            return rows.getLong(1);
        });
    }

    @Override
    public Optional<PurchaseId> findDuplicate(UserId owner, PurchaseDetails details) {
        return jdbc.prepareStatement("SELECT id FROM purchases WHERE user_id = ? AND purchase_date = ? AND product_name = ? "
                + "AND price = ? AND currency_code = ? AND serial_number IS NOT DISTINCT FROM ? ORDER BY created_at, id LIMIT 1",
                statement -> {
                    statement.setObject(1, owner.value());
                    statement.setObject(2, details.purchaseDate());
                    statement.setString(3, details.productName());
                    statement.setBigDecimal(4, details.price().amount());
                    statement.setString(5, details.price().currency().value());
                    statement.setString(6, details.serialNumber());
                    ResultSet rows = statement.executeQuery();
                    return rows.next() ? Optional.of(new PurchaseId(rows.getObject(1, UUID.class))) : Optional.empty();
                });
    }

    @Override
    public void forEachOf(UserId owner, LocalDate today, Consumer<PurchaseOverview> each) {
        RowCursor.forEach(jdbc, OVERVIEW.formatted("purchases") + " WHERE p.user_id = ? ORDER BY p.created_at, p.id",
                owner.value(), row -> overview(row, today), each);
    }

    @Override
    public long deleteAllOf(UserId owner) {
        return RowCursor.update(jdbc, "DELETE FROM purchases WHERE user_id = ?", owner.value());
    }

    private Optional<Purchase> one(String sql, PurchaseId id) {
        return jdbc.prepareStatement(sql, statement -> {
            statement.setObject(1, id.value());
            ResultSet rows = statement.executeQuery();
            return rows.next() ? Optional.of(purchase(rows)) : Optional.empty();
        });
    }

    @FunctionalInterface
    private interface ExtraParameters {
        void bind(PreparedStatement statement) throws SQLException;
    }

    /** Binds the details (1–17), updated_at (18) and id (19), then whatever else the statement needs. */
    private void write(String sql, Purchase purchase, ExtraParameters extra) {
        translatingMissingVendor(() -> jdbc.prepareStatement(sql, statement -> {
            bind(statement, 0, purchase);
            extra.bind(statement);
            return statement.executeUpdate();
        }));
    }

    /** Binds a purchase's details, updated_at and id to parameters {@code offset + 1} to {@code offset + 19}. */
    private static void bind(PreparedStatement statement, int offset, Purchase purchase) throws SQLException {
        PurchaseDetails details = purchase.details();
        statement.setString(offset + 1, details.productName());
        statement.setBigDecimal(offset + 2, details.price().amount());
        statement.setString(offset + 3, details.price().currency().value());
        statement.setObject(offset + 4, details.purchaseDate());
        statement.setString(offset + 5, details.category());
        statement.setObject(offset + 6, details.retailerId() == null ? null : details.retailerId().value());
        statement.setObject(offset + 7, details.brandId() == null ? null : details.brandId().value());
        statement.setString(offset + 8, details.notes());
        statement.setBoolean(offset + 9, details.taxDeductible());
        statement.setString(offset + 10, details.modelNumber());
        statement.setString(offset + 11, details.serialNumber());
        statement.setString(offset + 12, details.retailerOrderNumber());
        statement.setInt(offset + 13, details.quantity());
        statement.setString(offset + 14, details.link());
        statement.setObject(offset + 15, details.returnDeadline());
        statement.setString(offset + 16, details.returnPolicy());
        statement.setArray(offset + 17, statement.getConnection().createArrayOf("text", details.tags().values().toArray()));
        statement.setTimestamp(offset + 18, Timestamp.from(purchase.updatedAt()));
        statement.setObject(offset + 19, purchase.id().value());
    }

    private static void translatingMissingVendor(Runnable write) {
        try {
            write.run();
        } catch (DataAccessException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof SQLException failure && "23503".equals(failure.getSQLState())) {
                    // the retailer or brand was deleted after it was checked
                    throw new RuleViolationException("The retailer or brand no longer exists");
                }
            }
            throw e;
        }
    }

    private static Purchase purchase(ResultSet row) throws SQLException {
        CurrencyCode currency = new CurrencyCode(row.getString("currency_code"));
        PurchaseDetails details = new PurchaseDetails(row.getString("product_name"),
                new Money(row.getBigDecimal("price"), currency), date(row, "purchase_date"), row.getString("category"),
                id(row, "retailer_id", RetailerId::new), id(row, "brand_id", BrandId::new), row.getString("notes"),
                row.getBoolean("tax_deductible"), row.getString("model_number"), row.getString("serial_number"),
                row.getString("retailer_order_number"), row.getInt("quantity"), row.getString("link"),
                date(row, "return_deadline"), row.getString("return_policy"),
                new Tags(Arrays.asList((String[]) row.getArray("tags").getArray())));
        return new Purchase(new PurchaseId(row.getObject("id", UUID.class)), new UserId(row.getObject("user_id", UUID.class)), details,
                row.getTimestamp("created_at").toInstant(), row.getTimestamp("updated_at").toInstant());
    }

    private static PurchaseOverview overview(ResultSet row, LocalDate today) throws SQLException {
        Purchase purchase = purchase(row);
        RetailerId retailerId = purchase.details().retailerId();
        BrandId brandId = purchase.details().brandId();
        WarrantyId warrantyId = id(row, "warranty_id", WarrantyId::new);
        WarrantySummary warranty = null;
        if (warrantyId != null) {
            LocalDate end = date(row, "warranty_end");
            warranty = new WarrantySummary(warrantyId, end,
                    WarrantyStatus.effective(WarrantyStatus.valueOf(row.getString("warranty_status")), end, today),
                    row.getInt("warranty_count"));
        }
        return new PurchaseOverview(purchase,
                retailerId == null ? null : new VendorRef(retailerId, row.getString("retailer_name")),
                brandId == null ? null : new VendorRef(brandId, row.getString("brand_name")),
                warranty, row.getInt("attachments_count"));
    }

    /** A nullable uuid column as a typed id. */
    private static <I> I id(ResultSet row, String column, Function<UUID, I> type) throws SQLException {
        UUID value = row.getObject(column, UUID.class);
        return value == null ? null : type.apply(value);
    }

    private static LocalDate date(ResultSet row, String column) throws SQLException {
        return row.getObject(column, LocalDate.class);
    }

    /** Continues after the cursor's purchase: its sort key then its id, compared as the ORDER BY orders them. */
    private static void seekAfter(SqlFilter filter, PurchaseCursor cursor, boolean ascending) {
        String comparison = ascending ? " > " : " < ";
        Object key = cursor.key() instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : cursor.key();
        String expression = switch (cursor.by()) {
            case PURCHASE_DATE -> "(p.purchase_date, p.id)" + comparison + "(?, ?)";
            case PRICE -> "(p.price, p.id)" + comparison + "(?, ?)";
            case PRODUCT_NAME -> "(lower(p.product_name), p.id)" + comparison + "(lower(?), ?)";
            case CREATED_AT -> "(p.created_at, p.id)" + comparison + "(?, ?)";
            case SPENT -> "(p.price * p.quantity, p.id)" + comparison + "(?, ?)";
            case RETURN_DEADLINE -> throw new IllegalArgumentException("no cursor for " + cursor.by());
        };
        filter.seek(expression, key, cursor.id().value());
    }
}
