package dev.loket.portal.prefill;

import dev.loket.core.identifier.Bsn;
import dev.loket.forms.prefill.PrefillSubject;
import dev.loket.identity.Pseudonyms;

import java.util.Objects;

/**
 * Makes the {@link PrefillSubject} for a citizen's BSN, e.g. the one an employee at the counter
 * typed in: the register gets the BSN, the guard and the log only its keyed pseudonym. Inject it
 * (a CDI bean of the portal) together with {@link dev.loket.forms.prefill.Prefill}:
 *
 * <pre>{@code
 * Prefill.Result prefilled = prefill.fill(form, subjects.of(bsn));
 * }</pre>
 */
public final class PrefillSubjects {

    private final Pseudonyms pseudonyms;

    /** Subjects whose pseudonyms are made with {@code pseudonyms}. */
    public PrefillSubjects(Pseudonyms pseudonyms) {
        this.pseudonyms = Objects.requireNonNull(pseudonyms, "pseudonyms");
    }

    /** The person with this BSN, with the pseudonym of that BSN. */
    public PrefillSubject of(Bsn bsn) {
        return new PrefillSubject(bsn, pseudonyms.of(bsn));
    }
}
