package dev.loket.consent.log;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TraceContextTest {

    @Test
    void readsTheW3cTraceparentExampleAndWritesItBack() {
        TraceContext context = TraceContext.fromTraceparent("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")
                .orElseThrow();

        assertThat(context.traceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(context.spanId()).isEqualTo("00f067aa0ba902b7");
        assertThat(context.traceparent()).isEqualTo("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
    }

    @Test
    void startsANewTraceWhenTheHeaderIsMissingOrInvalid() {
        assertThat(TraceContext.fromTraceparent(null)).isEmpty();
        assertThat(TraceContext.fromTraceparent("00-00000000000000000000000000000000-00f067aa0ba902b7-01")).isEmpty();
        assertThat(TraceContext.fromTraceparent("00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01")).isEmpty();
        assertThat(TraceContext.fromTraceparent("00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01")).isEmpty();
        assertThat(TraceContext.fromTraceparent("ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")).isEmpty();
        assertThat(TraceContext.fromTraceparent("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7")).isEmpty();
    }

    @Test
    void aNewSpanStaysInItsTraceWithAnotherId() {
        TraceContext first = TraceContext.newTrace();
        TraceContext next = first.newSpan();

        assertThat(next.traceId()).isEqualTo(first.traceId()).hasSize(32);
        assertThat(next.spanId()).isNotEqualTo(first.spanId()).hasSize(16);
        assertThat(TraceContext.newTrace().traceId()).isNotEqualTo(first.traceId());
    }

    @Test
    void refusesIdsOfTheWrongShape() {
        assertThatThrownBy(() -> new TraceContext("abc", "00f067aa0ba902b7")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TraceContext("4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
