package dev.loket.catalogue.eligibility;

import dev.loket.catalogue.LocalizedText;

import java.util.List;

/**
 * One condition of a service and what the facts say about it, in the agency's plain words.
 *
 * @param condition the condition ("U bent 18 jaar of ouder")
 * @param outcome   met, not met, not yet known, or to check yourself (a condition without a rule)
 * @param missing   for an unknown condition: the facts it needs that were not given
 */
public record Reason(LocalizedText condition, Outcome outcome, List<Fact> missing) {

    public Reason {
        missing = List.copyOf(missing);
    }

    /** What the facts say about one condition. */
    public enum Outcome {
        MET, NOT_MET, UNKNOWN, CHECK_YOURSELF
    }
}
