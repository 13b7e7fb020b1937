package io.spendvault.application.common.port.out;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Work that one node of a cluster does at a time (housekeeping every instance schedules): runs it while
 * holding a lock named by {@code job}, or skips it when another node holds that lock right now.
 */
public interface ClusterLock {

    /** The work's result, or empty when another node is doing this job at the moment. */
    <T> Optional<T> ifFree(String job, Supplier<T> work);
}
