package dev.loket.consent;

import dev.loket.consent.internal.Purging;
import dev.loket.consent.log.ProcessingEntry;
import dev.loket.consent.log.ProcessingLog;
import dev.loket.core.Channel;
import dev.loket.core.Message;
import dev.loket.identity.Representation;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Keeps personal data no longer than its purpose allows, and erases it when the person asks.
 *
 * <p>{@link #purge} (run it on a schedule) removes processing log entries older than their
 * purpose's retention period, and consent records whose consent ended longer ago than that. Entries
 * of a purpose that is no longer registered are kept: nobody can say how long they must stay.
 *
 * <p>{@link #erase} handles an erasure request (GDPR Art. 17): it withdraws every consent still
 * given, removes the person's consent records and the log entries that rest on consent, and says
 * what it must keep and why: log entries of processing on a legal basis other than consent stay
 * until their retention ends, because the law that gave the basis also asks that it can be checked
 * (Art. 17(3)(b) and (e)).
 */
public final class Retention {

    private static final Logger LOG = Logger.getLogger(Retention.class.getName());
    private static final Duration FLUSH_LIMIT = Duration.ofSeconds(10);

    private final Purging purging;
    private final PurposeRegistry purposes;
    private final ConsentStore consents;
    private final ProcessingLog log;
    private final Clock clock;

    public Retention(DataSource dataSource, PurposeRegistry purposes, ConsentStore consents, ProcessingLog log,
                     Clock clock) {
        this.purging = new Purging(dataSource);
        this.purposes = purposes;
        this.consents = consents;
        this.log = log;
        this.clock = clock;
    }

    /**
     * What one purge removed.
     *
     * @param logEntries    processing log entries removed
     * @param consentEvents consent events removed (each leaves its hash, so chains still verify)
     */
    public record PurgeReport(int logEntries, int consentEvents) {
    }

    /**
     * What an erasure request did and what it kept.
     *
     * @param withdrawn     the purposes whose consent was withdrawn first, as {@code controller/purpose}
     * @param consentEvents consent events removed
     * @param logEntries    processing log entries removed
     * @param kept          what must be kept, per agency and purpose, with why
     */
    public record ErasureReport(List<String> withdrawn, int consentEvents, int logEntries, List<Kept> kept) {
        public ErasureReport {
            withdrawn = List.copyOf(withdrawn);
            kept = List.copyOf(kept);
        }
    }

    /**
     * Log entries an erasure must keep.
     *
     * @param controller     the agency
     * @param purposeId      the purpose
     * @param entries        how many entries are kept
     * @param basis          the lawful basis they rest on
     * @param legalReference the law and article that gives it; empty when the purpose is no longer registered
     * @param keptUntil      when the last of them is removed by the purge; empty when the purpose is unknown
     * @param reason         why, in plain language (nl and en)
     */
    public record Kept(String controller, String purposeId, int entries, LegalBasis basis,
                       Optional<LegalReference> legalReference, Optional<Instant> keptUntil, Message reason) {
    }

    /** Applies every purpose's retention to the processing log and the consent records. */
    public PurgeReport purge() {
        Instant now = clock.instant();
        log.flush(FLUSH_LIMIT);
        int entries = 0;
        for (Purpose purpose : purposes.all()) {
            entries += purging.removeLogEntriesEndedBefore(purpose.controller(), purpose.id(), cutoff(purpose, now));
        }
        int events = 0;
        for (Purging.ConsentEnd end : purging.consentEnds()) {
            ConsentEvent last = end.last();
            Optional<Purpose> purpose = purposes.find(last.controller(), last.purposeId());
            Optional<Instant> ended = end.endedAt(now);
            if (purpose.isPresent() && ended.isPresent() && ended.get().isBefore(cutoff(purpose.get(), now))) {
                events += purging.removeConsent(last.subject(), last.controller(), last.purposeId(),
                        Purging.Reason.RETENTION, now);
            }
        }
        int logEntries = entries;
        int consentEvents = events;
        LOG.info(() -> "Retention purge: " + logEntries + " processing log entries and " + consentEvents
                + " consent events removed");
        return new PurgeReport(entries, events);
    }

    /**
     * Erases what may be erased about {@code subject} and reports what is kept and why.
     *
     * @param channel where the person asked
     * @param by      who acted for the person, e.g. an employee at the counter; empty when they asked themselves
     */
    public ErasureReport erase(String subject, Channel channel, Optional<Representation> by) {
        Instant now = clock.instant();
        List<String> withdrawn = new ArrayList<>();
        Map<String, ConsentEvent> lastPerConsent = new LinkedHashMap<>();
        for (ConsentEvent event : consents.history(subject)) {
            lastPerConsent.put(event.controller() + "/" + event.purposeId(), event);
        }
        // Withdrawn first, through the store, so every cache (the guard's) learns of it at once.
        lastPerConsent.forEach((key, last) -> {
            if (ConsentState.of(last, now).isGiven()) {
                consents.withdraw(subject, last.controller(), last.purposeId(), channel, by);
                withdrawn.add(key);
            }
        });
        int events = 0;
        for (ConsentEvent last : lastPerConsent.values()) {
            events += purging.removeConsent(subject, last.controller(), last.purposeId(), Purging.Reason.ERASURE, now);
        }
        List<ProcessingEntry> entries = log.about(subject);
        int removed = purging.removeLogEntriesOf(subject, LegalBasis.CONSENT);
        return new ErasureReport(withdrawn, events, removed, kept(entries));
    }

    private List<Kept> kept(List<ProcessingEntry> entries) {
        Map<String, List<ProcessingEntry>> byPurpose = new LinkedHashMap<>();
        entries.stream().filter(entry -> entry.basis() != LegalBasis.CONSENT)
                .sorted(Comparator.comparing(ProcessingEntry::controller).thenComparing(ProcessingEntry::purposeId))
                .forEach(entry -> byPurpose.computeIfAbsent(entry.controller() + "\n" + entry.purposeId(),
                        k -> new ArrayList<>()).add(entry));
        List<Kept> kept = new ArrayList<>();
        byPurpose.values().forEach(group -> {
            ProcessingEntry first = group.get(0);
            Optional<Purpose> purpose = purposes.find(first.controller(), first.purposeId());
            Optional<Instant> until = purpose.map(p -> group.stream().map(ProcessingEntry::endTime)
                    .max(Comparator.naturalOrder()).orElseThrow().atOffset(ZoneOffset.UTC).plus(p.retention()).toInstant());
            Optional<LegalReference> reference = purpose.flatMap(Purpose::legalReference);
            Message reason = purpose.isEmpty()
                    ? Message.of(ConsentProblems.BUNDLE, "erasure.kept.unknown-purpose", first.controller(), first.purposeId())
                    : Message.of(ConsentProblems.BUNDLE, "erasure.kept", first.basis().article(),
                    reference.map(LegalReference::toString).orElse(first.basis().article()));
            kept.add(new Kept(first.controller(), first.purposeId(), group.size(), first.basis(), reference, until, reason));
        });
        return kept;
    }

    private static Instant cutoff(Purpose purpose, Instant now) {
        return now.atOffset(ZoneOffset.UTC).minus(purpose.retention()).toInstant();
    }
}
