package dev.loket.consent.log;

import dev.loket.consent.LegalBasis;
import dev.loket.consent.internal.Pseudonyms;
import dev.loket.identity.Representation;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One processing of personal data, as the Dutch standard Logboek Dataverwerkingen logs it: which
 * operation (trace and span, OpenTelemetry-compatible), what was done ({@code activity}), for which
 * purpose of which agency and on which lawful basis, whose data (a pseudonym, never a BSN), when,
 * how it ended, and what caused it (the parent span here, or an operation at another agency).
 * Entries are written once and never changed. Build one with {@link #builder}.
 *
 * @param traceId           the trace ({@code trace_id}), shared by everything one request caused
 * @param spanId            this operation ({@code span_id}, formerly {@code operation_id})
 * @param parentSpanId      the operation in the same trace that caused this one ({@code parent_span_id})
 * @param foreignOperation  the operation at another agency that caused this one ({@code foreign_operation})
 * @param activity          what was done ({@code name}), e.g. {@code prefill-read}
 * @param controller        the agency responsible
 * @param purposeId         the purpose, the processing activity ({@code dpl.core.processing_activity_id})
 * @param basis             the lawful basis it happened on
 * @param dataCategories    which kinds of data were used
 * @param subject           whose data: a keyed pseudonym ({@code dpl.core.data_subject_id}); a BSN is refused
 * @param subjectIdType     what kind of id {@code subject} is ({@code dpl.core.data_subject_id_type})
 * @param representation    who acted for the subject, e.g. a counter employee; empty when nobody did
 * @param startTime         when it started ({@code start_time})
 * @param endTime           when it ended ({@code end_time})
 * @param status            how it ended ({@code status_code})
 * @param resource          the application that did it ({@code resource}), e.g. {@code loket-portal}
 */
public record ProcessingEntry(String traceId, String spanId, Optional<String> parentSpanId,
                              Optional<ForeignOperation> foreignOperation, String activity, String controller,
                              String purposeId, LegalBasis basis, Set<String> dataCategories, String subject,
                              String subjectIdType, Optional<Representation> representation, Instant startTime,
                              Instant endTime, ProcessingStatus status, String resource) {

    /** The {@link #subjectIdType} of Loket's keyed pseudonyms (HMAC-SHA256 of the BSN, sdk-identity). */
    public static final String PSEUDONYM_ID_TYPE = "loket-pseudonym";

    public ProcessingEntry {
        TraceContext.requireTraceId(traceId);
        TraceContext.requireSpanId(spanId);
        Objects.requireNonNull(parentSpanId, "parentSpanId").ifPresent(TraceContext::requireSpanId);
        Objects.requireNonNull(foreignOperation, "foreignOperation");
        requireText(activity, "activity");
        requireText(controller, "controller");
        requireText(purposeId, "purposeId");
        Objects.requireNonNull(basis, "basis");
        dataCategories = Set.copyOf(dataCategories);
        Pseudonyms.require(subject, "subject");
        requireText(subjectIdType, "subjectIdType");
        Objects.requireNonNull(representation, "representation").ifPresent(by -> Pseudonyms.requireActingFor(by, subject));
        // Databases keep microseconds; an entry reads back as it was written.
        startTime = Objects.requireNonNull(startTime, "startTime").truncatedTo(ChronoUnit.MICROS);
        endTime = Objects.requireNonNull(endTime, "endTime").truncatedTo(ChronoUnit.MICROS);
        if (endTime.isBefore(startTime)) {
            throw new IllegalArgumentException("A processing cannot end before it starts");
        }
        Objects.requireNonNull(status, "status");
        requireText(resource, "resource");
    }

    /** This entry's place in its trace, e.g. to be the parent of what it causes. */
    public TraceContext context() {
        return new TraceContext(traceId, spanId);
    }

    /**
     * Starts an entry for the operation {@code span} that does {@code activity}. {@code span} is
     * typically {@code parent.newSpan()}, or {@link TraceContext#newTrace()} for a first operation.
     */
    public static Builder builder(TraceContext span, String activity) {
        return new Builder(span, activity);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A processing log entry needs " + name);
        }
    }

    /** Builds a {@link ProcessingEntry}; purpose, subject and time are required. */
    public static final class Builder {
        private final TraceContext span;
        private final String activity;
        private Optional<String> parentSpanId = Optional.empty();
        private Optional<ForeignOperation> foreignOperation = Optional.empty();
        private String controller;
        private String purposeId;
        private LegalBasis basis;
        private Set<String> dataCategories = Set.of();
        private String subject;
        private String subjectIdType = PSEUDONYM_ID_TYPE;
        private Optional<Representation> representation = Optional.empty();
        private Instant startTime;
        private Instant endTime;
        private ProcessingStatus status = ProcessingStatus.OK;
        private String resource = "loket";

        private Builder(TraceContext span, String activity) {
            this.span = Objects.requireNonNull(span, "span");
            this.activity = activity;
        }

        /** Caused by {@code parent}, an operation in the same trace. */
        public Builder causedBy(TraceContext parent) {
            if (!parent.traceId().equals(span.traceId())) {
                throw new IllegalArgumentException("A parent span belongs to the same trace; use causedAbroad for another agency's");
            }
            this.parentSpanId = Optional.of(parent.spanId());
            return this;
        }

        /** Caused by an operation at another agency. */
        public Builder causedAbroad(ForeignOperation operation) {
            this.foreignOperation = Optional.of(operation);
            return this;
        }

        public Builder purpose(String controller, String purposeId, LegalBasis basis) {
            this.controller = controller;
            this.purposeId = purposeId;
            this.basis = basis;
            return this;
        }

        public Builder categories(Set<String> categories) {
            this.dataCategories = categories;
            return this;
        }

        /** Whose data, by pseudonym of type {@link #PSEUDONYM_ID_TYPE}. */
        public Builder subject(String pseudonym) {
            this.subject = pseudonym;
            return this;
        }

        public Builder subject(String id, String idType) {
            this.subject = id;
            this.subjectIdType = idType;
            return this;
        }

        public Builder by(Optional<Representation> representation) {
            this.representation = representation;
            return this;
        }

        /** When it happened; for an operation that took no measurable time, {@code end} is {@code start}. */
        public Builder during(Instant start, Instant end) {
            this.startTime = start;
            this.endTime = end;
            return this;
        }

        public Builder status(ProcessingStatus status) {
            this.status = status;
            return this;
        }

        public Builder resource(String resource) {
            this.resource = resource;
            return this;
        }

        public ProcessingEntry build() {
            return new ProcessingEntry(span.traceId(), span.spanId(), parentSpanId, foreignOperation, activity,
                    controller, purposeId, basis, dataCategories, subject, subjectIdType, representation, startTime,
                    endTime, status, resource);
        }
    }
}
