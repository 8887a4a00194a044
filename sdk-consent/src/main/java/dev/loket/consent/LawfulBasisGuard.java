package dev.loket.consent;

import dev.loket.consent.internal.Pseudonyms;
import dev.loket.core.Message;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Answers "may controller C process categories X of subject S for purpose P now?" before any use
 * of personal data (prefill, eligibility). Allowed when the purpose is registered for C, covers X,
 * and either rests on another basis than consent, or S's consent is given and not expired.
 *
 * <p>It answers from memory: the last consent event per (subject, controller, purpose) is read
 * from the store once and then kept current by the store's change notifications, so a withdrawal
 * is denied from the very next call. Expiry is checked on every call with the clock. Produce one
 * instance per application (e.g. a CDI {@code @Produces @ApplicationScoped} method).
 */
public class LawfulBasisGuard {

    private static final String BUNDLE = LegalBasis.BUNDLE;

    private final PurposeRegistry purposes;
    private final ConsentStore store;
    private final Clock clock;
    private final ConcurrentMap<Key, Optional<ConsentEvent>> lastEvents = new ConcurrentHashMap<>();

    public LawfulBasisGuard(PurposeRegistry purposes, ConsentStore store, Clock clock) {
        this.purposes = purposes;
        this.store = store;
        this.clock = clock;
        store.subscribe(this::remember);
    }

    /**
     * Whether {@code controller} may process {@code categories} of {@code subject} for {@code purposeId} now.
     *
     * @param subject the subject's pseudonym (a valid BSN is refused with an exception)
     */
    public Decision decide(String controller, String purposeId, Set<String> categories, String subject) {
        Optional<Purpose> found = purposes.find(controller, purposeId);
        if (found.isEmpty()) {
            return denied(Optional.empty(), "guard.denied.unknown-purpose", controller, purposeId);
        }
        Purpose purpose = found.get();
        if (!purpose.covers(categories)) {
            Set<String> outside = new TreeSet<>(categories);
            outside.removeAll(purpose.dataCategories());
            return denied(Optional.of(purpose.basis()), "guard.denied.categories", String.join(", ", outside));
        }
        if (purpose.basis() != LegalBasis.CONSENT) {
            return new Decision(true, Optional.of(purpose.basis()), purpose.basis().explanation());
        }
        Pseudonyms.require(subject, "subject");
        Optional<ConsentEvent> last = lastEvents.computeIfAbsent(new Key(subject, controller, purposeId),
                key -> store.current(subject, controller, purposeId).map(ConsentState::event));
        if (last.isEmpty()) {
            return denied(Optional.of(LegalBasis.CONSENT), "guard.denied.no-consent");
        }
        return switch (ConsentState.of(last.get(), clock.instant()).status()) {
            case GIVEN -> new Decision(true, Optional.of(LegalBasis.CONSENT), Message.of(BUNDLE, "guard.allowed.consent"));
            case REFUSED -> denied(Optional.of(LegalBasis.CONSENT), "guard.denied.refused");
            case WITHDRAWN -> denied(Optional.of(LegalBasis.CONSENT), "guard.denied.withdrawn");
            case EXPIRED -> denied(Optional.of(LegalBasis.CONSENT), "guard.denied.expired");
        };
    }

    /**
     * Keeps the newest event per consent. Runs after the event is committed; when a read of the
     * same consent is still loading, the map makes this wait for it and then overwrite it.
     */
    private void remember(ConsentEvent event) {
        lastEvents.merge(new Key(event.subject(), event.controller(), event.purposeId()), Optional.of(event),
                (known, incoming) -> known.isPresent() && known.get().sequence() > event.sequence() ? known : incoming);
    }

    private static Decision denied(Optional<LegalBasis> basis, String key, Object... args) {
        return new Decision(false, basis, Message.of(BUNDLE, key, args));
    }

    private record Key(String subject, String controller, String purposeId) {
    }
}
