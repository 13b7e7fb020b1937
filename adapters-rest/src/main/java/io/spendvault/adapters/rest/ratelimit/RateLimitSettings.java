package io.spendvault.adapters.rest.ratelimit;

import io.micronaut.context.annotation.Value;
import io.netty.handler.ipfilter.IpFilterRuleType;
import io.netty.handler.ipfilter.IpSubnetFilterRule;
import io.netty.util.NetUtil;
import io.spendvault.domain.ratelimit.RateLimit;
import jakarta.inject.Singleton;

import java.net.InetAddress;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The limits of each {@link RateLimitScope} per window, whether limiting is on, and the reverse proxies
 * whose {@code X-Forwarded-For} is believed. A trusted proxy that is not an address or CIDR block stops
 * the start-up: a typo must not silently trust nobody, or everybody.
 */
@Singleton
public class RateLimitSettings {

    private final boolean enabled;
    private final Map<RateLimitScope, RateLimit> limits = new EnumMap<>(RateLimitScope.class);
    private final List<IpSubnetFilterRule> trustedProxies;

    RateLimitSettings(@Value("${spendvault.rate-limit.enabled:true}") boolean enabled,
                      @Value("${spendvault.rate-limit.auth-per-minute:5}") long auth,
                      @Value("${spendvault.rate-limit.uploads-per-minute:10}") long uploads,
                      @Value("${spendvault.rate-limit.api-per-minute:100}") long api,
                      @Value("${spendvault.rate-limit.admin-per-minute:200}") long admin,
                      @Value("${spendvault.rate-limit.window:1m}") Duration window,
                      @Value("${spendvault.rate-limit.trusted-proxies:}") List<String> trustedProxies) {
        this.enabled = enabled;
        limits.put(RateLimitScope.AUTH, new RateLimit(auth, window));
        limits.put(RateLimitScope.UPLOADS, new RateLimit(uploads, window));
        limits.put(RateLimitScope.API, new RateLimit(api, window));
        limits.put(RateLimitScope.ADMIN, new RateLimit(admin, window));
        this.trustedProxies = trustedProxies.stream().map(String::strip).filter(entry -> !entry.isEmpty())
                .map(RateLimitSettings::block).toList();
    }

    public boolean enabled() {
        return enabled;
    }

    public RateLimit limit(RateLimitScope scope) {
        return limits.get(scope);
    }

    public boolean isTrustedProxy(InetAddress address) {
        return trustedProxies.stream().anyMatch(block -> block.matches(new java.net.InetSocketAddress(address, 0)));
    }

    private static IpSubnetFilterRule block(String cidr) {
        int slash = cidr.indexOf('/');
        String address = slash < 0 ? cidr : cidr.substring(0, slash);
        InetAddress parsed = NetUtil.createInetAddressFromIpAddressString(address);
        if (parsed == null) {
            throw new IllegalArgumentException("SPENDVAULT_TRUSTED_PROXIES: not an IP address or CIDR block: " + cidr);
        }
        int maxPrefix = parsed.getAddress().length * 8;
        int prefix;
        try {
            prefix = slash < 0 ? maxPrefix : Integer.parseInt(cidr.substring(slash + 1));
        } catch (NumberFormatException e) {
            prefix = -1;
        }
        if (prefix < 0 || prefix > maxPrefix) {
            throw new IllegalArgumentException("SPENDVAULT_TRUSTED_PROXIES: bad prefix length in " + cidr);
        }
        return new IpSubnetFilterRule(parsed, prefix, IpFilterRuleType.ACCEPT);
    }
}
