package dev.loket.core.web;

import dev.loket.core.Language;
import dev.loket.core.Problem;
import dev.loket.core.ProblemType;
import dev.loket.core.TooManyRequests;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClientAddressesTest {

    @Test
    void ignoresForwardedForWhenNoProxyIsTrusted() {
        ClientAddresses clients = new ClientAddresses(List.of());

        assertThat(clients.of("198.51.100.4", List.of("203.0.113.9"))).isEqualTo("198.51.100.4");
    }

    @Test
    void takesTheNearestUntrustedHopBehindTrustedProxies() {
        ClientAddresses clients = new ClientAddresses(List.of("10.0.0.0/8", "192.0.2.1"));

        // The client wrote 6.6.6.6 itself; the proxies appended the real address and each other.
        assertThat(clients.of("10.1.2.3", List.of("6.6.6.6, 203.0.113.9", "192.0.2.1"))).isEqualTo("203.0.113.9");
    }

    @Test
    void doesNotBelieveForwardedForFromAnUntrustedConnection() {
        ClientAddresses clients = new ClientAddresses(List.of("10.0.0.0/8"));

        assertThat(clients.of("203.0.113.9", List.of("10.0.0.1"))).isEqualTo("203.0.113.9");
    }

    @Test
    void stopsAtAHopThatIsNotAnAddressAndNeverLooksUpNames() {
        ClientAddresses clients = new ClientAddresses(List.of("127.0.0.1"));

        assertThat(clients.of("127.0.0.1", List.of("203.0.113.9, example.org"))).isEqualTo("127.0.0.1");
        assertThat(ClientAddresses.literal("localhost")).isEmpty();
    }

    @Test
    void namesAnIpv6ClientByItsSlash64() {
        ClientAddresses clients = new ClientAddresses(List.of());

        assertThat(clients.of("2001:db8:1:2:aaaa::1", List.of()))
                .isEqualTo(clients.of("2001:db8:1:2:bbbb::9", List.of()))
                .isNotEqualTo(clients.of("2001:db8:1:3::1", List.of()));
    }

    @Test
    void refusesATrustedProxyThatIsNotAnAddress() {
        assertThatThrownBy(() -> new ClientAddresses(List.of("proxy.internal"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void asksToRetryAfterWholeSecondsRoundedUp() {
        TooManyRequests tooMany = new TooManyRequests(Duration.ofMillis(2100));

        Problem problem = ProblemResponses.problemFor(tooMany, Language.EN, new ProblemResponses.Attempt("POST", "/x", null));

        assertThat(problem.status()).isEqualTo(429);
        assertThat(problem.type()).isEqualTo(ProblemType.TOO_MANY_REQUESTS.type());
        assertThat(problem.detail()).contains("3 seconds");
        assertThat(ProblemResponses.retryAfter(new RuntimeException(tooMany))).contains(3L);
    }
}
