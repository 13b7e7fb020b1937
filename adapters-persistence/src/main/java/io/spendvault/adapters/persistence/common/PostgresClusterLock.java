package io.spendvault.adapters.persistence.common;

import io.micronaut.transaction.TransactionOperations;
import io.spendvault.application.common.port.out.ClusterLock;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@link ClusterLock} on a PostgreSQL transaction-scoped advisory lock: every node shares the database, the
 * lock goes with the transaction (also when a node dies mid-job), and a node that does not get it moves on.
 */
@Singleton
@DatabaseAccess
public class PostgresClusterLock implements ClusterLock {

    private final TransactionOperations<Connection> transactions;

    public PostgresClusterLock(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public <T> Optional<T> ifFree(String job, Supplier<T> work) {
        return transactions.executeWrite(status -> tryLock(status.getConnection(), job) ? Optional.of(work.get()) : Optional.empty());
    }

    private static boolean tryLock(Connection connection, String job) {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_xact_lock(hashtextextended(?, 0))")) {
            lock.setString(1, "spendvault:" + job);
            try (ResultSet result = lock.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take the cluster lock for " + job, e);
        }
    }
}
