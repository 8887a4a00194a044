package dev.loket.consent;

import dev.loket.core.Channel;
import dev.loket.identity.Representation;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * One stored event of a consent record (ISO/IEC TS 27560): what happened to the consent of one
 * subject for one purpose of one controller. Events are never changed; together they are the
 * record's history. Each event is chained to the subject's previous event by its hash, so a change
 * afterwards is found by {@link ConsentStore#verify(String)}.
 *
 * @param id             the event's id
 * @param subject        the data subject's pseudonym (never a BSN)
 * @param sequence       the place of the event among all events of this subject, from 1
 * @param controller     the agency responsible
 * @param purposeId      the purpose, see {@link PurposeRegistry}
 * @param type           what happened
 * @param dataCategories the categories of data the consent covers
 * @param basis          the lawful basis of the purpose
 * @param noticeVersion  the version of the privacy notice the subject was shown
 * @param channel        where it happened
 * @param representation who acted for the subject; empty when the subject acted themselves
 * @param time           when it happened
 * @param expiresAt      when the consent ends by itself; empty when it lasts until withdrawn
 * @param previousHash   the {@link #hash} of the subject's previous event; 64 zeros for the first
 * @param hash           SHA-256 (hex) of this event's canonical content, which includes {@code previousHash}
 */
public record ConsentEvent(UUID id, String subject, long sequence, String controller, String purposeId, Type type,
                           Set<String> dataCategories, LegalBasis basis, String noticeVersion, Channel channel,
                           Optional<Representation> representation, Instant time, Optional<Instant> expiresAt,
                           String previousHash, String hash) {

    /** The hash before a subject's first event. */
    public static final String GENESIS = "0".repeat(64);

    public ConsentEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(controller, "controller");
        Objects.requireNonNull(purposeId, "purposeId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(noticeVersion, "noticeVersion");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(representation, "representation");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(hash, "hash");
        dataCategories = Set.copyOf(dataCategories);
    }

    /** What happened to a consent (the event types of ISO/IEC TS 27560). */
    public enum Type {
        /** The subject agreed. */
        GIVEN,
        /** The subject was asked and said no. */
        REFUSED,
        /** The subject took back consent given earlier. */
        WITHDRAWN,
        /** The consent ended because its term passed; written by housekeeping, read as such before that. */
        EXPIRED,
        /** The subject agreed again, for a new term. */
        RENEWED
    }
}
