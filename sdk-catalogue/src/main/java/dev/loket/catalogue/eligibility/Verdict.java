package dev.loket.catalogue.eligibility;

/** What the facts say about a service. */
public enum Verdict {
    /** Every condition with a rule is met: the person is likely to get it (the agency decides). */
    LIKELY,
    /** No condition is known to fail, but some need facts the person did not give. */
    UNKNOWN,
    /** A condition is not met. */
    NOT_ELIGIBLE
}
