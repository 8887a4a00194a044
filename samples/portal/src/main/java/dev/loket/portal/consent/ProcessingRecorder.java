package dev.loket.portal.consent;

import dev.loket.consent.LegalBasis;
import dev.loket.consent.Purpose;
import dev.loket.consent.PurposeRegistry;
import dev.loket.consent.log.ProcessingEntry;
import dev.loket.consent.log.ProcessingLog;
import dev.loket.consent.log.TraceContext;
import dev.loket.identity.Representation;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Writes the portal's processing log entries: a guard check that allowed a use, a register read for
 * prefill, a submission handed to the back office. Each entry joins the request's trace and, at the
 * counter, records the employee as acting for the citizen.
 */
public final class ProcessingRecorder {

    /** {@code name} of an entry for a lawful-basis check that allowed access. */
    public static final String LAWFUL_BASIS_CHECK = "lawful-basis-check";
    /** {@code name} of an entry for a value read from a register to prefill a form. */
    public static final String PREFILL_READ = "prefill-read";
    /** {@code name} of an entry for a submission handed to the back office. */
    public static final String SUBMISSION_DELIVERED = "submission-delivered";
    static final String RESOURCE = "loket-portal";

    private final ProcessingLog log;
    private final PurposeRegistry purposes;
    private final Supplier<TraceScope> context;
    private final Clock clock;
    private final String counterName;

    public ProcessingRecorder(ProcessingLog log, PurposeRegistry purposes, Supplier<TraceScope> context, Clock clock,
                              String counterName) {
        this.log = log;
        this.purposes = purposes;
        this.context = context;
        this.clock = clock;
        this.counterName = counterName;
    }

    /** Logs that the guard allowed {@code controller} to use {@code categories} of {@code subject} for the purpose. */
    public void allowed(String controller, String purposeId, Set<String> categories, String subject, LegalBasis basis) {
        TraceScope now = context.get();
        TraceContext span = now.root().newSpan();
        Instant at = clock.instant();
        log.record(entry(span, LAWFUL_BASIS_CHECK, now, subject, at, at)
                .causedBy(now.root())
                .purpose(controller, purposeId, basis)
                .categories(categories)
                .build());
        now.allowedBy(span);
    }

    /** Logs one attribute read from a register for prefill, caused by the check that allowed it. */
    public void read(String controller, String purposeId, String attribute, String subject, Instant start, Instant end) {
        TraceScope now = context.get();
        TraceContext parent = now.parentOfReads();
        log.record(entry(parent.newSpan(), PREFILL_READ, now, subject, start, end)
                .causedBy(parent)
                .purpose(controller, purposeId, basisOf(controller, purposeId))
                .categories(Set.of(attribute))
                .build());
    }

    /** Logs that a submission about {@code subject} was handed to the back office, for the purpose. */
    public void delivered(String controller, String purposeId, Set<String> categories, String subject,
                          Optional<Representation> by, Instant start, Instant end) {
        TraceContext span = TraceContext.newTrace();
        log.record(ProcessingEntry.builder(span, SUBMISSION_DELIVERED)
                .purpose(controller, purposeId, basisOf(controller, purposeId))
                .categories(categories)
                .subject(subject)
                .by(by)
                .during(start, end)
                .resource(RESOURCE)
                .build());
    }

    private ProcessingEntry.Builder entry(TraceContext span, String activity, TraceScope now, String subject,
                                          Instant start, Instant end) {
        return ProcessingEntry.builder(span, activity)
                .subject(subject)
                .by(now.employee().map(employee -> Representation.atCounter(employee, subject, counterName)))
                .during(start, end)
                .resource(RESOURCE);
    }

    private LegalBasis basisOf(String controller, String purposeId) {
        return purposes.find(controller, purposeId).map(Purpose::basis).orElseThrow(() -> new IllegalStateException(
                "Processing for " + controller + "/" + purposeId + ", a purpose that is not registered"));
    }
}
