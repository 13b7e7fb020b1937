package io.spendvault.bootstrap.e2e;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.http.annotation.Post;
import io.micronaut.serde.annotation.Serdeable;

/**
 * Test-only route (active in the end-to-end spec alone) that accepts a JSON body and can fail on demand,
 * so malformed input and server errors are seen through the real application's configuration.
 */
@Requires(property = "spec.name", value = "ApplicationEndToEndSpec")
@Controller("/api/v1/e2e-probe")
@Secured(SecurityRule.IS_ANONYMOUS)
class FailureProbeController {

    @Serdeable
    record Probe(String createdBy, boolean explode) {
    }

    @Post
    Probe echo(@Body Probe probe) {
        if (probe.explode()) {
            throw new IllegalStateException("internal detail that must not leak");
        }
        return probe;
    }
}
