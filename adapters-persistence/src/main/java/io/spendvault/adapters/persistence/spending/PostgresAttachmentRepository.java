package io.spendvault.adapters.persistence.spending;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.spendvault.adapters.persistence.common.DatabaseAccess;
import io.spendvault.adapters.persistence.common.RowCursor;
import io.spendvault.domain.common.ConflictException;
import io.spendvault.domain.files.FileId;
import io.spendvault.domain.identity.UserId;
import io.spendvault.domain.spending.Attachment;
import io.spendvault.domain.spending.AttachmentType;
import io.spendvault.domain.spending.PurchaseId;
import io.spendvault.domain.spending.port.AttachmentRepository;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/** {@link AttachmentRepository} on PostgreSQL: the {@code purchase_files} link table. */
@Singleton
@DatabaseAccess
@Transactional
public class PostgresAttachmentRepository implements AttachmentRepository {

    private static final String COLUMNS = "purchase_id, file_id, file_type, uploaded_for_purchase, attached_at";

    private final JdbcOperations jdbc;

    PostgresAttachmentRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(Attachment attachment) {
        try {
            jdbc.prepareStatement("INSERT INTO purchase_files (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?)", statement -> {
                statement.setObject(1, attachment.purchaseId().value());
                statement.setObject(2, attachment.fileId().value());
                statement.setString(3, attachment.type().name());
                statement.setBoolean(4, attachment.uploadedForPurchase());
                statement.setTimestamp(5, Timestamp.from(attachment.attachedAt()));
                return statement.executeUpdate();
            });
        } catch (DataAccessException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                    throw new ConflictException("ALREADY_ATTACHED", "This file is already attached to the purchase");
                }
            }
            throw e;
        }
    }

    @Override
    public Optional<Attachment> find(PurchaseId purchaseId, FileId fileId) {
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM purchase_files WHERE purchase_id = ? AND file_id = ?", statement -> {
            statement.setObject(1, purchaseId.value());
            statement.setObject(2, fileId.value());
            ResultSet rows = statement.executeQuery();
            return rows.next() ? Optional.of(attachment(rows)) : Optional.empty();
        });
    }

    @Override
    public List<Attachment> of(PurchaseId purchaseId) {
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM purchase_files WHERE purchase_id = ? ORDER BY attached_at, file_id",
                statement -> {
                    statement.setObject(1, purchaseId.value());
                    ResultSet rows = statement.executeQuery();
                    List<Attachment> result = new ArrayList<>();
                    while (rows.next()) {
                        result.add(attachment(rows));
                    }
                    return result;
                });
    }

    @Override
    public boolean delete(PurchaseId purchaseId, FileId fileId) {
        return jdbc.prepareStatement("DELETE FROM purchase_files WHERE purchase_id = ? AND file_id = ?", statement -> {
            statement.setObject(1, purchaseId.value());
            statement.setObject(2, fileId.value());
            return statement.executeUpdate() == 1;
        });
    }

    @Override
    public boolean isUploadedForPurchase(FileId fileId) {
        return exists("SELECT EXISTS (SELECT 1 FROM purchase_files WHERE file_id = ? AND uploaded_for_purchase)", fileId);
    }

    @Override
    public boolean isAttached(FileId fileId) {
        return exists("SELECT EXISTS (SELECT 1 FROM purchase_files WHERE file_id = ?)", fileId);
    }

    private boolean exists(String sql, FileId fileId) {
        return jdbc.prepareStatement(sql, statement -> {
            statement.setObject(1, fileId.value());
            ResultSet rows = statement.executeQuery();
            rows.next();
            return rows.getBoolean(1);
        });
    }

    @Override
    public void forEachOf(UserId owner, Consumer<Attachment> each) {
        RowCursor.forEach(jdbc, "SELECT a.purchase_id, a.file_id, a.file_type, a.uploaded_for_purchase, a.attached_at FROM purchase_files a "
                + "JOIN purchases p ON p.id = a.purchase_id WHERE p.user_id = ? ORDER BY a.attached_at, a.purchase_id, a.file_id",
                owner.value(), PostgresAttachmentRepository::attachment, each);
    }

    private static Attachment attachment(ResultSet row) throws SQLException {
        return new Attachment(new PurchaseId(row.getObject("purchase_id", UUID.class)), new FileId(row.getObject("file_id", UUID.class)),
                AttachmentType.valueOf(row.getString("file_type")), row.getBoolean("uploaded_for_purchase"),
                row.getTimestamp("attached_at").toInstant());
    }
}
