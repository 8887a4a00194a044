package dev.loket.consent;

import dev.loket.consent.internal.Pseudonyms;
import dev.loket.core.Channel;
import dev.loket.identity.Representation;

import java.time.Period;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a subject says about one purpose: yes ({@link ConsentStore#give}), no ({@link ConsentStore#refuse})
 * or yes again ({@link ConsentStore#renew}). Start with {@link #of} and add what applies:
 *
 * <pre>{@code
 * ConsentRequest.of("ps-7f3a", "gemeente-utrecht", "nieuwsbrief-regelingen", "2026-01", Channel.WEB)
 *         .forCategories(Set.of("email"))
 *         .validFor(Period.ofYears(1))
 * }</pre>
 *
 * @param subject        the data subject's pseudonym (a valid BSN is refused)
 * @param controller     the agency responsible
 * @param purposeId      the purpose
 * @param noticeVersion  the version of the privacy notice the subject was shown
 * @param channel        where the subject said it
 * @param dataCategories the categories consented to; empty means all of the purpose's categories
 * @param representation who acted for the subject; empty when the subject acted themselves
 * @param validity       how long consent lasts from now; empty for until withdrawn
 */
public record ConsentRequest(String subject, String controller, String purposeId, String noticeVersion,
                             Channel channel, Set<String> dataCategories, Optional<Representation> representation,
                             Optional<Period> validity) {

    public ConsentRequest {
        Pseudonyms.require(subject, "subject");
        Objects.requireNonNull(controller, "controller");
        Objects.requireNonNull(purposeId, "purposeId");
        Objects.requireNonNull(noticeVersion, "noticeVersion");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(representation, "representation");
        representation.ifPresent(by -> Pseudonyms.requireActingFor(by, subject));
        Objects.requireNonNull(validity, "validity");
        dataCategories = Set.copyOf(dataCategories);
    }

    /** A request for all of the purpose's categories, by the subject themselves, until withdrawn. */
    public static ConsentRequest of(String subject, String controller, String purposeId, String noticeVersion,
                                    Channel channel) {
        return new ConsentRequest(subject, controller, purposeId, noticeVersion, channel, Set.of(),
                Optional.empty(), Optional.empty());
    }

    /** The same request for only these categories. */
    public ConsentRequest forCategories(Set<String> categories) {
        return new ConsentRequest(subject, controller, purposeId, noticeVersion, channel, categories,
                representation, validity);
    }

    /** The same request, made by someone on the subject's behalf. */
    public ConsentRequest onBehalfBy(Representation by) {
        return new ConsentRequest(subject, controller, purposeId, noticeVersion, channel, dataCategories,
                Optional.of(by), validity);
    }

    /** The same request, for consent that ends by itself after {@code period}. */
    public ConsentRequest validFor(Period period) {
        return new ConsentRequest(subject, controller, purposeId, noticeVersion, channel, dataCategories,
                representation, Optional.of(period));
    }
}
