package io.spendvault.adapters.persistence.spending;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import io.spendvault.adapters.persistence.common.DatabaseAccess;
import io.spendvault.adapters.persistence.common.RowCursor;
import io.spendvault.adapters.persistence.common.SqlFilter;
import io.spendvault.domain.common.Page;
import io.spendvault.domain.common.PageRequest;
import io.spendvault.domain.identity.UserId;
import io.spendvault.domain.spending.PurchaseId;
import io.spendvault.domain.spending.PurchaseRef;
import io.spendvault.domain.spending.Warranty;
import io.spendvault.domain.spending.WarrantyDetails;
import io.spendvault.domain.spending.WarrantyId;
import io.spendvault.domain.spending.WarrantyOverview;
import io.spendvault.domain.spending.WarrantyStatus;
import io.spendvault.domain.spending.port.WarrantyRepository;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * {@link WarrantyRepository} on PostgreSQL. The status filter is the SQL form of
 * {@link WarrantyStatus#effective}: a recorded ACTIVE warranty whose end has passed counts as EXPIRED.
 */
@Singleton
@DatabaseAccess
@Transactional
public class PostgresWarrantyRepository implements WarrantyRepository {

    private static final String COLUMNS = "w.id, w.user_id, w.purchase_id, w.warranty_start, w.warranty_end, w.warranty_type, "
            + "w.provider, w.notes, w.status, w.created_at, w.updated_at";
    private static final String OVERVIEW = "SELECT " + COLUMNS + ", p.product_name, p.purchase_date "
            + "FROM warranties w JOIN purchases p ON p.id = w.purchase_id";

    private final JdbcOperations jdbc;

    PostgresWarrantyRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(Warranty warranty) {
        jdbc.prepareStatement("INSERT INTO warranties (purchase_id, warranty_start, warranty_end, warranty_type, provider, "
                + "notes, status, updated_at, id, user_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", statement -> {
            bindDetails(statement, warranty);
            statement.setObject(10, warranty.owner().value());
            statement.setTimestamp(11, Timestamp.from(warranty.createdAt()));
            return statement.executeUpdate();
        });
    }

    /** One round trip per batch (a JDBC batch), for imports. */
    @Override
    public void insertAll(List<Warranty> warranties) {
        if (warranties.isEmpty()) {
            return;
        }
        jdbc.prepareStatement("INSERT INTO warranties (purchase_id, warranty_start, warranty_end, warranty_type, provider, "
                + "notes, status, updated_at, id, user_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", statement -> {
            for (Warranty warranty : warranties) {
                bindDetails(statement, warranty);
                statement.setObject(10, warranty.owner().value());
                statement.setTimestamp(11, Timestamp.from(warranty.createdAt()));
                statement.addBatch();
            }
            return statement.executeBatch().length;
        });
    }

    @Override
    public void update(Warranty warranty) {
        jdbc.prepareStatement("UPDATE warranties SET purchase_id = ?, warranty_start = ?, warranty_end = ?, warranty_type = ?, "
                + "provider = ?, notes = ?, status = ?, updated_at = ? WHERE id = ?", statement -> {
            bindDetails(statement, warranty);
            return statement.executeUpdate();
        });
    }

    @Override
    public Optional<Warranty> findById(WarrantyId id) {
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM warranties w WHERE w.id = ?", statement -> {
            statement.setObject(1, id.value());
            ResultSet rows = statement.executeQuery();
            return rows.next() ? Optional.of(warranty(rows)) : Optional.empty();
        });
    }

    @Override
    @Transactional(propagation = TransactionDefinition.Propagation.SUPPORTS) // one statement: no BEGIN/COMMIT of its own
    public Optional<WarrantyOverview> overview(WarrantyId id, LocalDate today) {
        return jdbc.prepareStatement(OVERVIEW + " WHERE w.id = ?", statement -> {
            statement.setObject(1, id.value());
            ResultSet rows = statement.executeQuery();
            return rows.next() ? Optional.of(overview(rows, today)) : Optional.empty();
        });
    }

    @Override
    @Transactional(propagation = TransactionDefinition.Propagation.SUPPORTS) // one statement: no BEGIN/COMMIT of its own
    public Page<WarrantyOverview> list(UserId owner, PurchaseId purchase, WarrantyStatus status, LocalDate today, PageRequest page) {
        SqlFilter filter = SqlFilter.where("w.user_id = ?", owner.value());
        if (purchase != null) {
            filter.and("w.purchase_id = ?", purchase.value());
        }
        if (status != null) {
            switch (status) {
                case ACTIVE -> filter.and("w.status = 'ACTIVE' AND w.warranty_end >= ?", today);
                case EXPIRED -> filter.and("(w.status = 'EXPIRED' OR (w.status = 'ACTIVE' AND w.warranty_end < ?))", today);
                case VOIDED -> filter.and("w.status = 'VOIDED'");
            }
        }
        return filter.page(jdbc, "warranties w", OVERVIEW, "w.warranty_end DESC, w.id DESC", page, row -> overview(row, today));
    }

    @Override
    @Transactional(propagation = TransactionDefinition.Propagation.SUPPORTS) // one statement: no BEGIN/COMMIT of its own
    public Page<WarrantyOverview> recent(UserId owner, LocalDate today, PageRequest page) {
        return SqlFilter.where("w.user_id = ?", owner.value())
                .page(jdbc, "warranties w", OVERVIEW, "w.created_at DESC, w.id DESC", page, row -> overview(row, today));
    }

    @Override
    @Transactional(propagation = TransactionDefinition.Propagation.SUPPORTS) // one statement: no BEGIN/COMMIT of its own
    public Page<WarrantyOverview> expiring(UserId owner, LocalDate today, LocalDate lastDay, PageRequest page) {
        SqlFilter filter = SqlFilter.where("w.user_id = ?", owner.value())
                .and("w.status = 'ACTIVE'")
                .and("w.warranty_end BETWEEN ? AND ?", today, lastDay);
        return filter.page(jdbc, "warranties w", OVERVIEW, "w.warranty_end, w.id", page, row -> overview(row, today));
    }

    @Override
    public List<Warranty> notVoidedOf(PurchaseId purchaseId) {
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM warranties w WHERE w.purchase_id = ? AND w.status <> 'VOIDED' "
                + "ORDER BY w.warranty_end DESC, w.id", statement -> {
            statement.setObject(1, purchaseId.value());
            ResultSet rows = statement.executeQuery();
            List<Warranty> result = new ArrayList<>();
            while (rows.next()) {
                result.add(warranty(rows));
            }
            return result;
        });
    }

    @Override
    public boolean delete(WarrantyId id) {
        return jdbc.prepareStatement("DELETE FROM warranties WHERE id = ?", statement -> {
            statement.setObject(1, id.value());
            return statement.executeUpdate() == 1;
        });
    }

    /** Binds the details (1–7), updated_at (8) and id (9). */
    @Override
    public void forEachOf(UserId owner, LocalDate today, Consumer<WarrantyOverview> each) {
        RowCursor.forEach(jdbc, OVERVIEW + " WHERE w.user_id = ? ORDER BY w.created_at, w.id", owner.value(),
                row -> overview(row, today), each);
    }

    @Override
    public long deleteAllOf(UserId owner) {
        return RowCursor.update(jdbc, "DELETE FROM warranties WHERE user_id = ?", owner.value());
    }

    private static void bindDetails(PreparedStatement statement, Warranty warranty) throws SQLException {
        WarrantyDetails details = warranty.details();
        statement.setObject(1, details.purchaseId().value());
        statement.setObject(2, details.warrantyStart());
        statement.setObject(3, details.warrantyEnd());
        statement.setString(4, details.warrantyType());
        statement.setString(5, details.provider());
        statement.setString(6, details.notes());
        statement.setString(7, details.status().name());
        statement.setTimestamp(8, Timestamp.from(warranty.updatedAt()));
        statement.setObject(9, warranty.id().value());
    }

    private static Warranty warranty(ResultSet row) throws SQLException {
        WarrantyDetails details = new WarrantyDetails(new PurchaseId(row.getObject("purchase_id", UUID.class)),
                row.getObject("warranty_start", LocalDate.class), row.getObject("warranty_end", LocalDate.class),
                row.getString("warranty_type"), row.getString("provider"), row.getString("notes"),
                WarrantyStatus.valueOf(row.getString("status")));
        return new Warranty(new WarrantyId(row.getObject("id", UUID.class)), new UserId(row.getObject("user_id", UUID.class)), details,
                row.getTimestamp("created_at").toInstant(), row.getTimestamp("updated_at").toInstant());
    }

    private static WarrantyOverview overview(ResultSet row, LocalDate today) throws SQLException {
        Warranty warranty = warranty(row);
        return new WarrantyOverview(warranty, warranty.statusOn(today), new PurchaseRef(warranty.details().purchaseId(),
                row.getString("product_name"), row.getObject("purchase_date", LocalDate.class)));
    }
}
