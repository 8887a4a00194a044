package dev.loket.consent.internal;

import dev.loket.consent.ConsentProblems;
import dev.loket.core.LoketException;
import dev.loket.core.Message;
import dev.loket.core.identifier.Bsn;

import dev.loket.identity.Representation;

import java.util.Objects;

/**
 * Keeps BSNs out of consent records. A pseudonym is opaque, so we cannot prove a text is one; but a
 * text that passes the BSN eleven-proof is refused, because storing a BSN in clear here would make
 * every record and receipt a list of citizen numbers.
 */
public final class Pseudonyms {

    private Pseudonyms() {
    }

    /** Returns {@code pseudonym}, or throws when it is blank or a valid BSN. */
    public static String require(String pseudonym, String who) {
        Objects.requireNonNull(pseudonym, who);
        if (pseudonym.isBlank()) {
            throw new IllegalArgumentException("The " + who + " pseudonym is empty");
        }
        if (Bsn.parse(pseudonym).isPresent()) {
            throw new LoketException(ConsentProblems.PSEUDONYM_IS_BSN, Message.of("dev.loket.consent.messages",
                    "consent.pseudonym-is-bsn", who));
        }
        return pseudonym;
    }

    /** Refuses a representation made for another person than {@code subject}: it cannot be recorded for them. */
    public static void requireActingFor(Representation by, String subject) {
        if (!by.onBehalfOf().equals(subject)) {
            throw new IllegalArgumentException("The representation is for another person than the subject");
        }
    }
}
