package io.spendvault.adapters.rest.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.inject.ExecutableMethod;
import io.micronaut.management.endpoint.EndpointSensitivityProcessor;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRuleResult;
import io.micronaut.security.rules.SensitiveEndpointRule;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Who may read the management endpoints marked sensitive (the Prometheus metrics): administrators, and a
 * scraper presenting the metrics token ({@code SPENDVAULT_METRICS_TOKEN}, sent as {@code Authorization:
 * Bearer <token>}) so that Prometheus needs no short-lived login. Everyone else is refused: 401 without a
 * token, 403 for a user who is not an administrator.
 */
@Singleton
@Replaces(SensitiveEndpointRule.class)
public class SensitiveEndpointAccess extends SensitiveEndpointRule {

    static final int MINIMUM_TOKEN_LENGTH = 32;
    private static final String BEARER = "Bearer ";

    private final byte[] metricsToken;

    public SensitiveEndpointAccess(EndpointSensitivityProcessor endpoints, @Value("${spendvault.metrics.token:}") String metricsToken) {
        super(endpoints);
        if (!metricsToken.isEmpty() && metricsToken.length() < MINIMUM_TOKEN_LENGTH) {
            throw new ConfigurationException("SPENDVAULT_METRICS_TOKEN must be at least " + MINIMUM_TOKEN_LENGTH + " characters");
        }
        this.metricsToken = metricsToken.isEmpty() ? null : metricsToken.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected Publisher<SecurityRuleResult> checkSensitiveAuthenticated(HttpRequest<?> request, Authentication authentication,
                                                                        ExecutableMethod<?, ?> method) {
        return Publishers.just(authentication.getRoles().contains(SecurityRoles.ADMIN) ? SecurityRuleResult.ALLOWED
                : SecurityRuleResult.REJECTED);
    }

    @Override
    protected Publisher<SecurityRuleResult> checkSensitiveAnonymous(HttpRequest<?> request, ExecutableMethod<?, ?> method) {
        return Publishers.just(presentsMetricsToken(request) ? SecurityRuleResult.ALLOWED : SecurityRuleResult.REJECTED);
    }

    private boolean presentsMetricsToken(HttpRequest<?> request) {
        String authorization = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        if (metricsToken == null || authorization == null || !authorization.startsWith(BEARER)) {
            return false;
        }
        byte[] presented = authorization.substring(BEARER.length()).strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(presented, metricsToken);
    }
}
