package dev.loket.core.web;

import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.ConfigProvider;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who sent a request, as far as we can tell: the address of the connection, unless that is one of the
 * proxies the operator trusts ({@code loket.web.trusted-proxies}), in which case the client is the
 * nearest address in {@code X-Forwarded-For} that is not a trusted proxy. Without trusted proxies the
 * header is ignored: anyone can write it, and a throttle keyed on it would be a throttle on nothing.
 *
 * <p>IPv6 clients are named by their /64 network: one subscriber usually has a whole /64, so keying on
 * the full address would give them 2^64 tries.
 */
public final class ClientAddresses {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private final List<Network> trusted;

    /**
     * @param trustedProxies addresses ({@code 10.0.0.7}) or networks ({@code 10.0.0.0/8}, {@code fd00::/8})
     *                       of the proxies in front of the application
     */
    public ClientAddresses(List<String> trustedProxies) {
        this.trusted = trustedProxies.stream().map(String::strip).filter(s -> !s.isEmpty()).map(Network::parse).toList();
    }

    /** From {@code loket.web.trusted-proxies} (comma-separated); none when unset. */
    public static ClientAddresses fromConfig() {
        return new ClientAddresses(ConfigProvider.getConfig().getOptionalValue("loket.web.trusted-proxies", String.class)
                .map(s -> Arrays.asList(s.split(","))).orElse(List.of()));
    }

    /** The client of this request, as a key to count its requests by. */
    public String of(HttpServletRequest request) {
        return of(request.getRemoteAddr(), request.getHeaders("X-Forwarded-For") == null ? List.of()
                : java.util.Collections.list(request.getHeaders("X-Forwarded-For")));
    }

    /** The client, from the connection's address and the {@code X-Forwarded-For} headers in order. */
    public String of(String remoteAddress, List<String> forwardedFor) {
        Optional<InetAddress> remote = literal(remoteAddress);
        if (remote.isEmpty()) {
            return String.valueOf(remoteAddress);
        }
        InetAddress client = remote.get();
        if (isTrusted(client)) {
            List<String> hops = forwardedFor.stream().flatMap(h -> Arrays.stream(h.split(","))).map(String::strip).toList();
            // From the nearest hop outwards: only what trusted proxies appended can be believed.
            for (int i = hops.size() - 1; i >= 0; i--) {
                Optional<InetAddress> hop = literal(hops.get(i));
                if (hop.isEmpty()) {
                    break;
                }
                client = hop.get();
                if (!isTrusted(client)) {
                    break;
                }
            }
        }
        return key(client);
    }

    private boolean isTrusted(InetAddress address) {
        return trusted.stream().anyMatch(n -> n.contains(address));
    }

    private static String key(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length == 16) {
            byte[] network = Arrays.copyOf(bytes, 16);
            Arrays.fill(network, 8, 16, (byte) 0);
            try {
                return InetAddress.getByAddress(network).getHostAddress() + "/64";
            } catch (UnknownHostException e) {
                throw new IllegalStateException("16 bytes are always an IPv6 address", e);
            }
        }
        return address.getHostAddress();
    }

    /** An IP address written as such; never a host name, which would be looked up in DNS. */
    static Optional<InetAddress> literal(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip();
        if (s.startsWith("[") && s.endsWith("]")) {
            s = s.substring(1, s.length() - 1);
        }
        boolean ip = IPV4.matcher(s).matches() || (s.contains(":") && IPV6.matcher(s).matches());
        if (!ip) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(s));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** An address with a prefix length. */
    private record Network(byte[] address, int prefix) {

        static Network parse(String text) {
            int slash = text.indexOf('/');
            String address = slash < 0 ? text : text.substring(0, slash);
            InetAddress parsed = literal(address).orElseThrow(() -> new IllegalArgumentException(
                    "loket.web.trusted-proxies holds " + text + ", not an IP address or network"));
            int bits = parsed.getAddress().length * 8;
            int prefix = slash < 0 ? bits : Integer.parseInt(text.substring(slash + 1));
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException("loket.web.trusted-proxies: " + text + " has no valid prefix length");
            }
            return new Network(parsed.getAddress(), prefix);
        }

        boolean contains(InetAddress candidate) {
            byte[] bytes = candidate.getAddress();
            if (bytes.length != address.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((bytes[bit / 8] & mask) != (address[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
