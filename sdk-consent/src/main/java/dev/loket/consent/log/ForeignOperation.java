package dev.loket.consent.log;

import java.net.URI;
import java.util.Objects;

/**
 * The operation at another agency that caused a processing here ({@code foreign_operation} in
 * Logboek Dataverwerkingen): its trace and span there, and which agency it is. With it, the citizen
 * and a supervisor can follow one use of data from the agency that asked to the one that answered.
 *
 * @param traceId the other agency's trace id (32 hex digits)
 * @param spanId  the other agency's span id (16 hex digits)
 * @param entity  a URI naming the other agency, e.g. its OIN as {@code urn:oin:00000001234567890000}
 */
public record ForeignOperation(String traceId, String spanId, URI entity) {

    public ForeignOperation {
        TraceContext.requireTraceId(traceId);
        TraceContext.requireSpanId(spanId);
        Objects.requireNonNull(entity, "entity");
    }
}
