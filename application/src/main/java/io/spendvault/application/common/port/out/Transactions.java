package io.spendvault.application.common.port.out;

import java.util.function.Supplier;

/**
 * Runs a unit of work atomically: everything it writes through the repositories commits together, or
 * nothing does when it throws. Use-case services receive this port instead of framework annotations.
 */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    /**
     * Runs read-only work on one snapshot of the data: every read sees the same committed state, however
     * long the work takes and whatever commits meanwhile (an export of several tables that must agree). A
     * store without snapshots (the in-memory fakes) runs it as a plain transaction.
     */
    default <T> T inReadOnlySnapshot(Supplier<T> work) {
        return inTransaction(work);
    }

    default void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
