package io.spendvault.application.common.port.out;

import java.util.function.Supplier;

/**
 * Runs a unit of work atomically: everything it writes through the repositories commits together, or
 * nothing does when it throws. Use-case services receive this port instead of framework annotations.
 */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    default void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
