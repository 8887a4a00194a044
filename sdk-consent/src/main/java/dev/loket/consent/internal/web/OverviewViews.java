package dev.loket.consent.internal.web;

import dev.loket.consent.ConsentEvent;
import dev.loket.consent.ConsentOverview;
import dev.loket.consent.ConsentState;
import dev.loket.consent.LegalReference;
import dev.loket.consent.Purpose;
import dev.loket.consent.Retention;
import dev.loket.consent.PurposeRegistry;
import java.util.Collections;
import java.util.ArrayList;
import dev.loket.consent.log.ProcessingEntry;
import dev.loket.core.Language;
import dev.loket.core.Message;
import dev.loket.identity.Representation;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The overview in words for one reader: what the pages show and the API returns beside the codes.
 * Times in Dutch time, as people read them.
 */
public final class OverviewViews {

    static final String BUNDLE = "dev.loket.consent.messages";
    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    private final Language language;
    private final DateTimeFormatter time;

    public OverviewViews(Language language) {
        this.language = language;
        this.time = DateTimeFormatter.ofPattern(language == Language.NL ? "d MMMM yyyy 'om' HH:mm" : "d MMMM yyyy 'at' HH:mm",
                language.locale()).withZone(DUTCH_TIME);
    }

    /** One consent as the reader sees it. */
    public record ConsentView(String controller, String purposeId, String description, String state, String status,
                              boolean given, List<EventView> events) {
    }

    /** One event of a consent, with its receipt's id. */
    public record EventView(String id, String type, String what, String when, String how, String by) {
    }

    /** One agency's uses. */
    public record AgencyView(String controller, List<PurposeView> purposes) {
    }

    /** The uses for one purpose, with why the agency may. */
    public record PurposeView(String purposeId, String description, String basis, String basisArticle,
                              String legalReference, List<UseView> uses) {
    }

    /** One use. */
    public record UseView(String when, String what, String by, String traceId, String spanId) {
    }

    /** What an erasure request did, in words. */
    public record ErasureView(List<String> withdrawn, int consentEvents, int logEntries, List<KeptView> kept) {
    }

    /** What was kept, and why. */
    public record KeptView(String controller, String purposeId, String description, int entries, String until,
                           String reason) {
    }

    public ErasureView erasure(Retention.ErasureReport report,
                               PurposeRegistry purposes) {
        return new ErasureView(report.withdrawn(), report.consentEvents(), report.logEntries(), report.kept().stream()
                .map(kept -> new KeptView(kept.controller(), kept.purposeId(),
                        purposes.find(kept.controller(), kept.purposeId()).map(p -> p.description(language))
                                .orElseGet(() -> text("purpose.unregistered")),
                        kept.entries(), kept.keptUntil().map(this::when).orElse(""), kept.reason().in(language)))
                .toList());
    }

    public List<ConsentView> consents(List<ConsentOverview.ConsentItem> items) {
        return items.stream().map(item -> new ConsentView(item.purpose().controller(), item.purpose().id(),
                item.purpose().description(language),
                item.state().map(st -> st.status().name().toLowerCase(Locale.ROOT)).orElse("none"),
                status(item.state()), item.given(),
                newestFirst(item.history()).stream().map(this::event).toList())).toList();
    }

    public List<AgencyView> uses(List<ConsentOverview.AgencyUses> uses) {
        return uses.stream().map(agency -> new AgencyView(agency.controller(),
                agency.purposes().stream().map(this::purpose).toList())).toList();
    }

    private static <T> List<T> newestFirst(List<T> oldestFirst) {
        List<T> copy = new ArrayList<>(oldestFirst);
        Collections.reverse(copy);
        return copy;
    }

    private PurposeView purpose(ConsentOverview.PurposeUses uses) {
        Optional<Purpose> purpose = uses.purpose();
        ProcessingEntry latest = uses.entries().get(0);
        return new PurposeView(uses.purposeId(),
                purpose.map(p -> p.description(language)).orElseGet(() -> text("purpose.unregistered")),
                latest.basis().explanation().in(language), latest.basis().article(),
                purpose.flatMap(Purpose::legalReference).map(this::reference).orElse(""),
                uses.entries().stream().map(this::use).toList());
    }

    private UseView use(ProcessingEntry entry) {
        String categories = String.join(", ", new TreeSet<>(entry.dataCategories()));
        String what = switch (entry.activity()) {
            case "lawful-basis-check", "prefill-read" -> text("activity." + entry.activity(), categories);
            case "submission-delivered" -> text("activity.submission-delivered");
            default -> text("activity.other", categories, entry.activity());
        };
        return new UseView(when(entry.startTime()), what, by(entry.representation()), entry.traceId(), entry.spanId());
    }

    private EventView event(ConsentEvent event) {
        String type = event.type().name().toLowerCase(Locale.ROOT);
        return new EventView(event.id().toString(), type, text("event." + type),
                when(event.time()), text("channel." + event.channel().name().toLowerCase(Locale.ROOT)),
                by(event.representation()));
    }

    private String status(Optional<ConsentState> state) {
        if (state.isEmpty()) {
            return text("status.none");
        }
        ConsentState now = state.get();
        return switch (now.status()) {
            case GIVEN -> now.event().expiresAt().map(end -> text("status.given-until", when(end)))
                    .orElseGet(() -> text("status.given"));
            case REFUSED -> text("status.refused");
            case WITHDRAWN -> text("status.withdrawn");
            case EXPIRED -> text("status.expired");
        };
    }

    private String by(Optional<Representation> representation) {
        if (representation.isEmpty()) {
            return text("by.yourself");
        }
        Representation by = representation.get();
        if (Representation.COUNTER_EMPLOYEE.equals(by.role())) {
            return by.place().map(place -> text("by.employee-at", by.actor(), place))
                    .orElseGet(() -> text("by.employee", by.actor()));
        }
        return text("by.representative", by.actor(), by.mandate());
    }

    private String reference(LegalReference reference) {
        return text("legal-reference", reference.law(), reference.article());
    }

    public String when(Instant instant) {
        return time.format(instant);
    }

    private String text(String key, Object... args) {
        return Message.of(BUNDLE, key, args).in(language);
    }
}
