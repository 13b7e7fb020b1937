package io.spendvault.adapters.rest.security;

import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.SecurityFilter;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * Binds a route's {@link CurrentSession} parameter: the caller read once from the validated access token,
 * so controllers name who calls instead of decoding the token themselves.
 */
@Singleton
public class CurrentSessionBinder implements TypedRequestArgumentBinder<CurrentSession> {

    private static final Argument<CurrentSession> TYPE = Argument.of(CurrentSession.class);

    @Override
    public Argument<CurrentSession> argumentType() {
        return TYPE;
    }

    @Override
    public BindingResult<CurrentSession> bind(ArgumentConversionContext<CurrentSession> context, HttpRequest<?> request) {
        if (!request.getAttributes().contains(SecurityFilter.KEY)) {
            return BindingResult.unsatisfied(); // the security filter has not run yet; bound again after it
        }
        Optional<CurrentSession> caller = request.getUserPrincipal(Authentication.class).map(CurrentSession::of);
        return () -> caller;
    }
}
