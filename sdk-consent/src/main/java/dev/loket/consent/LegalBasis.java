package dev.loket.consent;

import dev.loket.core.Message;

/**
 * The six lawful bases for processing personal data in the GDPR, Art. 6(1). Every use of personal
 * data through Loket names one; only {@link #CONSENT} can be withdrawn by the person.
 */
public enum LegalBasis {
    /** Art. 6(1)(a): the person agreed. */
    CONSENT("a"),
    /** Art. 6(1)(b): needed for a contract with the person. */
    CONTRACT("b"),
    /** Art. 6(1)(c): a law obliges the agency. */
    LEGAL_OBLIGATION("c"),
    /** Art. 6(1)(d): to protect someone's life. */
    VITAL_INTERESTS("d"),
    /** Art. 6(1)(e): a public task given by law; the usual basis of an agency. */
    PUBLIC_TASK("e"),
    /** Art. 6(1)(f): legitimate interests; not for public authorities in their tasks. */
    LEGITIMATE_INTERESTS("f");

    static final String BUNDLE = "dev.loket.consent.messages";

    private final String point;

    LegalBasis(String point) {
        this.point = point;
    }

    /** The citation, e.g. {@code "GDPR Art. 6(1)(e)"}. */
    public String article() {
        return "GDPR Art. 6(1)(" + point + ")";
    }

    /** Whether the person may withdraw it: only consent (GDPR Art. 7(3)). */
    public boolean withdrawable() {
        return this == CONSENT;
    }

    /** An explanation in plain language, for the citizen's overview. */
    public Message explanation() {
        return Message.of(BUNDLE, "legal-basis." + name().toLowerCase(java.util.Locale.ROOT));
    }
}
