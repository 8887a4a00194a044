package dev.loket.consent;

import dev.loket.consent.internal.JdbcConsentStore;
import dev.loket.core.Channel;
import dev.loket.identity.Representation;

import javax.sql.DataSource;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Consent records: append-only, hash-chained events per subject. Nothing is ever updated or
 * deleted; the state of a consent is its last event, read with its expiry.
 *
 * <p>Every method refuses a subject that is a valid BSN ({@link ConsentProblems#PSEUDONYM_IS_BSN}).
 */
public interface ConsentStore {

    /**
     * Records that the subject gave consent.
     *
     * @throws dev.loket.core.LoketException {@link ConsentProblems#UNKNOWN_PURPOSE},
     *         {@link ConsentProblems#NOT_CONSENT_BASED}, {@link ConsentProblems#CATEGORIES_NOT_COVERED}, or
     *         {@link ConsentProblems#WRONG_STATE} when consent is already given (renew it instead)
     */
    ConsentEvent give(ConsentRequest request);

    /**
     * Records that the subject was asked and refused.
     *
     * @throws dev.loket.core.LoketException as {@link #give}; {@link ConsentProblems#WRONG_STATE} when
     *         consent is currently given (withdraw it instead)
     */
    ConsentEvent refuse(ConsentRequest request);

    /**
     * Withdraws consent in one step, on any channel (GDPR Art. 7(3)).
     *
     * @param representation who acted for the subject; empty when the subject acted themselves
     * @throws dev.loket.core.LoketException {@link ConsentProblems#WRONG_STATE} when consent is not
     *         currently given (never given, refused, withdrawn or expired)
     */
    ConsentEvent withdraw(String subject, String controller, String purposeId, Channel channel,
                          Optional<Representation> representation);

    /**
     * Records that the subject gave consent again, for a new term; for consent that is given or has expired.
     *
     * @throws dev.loket.core.LoketException as {@link #give}; {@link ConsentProblems#WRONG_STATE} when
     *         consent was never given, or was refused or withdrawn (give it instead)
     */
    ConsentEvent renew(ConsentRequest request);

    /** Every event of the subject, oldest first; empty when there are none. */
    List<ConsentEvent> history(String subject);

    /** The state of one consent now; empty when nothing was ever recorded for it. */
    Optional<ConsentState> current(String subject, String controller, String purposeId);

    /** Checks the subject's hash chain from the first event to the last. */
    ChainVerification verify(String subject);

    /**
     * Calls {@code listener} after every event this store has written (after it is committed), in
     * the writing thread. Caches such as the {@link LawfulBasisGuard}'s stay correct this way.
     */
    void subscribe(Consumer<ConsentEvent> listener);

    /**
     * Consent records in the {@code consent_event} table of a database migrated with sdk-consent's
     * schema; requests are checked against {@code purposes}, expiry is read with {@code clock}.
     */
    static ConsentStore onDatabase(DataSource dataSource, PurposeRegistry purposes, Clock clock) {
        return new JdbcConsentStore(dataSource, purposes, clock);
    }
}
