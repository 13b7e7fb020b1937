package io.spendvault.adapters.persistence.common;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.DefaultTransactionDefinition;
import io.spendvault.application.common.port.out.Transactions;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.util.function.Supplier;

/** {@link Transactions} on the default JDBC data source; nested calls join the outer transaction. */
@Singleton
@DatabaseAccess
public class JdbcTransactions implements Transactions {

    private final TransactionOperations<Connection> operations;

    public JdbcTransactions(TransactionOperations<Connection> operations) {
        this.operations = operations;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return operations.executeWrite(status -> work.get());
    }

    @Override
    public <T> T inReadOnlySnapshot(Supplier<T> work) {
        return operations.execute(SNAPSHOT, status -> work.get());
    }

    private static final TransactionDefinition SNAPSHOT = snapshot();

    private static TransactionDefinition snapshot() {
        DefaultTransactionDefinition definition = new DefaultTransactionDefinition(TransactionDefinition.Propagation.REQUIRES_NEW);
        definition.setIsolationLevel(TransactionDefinition.Isolation.REPEATABLE_READ);
        definition.setReadOnly(true);
        definition.setName("read-only snapshot");
        return definition;
    }
}
