package dev.loket.consent;

import dev.loket.core.ProblemType;

/** The kinds of error sdk-consent raises, named {@code consent/...} (see {@code spec/problem-types.md}). */
public final class ConsentProblems {

    static final String BUNDLE = LegalBasis.BUNDLE;

    /** A subject or actor was identified by something that is a valid BSN instead of a pseudonym. */
    public static final ProblemType PSEUDONYM_IS_BSN = ProblemType.of("consent/pseudonym-is-bsn", 400, BUNDLE);
    /** The controller has no purpose with that id. */
    public static final ProblemType UNKNOWN_PURPOSE = ProblemType.of("consent/unknown-purpose", 404, BUNDLE);
    /** Consent was recorded for a purpose that does not rest on consent. */
    public static final ProblemType NOT_CONSENT_BASED = ProblemType.of("consent/not-consent-based", 400, BUNDLE);
    /** Consent was asked for data categories outside the purpose. */
    public static final ProblemType CATEGORIES_NOT_COVERED = ProblemType.of("consent/categories-not-covered", 400, BUNDLE);
    /** The event does not fit the current state, e.g. withdrawing consent that was never given. */
    public static final ProblemType WRONG_STATE = ProblemType.of("consent/wrong-state", 409, BUNDLE);

    /** The person has no consent event with that id. */
    public static final ProblemType UNKNOWN_RECEIPT = ProblemType.of("consent/unknown-receipt", 404, BUNDLE);
    /** The overview was asked for without knowing whose it is (nobody signed in). */
    public static final ProblemType NOT_IDENTIFIED = ProblemType.of("consent/not-identified", 401, BUNDLE);
    /** The counter's consent pages were asked for by someone without the employee role. */
    public static final ProblemType EMPLOYEES_ONLY = ProblemType.of("consent/employees-only", 403, BUNDLE);

    private ConsentProblems() {
    }
}
