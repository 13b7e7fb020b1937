package io.spendvault.adapters.rest.ratelimit;

import io.micronaut.http.HttpRequest;
import io.netty.util.NetUtil;
import jakarta.inject.Singleton;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * The address a request comes from: the TCP peer, unless the peer is a trusted proxy; then the right-most
 * entry of {@code X-Forwarded-For} that is not a trusted proxy itself. Entries left of it were written by
 * the client and prove nothing, so a client cannot choose its own address to dodge a limit.
 */
@Singleton
public class ClientAddress {

    private final RateLimitSettings settings;

    ClientAddress(RateLimitSettings settings) {
        this.settings = settings;
    }

    public String of(HttpRequest<?> request) {
        InetAddress peer = request.getRemoteAddress().getAddress();
        if (peer == null || !settings.isTrustedProxy(peer)) {
            return peer == null ? request.getRemoteAddress().getHostString() : peer.getHostAddress();
        }
        List<String> hops = new ArrayList<>();
        for (String header : request.getHeaders().getAll("X-Forwarded-For")) {
            for (String hop : header.split(",")) {
                hops.add(hop.strip());
            }
        }
        InetAddress client = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            InetAddress hop = NetUtil.createInetAddressFromIpAddressString(hops.get(i));
            if (hop == null) {
                break; // garbage: the last address a trusted proxy vouched for is the client
            }
            client = hop;
            if (!settings.isTrustedProxy(hop)) {
                break;
            }
        }
        return client.getHostAddress();
    }
}
