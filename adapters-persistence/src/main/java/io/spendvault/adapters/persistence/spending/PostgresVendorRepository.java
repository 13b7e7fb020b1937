package io.spendvault.adapters.persistence.spending;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import io.spendvault.adapters.persistence.common.DatabaseAccess;
import io.spendvault.adapters.persistence.common.RowCursor;
import io.spendvault.adapters.persistence.common.SqlFilter;
import io.spendvault.domain.common.ConflictException;
import io.spendvault.domain.common.Page;
import io.spendvault.domain.common.PageRequest;
import io.spendvault.domain.identity.UserId;
import io.spendvault.domain.spending.Vendor;
import io.spendvault.domain.spending.VendorId;
import io.spendvault.domain.spending.VendorKind;
import io.spendvault.domain.spending.port.VendorRepository;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** {@link VendorRepository} on PostgreSQL: the {@code retailers} and {@code brands} tables. */
@Singleton
@DatabaseAccess
@Transactional
public class PostgresVendorRepository implements VendorRepository {

    private final JdbcOperations jdbc;

    PostgresVendorRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(Vendor vendor) {
        translatingConflicts(vendor.kind(), () -> jdbc.prepareStatement("INSERT INTO " + table(vendor.kind())
                + " (id, user_id, name, url, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)", statement -> {
            statement.setObject(1, vendor.id().value());
            statement.setObject(2, vendor.owner().value());
            statement.setString(3, vendor.name());
            statement.setString(4, vendor.url());
            statement.setTimestamp(5, Timestamp.from(vendor.createdAt()));
            statement.setTimestamp(6, Timestamp.from(vendor.updatedAt()));
            return statement.executeUpdate();
        }));
    }

    @Override
    public void update(Vendor vendor) {
        translatingConflicts(vendor.kind(), () -> jdbc.prepareStatement("UPDATE " + table(vendor.kind())
                + " SET name = ?, url = ?, updated_at = ? WHERE id = ?", statement -> {
            statement.setString(1, vendor.name());
            statement.setString(2, vendor.url());
            statement.setTimestamp(3, Timestamp.from(vendor.updatedAt()));
            statement.setObject(4, vendor.id().value());
            return statement.executeUpdate();
        }));
    }

    @Override
    public Optional<Vendor> findById(VendorId id) {
        return jdbc.prepareStatement("SELECT * FROM " + table(id.kind()) + " WHERE id = ?", statement -> {
            statement.setObject(1, id.value());
            ResultSet rows = statement.executeQuery();
            return rows.next() ? Optional.of(map(id.kind(), rows)) : Optional.empty();
        });
    }

    @Override
    public boolean delete(VendorId id) {
        return jdbc.prepareStatement("DELETE FROM " + table(id.kind()) + " WHERE id = ?", statement -> {
            statement.setObject(1, id.value());
            return statement.executeUpdate() == 1;
        });
    }

    @Override
    @Transactional(propagation = TransactionDefinition.Propagation.SUPPORTS) // one statement: no BEGIN/COMMIT of its own
    public Page<Vendor> list(VendorKind kind, UserId owner, String search, PageRequest page) {
        SqlFilter filter = SqlFilter.where("user_id = ?", owner.value());
        if (search != null) {
            filter.and("lower(name) LIKE ? ESCAPE '\\'", SqlFilter.containing(search));
        }
        return filter.page(jdbc, table(kind), "SELECT * FROM " + table(kind), "lower(name), id", page, row -> map(kind, row));
    }

    @Override
    public Optional<Vendor> findByName(VendorKind kind, UserId owner, String name) {
        return jdbc.prepareStatement("SELECT * FROM " + table(kind) + " WHERE user_id = ? AND lower(name) = lower(?)", statement -> {
            statement.setObject(1, owner.value());
            statement.setString(2, name == null ? "" : name.strip());
            ResultSet rows = statement.executeQuery();
            return rows.next() ? Optional.of(map(kind, rows)) : Optional.empty();
        });
    }

    @Override
    public void forEachOf(VendorKind kind, UserId owner, Consumer<Vendor> each) {
        RowCursor.forEach(jdbc, "SELECT * FROM " + table(kind) + " WHERE user_id = ? ORDER BY created_at, id", owner.value(),
                row -> map(kind, row), each);
    }

    @Override
    public long deleteAllOf(VendorKind kind, UserId owner) {
        return RowCursor.update(jdbc, "DELETE FROM " + table(kind) + " WHERE user_id = ?", owner.value());
    }

    private static String table(VendorKind kind) {
        return switch (kind) {
            case RETAILER -> "retailers";
            case BRAND -> "brands";
        };
    }

    private static void translatingConflicts(VendorKind kind, Supplier<Integer> write) {
        try {
            write.get();
        } catch (DataAccessException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                    throw new ConflictException("NAME_TAKEN", "A " + kind.displayName().toLowerCase(Locale.ROOT)
                            + " with this name already exists");
                }
            }
            throw e;
        }
    }

    private static Vendor map(VendorKind kind, ResultSet row) throws SQLException {
        return new Vendor(VendorId.of(kind, row.getObject("id", UUID.class)), new UserId(row.getObject("user_id", UUID.class)),
                row.getString("name"), row.getString("url"), row.getTimestamp("created_at").toInstant(),
                row.getTimestamp("updated_at").toInstant());
    }
}
