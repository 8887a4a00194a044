package dev.loket.catalogue.eligibility;

import java.util.List;

/**
 * What a person may be entitled to.
 *
 * @param likely      services whose conditions are all met
 * @param unknown     services that need more facts to tell, fewest missing facts first
 * @param notEligible services with a condition that is not met
 * @param wanted      the facts that would tell the most about the unknown services, most useful first,
 *                    with how many services each would help decide
 */
public record EligibilityResult(List<ServiceEligibility> likely, List<ServiceEligibility> unknown,
                                List<ServiceEligibility> notEligible, List<WantedFact> wanted) {

    public EligibilityResult {
        likely = List.copyOf(likely);
        unknown = List.copyOf(unknown);
        notEligible = List.copyOf(notEligible);
        wanted = List.copyOf(wanted);
    }

    /**
     * A fact the person did not give that would tell more.
     *
     * @param fact     the fact
     * @param services how many unknown services need it
     */
    public record WantedFact(Fact fact, int services) {
    }
}
