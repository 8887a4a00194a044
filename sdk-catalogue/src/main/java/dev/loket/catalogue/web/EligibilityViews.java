package dev.loket.catalogue.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.loket.catalogue.eligibility.EligibilityResult;
import dev.loket.catalogue.eligibility.Fact;
import dev.loket.catalogue.eligibility.Reason;
import dev.loket.catalogue.eligibility.ServiceEligibility;
import dev.loket.catalogue.eligibility.Verdict;
import dev.loket.catalogue.search.SearchDocuments;
import dev.loket.core.Language;
import dev.loket.core.Message;

import java.util.List;

/** Eligibility as JSON and on the page: every verdict with a sentence in plain words. */
final class EligibilityViews {

    private EligibilityViews() {
    }

    /** The whole answer. {@code stored} is always false: Loket keeps nothing of what was told. */
    record ResultView(boolean stored, List<ServiceView> likely, List<ServiceView> unknown,
                      List<ServiceView> notEligible, List<WantedView> wanted) {
    }

    /** One service and what the facts say about it. */
    record ServiceView(String id, String name, String agency, String verdict, String summary,
                       List<ReasonView> reasons, List<NeedView> missing) {
    }

    /** One condition. */
    record ReasonView(String condition, String outcome, String outcomeLabel) {
    }

    /** A fact still missing. */
    record NeedView(String fact, String need) {
    }

    /** A fact that would tell more, and about how many services. */
    record WantedView(String fact, String question, String need, int services, String sentence) {
    }

    /** A question to ask. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FactView(String name, String type, String label, String hint, String need,
                    String min, String max, List<OptionView> options) {
    }

    /** An answer to choose. */
    record OptionView(String value, String label) {
    }

    static ResultView of(EligibilityResult result, Language language) {
        return new ResultView(false, services(result.likely(), language), services(result.unknown(), language),
                services(result.notEligible(), language),
                result.wanted().stream().map(w -> new WantedView(w.fact().name(), w.fact().label().in(language),
                        w.fact().need().in(language), w.services(),
                        text("eligibility.wanted", language, w.fact().need().in(language), w.services()))).toList());
    }

    static FactView fact(Fact fact, Language language) {
        return new FactView(fact.name(), fact.type().name(), fact.label().in(language),
                fact.hint().map(h -> h.in(language)).orElse(null), fact.need().in(language),
                fact.min().map(m -> m.toPlainString()).orElse(null), fact.max().map(m -> m.toPlainString()).orElse(null),
                fact.options().stream().map(o -> new OptionView(o.value(), o.label().in(language))).toList());
    }

    private static List<ServiceView> services(List<ServiceEligibility> services, Language language) {
        return services.stream().map(s -> service(s, language)).toList();
    }

    static ServiceView service(ServiceEligibility service, Language language) {
        List<ReasonView> reasons = service.reasons().stream().map(r -> new ReasonView(r.condition().in(language),
                r.outcome().name(), text("eligibility.outcome." + r.outcome().name(), language))).toList();
        List<NeedView> missing = service.missing().stream()
                .map(f -> new NeedView(f.name(), f.need().in(language))).toList();
        return new ServiceView(service.productId().toString(), service.name().in(language), service.agency(),
                service.verdict().name(), summary(service, language), reasons, missing);
    }

    private static String summary(ServiceEligibility service, Language language) {
        if (service.verdict() == Verdict.UNKNOWN) {
            List<String> needs = service.missing().stream().map(f -> f.need().in(language)).toList();
            return text("eligibility.summary.UNKNOWN", language, list(needs, language));
        }
        if (service.verdict() == Verdict.NOT_ELIGIBLE) {
            String failed = service.reasons().stream().filter(r -> r.outcome() == Reason.Outcome.NOT_MET)
                    .map(r -> r.condition().in(language)).findFirst().orElse("");
            return text("eligibility.summary.NOT_ELIGIBLE", language, failed);
        }
        return text("eligibility.summary.LIKELY", language);
    }

    /** "a", "a en b", "a, b en c": a list in a sentence. */
    static String list(List<String> items, Language language) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        String and = text("list.and", language);
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + and + " " + items.get(items.size() - 1);
    }

    static String text(String key, Language language, Object... args) {
        return Message.of(SearchDocuments.BUNDLE, key, args).in(language);
    }
}
