package org.newsroom.editorial.limits;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import org.newsroom.editorial.configuration.Setting;

/**
 * The address of the client behind a request. The connection's address, unless it is one of
 * the trusted proxies ({@code NEWSROOM_TRUSTED_PROXIES}: addresses or CIDR ranges, comma
 * separated); then the {@code X-Forwarded-For} list is read from the right, skipping trusted
 * proxies, and the first other address is the client. Anybody can send that header, so it
 * counts only when a proxy we trust appended to it.
 */
@ApplicationScoped
public class ClientAddress {

    /** An address and how many of its leading bits a trusted range fixes. */
    record Range(byte[] network, int bits) {

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int whole = bits / 8;
            for (int i = 0; i < whole; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = bits % 8;
            return rest == 0 || ((address[whole] ^ network[whole]) & (0xff << (8 - rest))) == 0;
        }
    }

    private final List<Range> trusted;

    public ClientAddress() {
        this(Setting.TRUSTED_PROXIES.text());
    }

    ClientAddress(String trustedProxies) {
        List<Range> ranges = new ArrayList<>();
        for (String entry : trustedProxies == null ? new String[0] : trustedProxies.split(",")) {
            String item = entry.strip();
            if (item.isEmpty()) {
                continue;
            }
            int slash = item.indexOf('/');
            Optional<byte[]> network = literal(slash < 0 ? item : item.substring(0, slash));
            if (network.isEmpty()) {
                throw new IllegalArgumentException("NEWSROOM_TRUSTED_PROXIES: not an address or range: " + item);
            }
            int bits = slash < 0 ? network.get().length * 8 : Integer.parseInt(item.substring(slash + 1));
            ranges.add(new Range(network.get(), Math.max(0, Math.min(bits, network.get().length * 8))));
        }
        this.trusted = List.copyOf(ranges);
    }

    public String of(HttpServletRequest request) {
        Enumeration<String> forwarded = request.getHeaders("X-Forwarded-For");
        return resolve(request.getRemoteAddr(), forwarded == null ? null : String.join(",", Collections.list(forwarded)));
    }

    /** The client's address from the connection's address and the X-Forwarded-For headers joined by commas. */
    String resolve(String remoteAddress, String forwardedFor) {
        if (!isTrusted(remoteAddress) || forwardedFor == null || forwardedFor.isBlank()) {
            return remoteAddress;
        }
        String[] hops = forwardedFor.split(",");
        String nearest = remoteAddress;
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            Optional<byte[]> parsed = literal(hop);
            if (parsed.isEmpty()) {
                return nearest; // a garbled entry: trust nothing further left
            }
            if (!isTrusted(hop)) {
                return hop;
            }
            nearest = hop;
        }
        return nearest;
    }

    private boolean isTrusted(String address) {
        Optional<byte[]> bytes = literal(address);
        return bytes.isPresent() && trusted.stream().anyMatch(range -> range.contains(bytes.get()));
    }

    /** The bytes of an IPv4 or IPv6 literal; never a name lookup, so only hex digits, dots and colons pass. */
    static Optional<byte[]> literal(String text) {
        if (text == null || text.isEmpty() || text.length() > 45 || !text.matches("[0-9a-fA-F.:]+") || !text.matches(".*[.:].*")) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(text).getAddress());
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
