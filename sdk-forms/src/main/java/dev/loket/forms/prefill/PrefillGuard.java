package dev.loket.forms.prefill;

import java.util.Set;

/**
 * Decides whether a register may be read for a form: a lawful basis or the person's consent
 * (sdk-consent's guard implements this). Without a guard nothing is prefilled: the default
 * {@link #DENY_ALL} keeps an application lawful until someone decides otherwise.
 */
@FunctionalInterface
public interface PrefillGuard {

    /** Refuses every reading. */
    PrefillGuard DENY_ALL = (controller, purpose, categories, subjectPseudonym) -> false;

    /**
     * @param controller       the agency that reads
     * @param purpose          the processing purpose
     * @param categories       the data read (the attributes)
     * @param subjectPseudonym whose data, as a pseudonym
     */
    boolean allows(String controller, String purpose, Set<String> categories, String subjectPseudonym);
}
