package io.spendvault.domain.identity;

import io.spendvault.domain.common.ResourceNotFoundException;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The rule every per-user resource follows: a user sees only their own. Another user's resource is
 * reported exactly like a missing one (404), so ids cannot be probed to learn what exists.
 */
public final class Ownership {

    private Ownership() {
    }

    /**
     * @param found   the resource as loaded by id, if any
     * @param ownerOf how to read the resource's owner
     * @param caller  who asks
     * @param what    the resource's name for the message, e.g. {@code "Purchase"}
     * @return the resource, when it exists and belongs to the caller
     * @throws ResourceNotFoundException otherwise, with the same message either way
     */
    public static <T> T requireOwn(Optional<T> found, Function<? super T, UserId> ownerOf, UserId caller, String what) {
        Objects.requireNonNull(caller, "caller");
        return found.filter(resource -> caller.equals(ownerOf.apply(resource)))
                .orElseThrow(() -> new ResourceNotFoundException(what + " not found"));
    }
}
