package dev.loket.consent;

import dev.loket.consent.log.ProcessingEntry;
import dev.loket.consent.log.ProcessingLog;
import dev.loket.core.Channel;
import dev.loket.core.LoketException;
import dev.loket.core.Message;
import dev.loket.identity.Representation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * What one person sees of their data: every purpose they can consent to with where their consent
 * stands, the history and receipts of their consents, and every use of their data in the processing
 * log, grouped by agency and purpose. Giving and withdrawing go through here on every channel, so
 * withdrawing is always the one action that giving was (GDPR Art. 7(3)).
 */
public final class ConsentOverview {

    private final PurposeRegistry purposes;
    private final ConsentStore consents;
    private final ProcessingLog log;
    private final ConsentReceipts receipts;
    private final Clock clock;

    public ConsentOverview(PurposeRegistry purposes, ConsentStore consents, ProcessingLog log, ConsentReceipts receipts,
                           Clock clock) {
        this.purposes = purposes;
        this.consents = consents;
        this.log = log;
        this.receipts = receipts;
        this.clock = clock;
    }

    /**
     * One purpose that rests on consent, and where the person's consent for it stands.
     *
     * @param purpose the purpose
     * @param state   the consent now; empty when the person was never asked
     * @param history the person's events for this purpose, oldest first
     */
    public record ConsentItem(Purpose purpose, Optional<ConsentState> state, List<ConsentEvent> history) {
        public ConsentItem {
            history = List.copyOf(history);
        }

        /** Whether data may be used on this consent now. */
        public boolean given() {
            return state.filter(ConsentState::isGiven).isPresent();
        }
    }

    /**
     * The uses of the person's data by one agency.
     *
     * @param controller the agency
     * @param purposes   its uses per purpose, in purpose id order
     */
    public record AgencyUses(String controller, List<PurposeUses> purposes) {
        public AgencyUses {
            purposes = List.copyOf(purposes);
        }
    }

    /**
     * The uses for one purpose.
     *
     * @param controller the agency
     * @param purposeId  the purpose's id
     * @param purpose    the purpose as registered; empty when it is no longer registered
     * @param entries    the log entries, newest first
     */
    public record PurposeUses(String controller, String purposeId, Optional<Purpose> purpose, List<ProcessingEntry> entries) {
        public PurposeUses {
            entries = List.copyOf(entries);
        }
    }

    /** Every purpose that rests on consent, with the person's state; by agency, then purpose id. */
    public List<ConsentItem> consents(String subject) {
        Map<String, List<ConsentEvent>> history = new LinkedHashMap<>();
        for (ConsentEvent event : consents.history(subject)) {
            history.computeIfAbsent(event.controller() + "\n" + event.purposeId(), k -> new ArrayList<>()).add(event);
        }
        return purposes.all().stream()
                .filter(purpose -> purpose.basis() == LegalBasis.CONSENT)
                .sorted(Comparator.comparing(Purpose::controller).thenComparing(Purpose::id))
                .map(purpose -> {
                    List<ConsentEvent> events = history.getOrDefault(purpose.controller() + "\n" + purpose.id(), List.of());
                    Optional<ConsentState> state = events.isEmpty() ? Optional.empty()
                            : Optional.of(ConsentState.of(events.get(events.size() - 1), clock.instant()));
                    return new ConsentItem(purpose, state, events);
                })
                .toList();
    }

    /** Every logged use of the person's data, grouped by agency and purpose, newest first within each. */
    public List<AgencyUses> uses(String subject) {
        Map<String, Map<String, List<ProcessingEntry>>> grouped = new TreeMap<>();
        for (ProcessingEntry entry : log.about(subject)) {
            grouped.computeIfAbsent(entry.controller(), c -> new TreeMap<>())
                    .computeIfAbsent(entry.purposeId(), p -> new ArrayList<>()).add(entry);
        }
        List<AgencyUses> uses = new ArrayList<>();
        grouped.forEach((controller, byPurpose) -> {
            List<PurposeUses> purposeUses = new ArrayList<>();
            byPurpose.forEach((purposeId, entries) -> {
                List<ProcessingEntry> newestFirst = new ArrayList<>(entries);
                newestFirst.sort(Comparator.comparing(ProcessingEntry::startTime).reversed());
                purposeUses.add(new PurposeUses(controller, purposeId, purposes.find(controller, purposeId), newestFirst));
            });
            uses.add(new AgencyUses(controller, purposeUses));
        });
        return uses;
    }

    /** Gives consent for all of the purpose's categories, until withdrawn. */
    public ConsentEvent give(String subject, String controller, String purposeId, String noticeVersion, Channel channel,
                             Optional<Representation> by) {
        ConsentRequest request = ConsentRequest.of(subject, controller, purposeId, noticeVersion, channel);
        return consents.give(by.map(request::onBehalfBy).orElse(request));
    }

    /** Withdraws consent in one step. */
    public ConsentEvent withdraw(String subject, String controller, String purposeId, Channel channel,
                                 Optional<Representation> by) {
        return consents.withdraw(subject, controller, purposeId, channel, by);
    }

    /**
     * The signed receipt of one of the person's own events.
     *
     * @throws LoketException {@link ConsentProblems#UNKNOWN_RECEIPT} when the person has no such event
     */
    public String receipt(String subject, UUID eventId) {
        return consents.history(subject).stream().filter(event -> event.id().equals(eventId)).findFirst()
                .map(receipts::sign)
                .orElseThrow(() -> new LoketException(ConsentProblems.UNKNOWN_RECEIPT,
                        Message.of(ConsentProblems.BUNDLE, "consent.unknown-receipt")));
    }

    /** The purposes, for the pages. */
    public PurposeRegistry purposes() {
        return purposes;
    }

    /** The subject's chain, checked. */
    public ChainVerification verify(String subject) {
        return consents.verify(subject);
    }
}
