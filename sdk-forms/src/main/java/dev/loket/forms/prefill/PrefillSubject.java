package dev.loket.forms.prefill;

import dev.loket.core.identifier.Bsn;
import dev.loket.identity.Pseudonyms;

import java.util.Objects;

/**
 * The person a form is prefilled for: the BSN a register is asked about, and the pseudonym under
 * which the guard decides and the use is logged (never the BSN itself).
 *
 * @param bsn       the citizen's number, for the register
 * @param pseudonym the keyed pseudonym of that number, for the guard and the log
 */
public record PrefillSubject(Bsn bsn, String pseudonym) {
    public PrefillSubject {
        Objects.requireNonNull(bsn, "bsn");
        Objects.requireNonNull(pseudonym, "pseudonym");
    }

    /** The person with this BSN, under the pseudonym these keyed pseudonyms give it. */
    public static PrefillSubject of(Bsn bsn, Pseudonyms pseudonyms) {
        return new PrefillSubject(bsn, pseudonyms.of(bsn));
    }
}
