package dev.loket.consent.log;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a processing sits in a trace, as W3C Trace Context and OpenTelemetry name it: a trace id
 * (16 bytes, 32 lowercase hex digits) shared by everything one request caused, across agencies, and
 * a span id (8 bytes, 16 hex digits) of one operation in it. Logboek Dataverwerkingen uses the same
 * ids ({@code trace_id}, {@code span_id}), so an entry here can be joined with an OpenTelemetry trace.
 *
 * @param traceId the trace, 32 lowercase hex digits, not all zero
 * @param spanId  the operation, 16 lowercase hex digits, not all zero
 */
public record TraceContext(String traceId, String spanId) {

    private static final Pattern TRACE_ID = Pattern.compile("[0-9a-f]{32}");
    private static final Pattern SPAN_ID = Pattern.compile("[0-9a-f]{16}");
    /** {@code version-traceid-parentid-flags}; version 00 as the W3C Recommendation defines it. */
    private static final Pattern TRACEPARENT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}");
    private static final SecureRandom RANDOM = new SecureRandom();

    public TraceContext {
        requireTraceId(traceId);
        requireSpanId(spanId);
    }

    /** A new trace, with its first span. */
    public static TraceContext newTrace() {
        return new TraceContext(randomHex(16), randomHex(8));
    }

    /** A new span in the same trace; its parent is this span. */
    public TraceContext newSpan() {
        return new TraceContext(traceId, randomHex(8));
    }

    /**
     * The context in a W3C {@code traceparent} header, e.g.
     * {@code 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01}; empty when it is absent or not valid
     * (the Recommendation says to start a new trace then).
     */
    public static Optional<TraceContext> fromTraceparent(String header) {
        if (header == null) {
            return Optional.empty();
        }
        var match = TRACEPARENT.matcher(header.strip());
        if (!match.matches() || isZero(match.group(1)) || isZero(match.group(2))) {
            return Optional.empty();
        }
        return Optional.of(new TraceContext(match.group(1), match.group(2)));
    }

    /** This context as a {@code traceparent} header (sampled), to pass on to the next agency. */
    public String traceparent() {
        return "00-" + traceId + "-" + spanId + "-01";
    }

    static String requireTraceId(String traceId) {
        Objects.requireNonNull(traceId, "traceId");
        if (!TRACE_ID.matcher(traceId).matches() || isZero(traceId)) {
            throw new IllegalArgumentException("A trace id is 32 lowercase hex digits, not all zero");
        }
        return traceId;
    }

    static String requireSpanId(String spanId) {
        Objects.requireNonNull(spanId, "spanId");
        if (!SPAN_ID.matcher(spanId).matches() || isZero(spanId)) {
            throw new IllegalArgumentException("A span id is 16 lowercase hex digits, not all zero");
        }
        return spanId;
    }

    private static boolean isZero(String hex) {
        return hex.chars().allMatch(c -> c == '0');
    }

    private static String randomHex(int bytes) {
        byte[] id = new byte[bytes];
        do {
            RANDOM.nextBytes(id);
        } while (isZero(HexFormat.of().formatHex(id)));
        return HexFormat.of().formatHex(id);
    }
}
