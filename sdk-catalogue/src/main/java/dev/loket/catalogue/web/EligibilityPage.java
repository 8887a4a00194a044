package dev.loket.catalogue.web;

import dev.loket.catalogue.eligibility.Eligibility;
import dev.loket.catalogue.eligibility.EligibilityResult;
import dev.loket.catalogue.eligibility.Fact;
import dev.loket.core.FieldError;
import dev.loket.core.Language;
import dev.loket.core.web.Page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "Wat kan ik krijgen?": the facts as a form (every question optional: what is not told stays
 * unknown), and the answer under it. The typed answers are shown again, from the request only.
 */
final class EligibilityPage {

    private EligibilityPage() {
    }

    /** One question. {@code kind} is {@code input}, {@code radios} or {@code select}. */
    record Question(String id, String name, String kind, String label, String hint, String value,
                    List<Choice> choices, String error) {
        public boolean invalid() {
            return !error.isEmpty();
        }

        public String describedBy() {
            List<String> ids = new ArrayList<>();
            if (!hint.isEmpty()) {
                ids.add(id + "-hint");
            }
            if (invalid()) {
                ids.add(id + "-error");
            }
            return String.join(" ", ids);
        }
    }

    /** An answer to choose. */
    record Choice(String value, String label, boolean checked) {
    }

    /**
     * Whether the person's answers are kept, as the page tells it. {@code state} is {@code none}
     * (nothing can be kept: nobody signed in, or no memory), {@code offer} (a box to tick, with
     * the notice of what consent means), {@code kept}, {@code kept-now} or {@code forgotten}.
     */
    record Keeping(String state, String notice) {
        static final Keeping NONE = new Keeping("none", "");
        static final Keeping FORGOTTEN = new Keeping("forgotten", "");

        static Keeping offer(String notice) {
            return new Keeping("offer", notice);
        }

        static Keeping kept(boolean justNow) {
            return new Keeping(justNow ? "kept-now" : "kept", "");
        }
    }

    static Page form(Eligibility eligibility, Map<String, String> answers, List<FieldError> errors, Language language,
                     List<Choice> municipalities, Keeping keeping) {
        List<Question> questions = questions(eligibility, answers, errors, language, municipalities);
        List<SearchPage.ErrorLink> summary = new ArrayList<>();
        for (Question q : questions) {
            if (q.invalid()) {
                summary.add(new SearchPage.ErrorLink(q.kind().equals("radios") ? q.id() + "-0" : q.id(),
                        q.label() + ": " + q.error()));
            }
        }
        return Page.of("catalogue/eligibility").with("questions", questions).with("errors", summary)
                .with("result", Optional.empty()).with("keeping", keeping);
    }

    static Page result(Eligibility eligibility, Map<String, String> answers, EligibilityResult result, Language language,
                       List<Choice> municipalities, Keeping keeping) {
        return form(eligibility, answers, List.of(), language, municipalities, keeping)
                .with("result", Optional.of(EligibilityViews.of(result, language)));
    }

    private static List<Question> questions(Eligibility eligibility, Map<String, String> answers, List<FieldError> errors,
                                            Language language, List<Choice> municipalities) {
        List<Question> questions = new ArrayList<>();
        for (Fact fact : eligibility.facts().all()) {
            String value = answers.getOrDefault(fact.name(), "");
            String error = errors.stream().filter(e -> e.pointer().equals("/facts/" + fact.name())).findFirst()
                    .map(e -> e.message().in(language)).orElse("");
            String id = "fact-" + fact.name();
            String hint = fact.hint().map(h -> h.in(language)).orElse("");
            String label = fact.label().in(language);
            Question question = switch (fact.type()) {
                case NUMBER -> new Question(id, fact.name(), "input", label, hint, value, List.of(), error);
                case MUNICIPALITY -> new Question(id, fact.name(), "select", label, hint, value, municipalities, error);
                case BOOLEAN -> new Question(id, fact.name(), "radios", label, hint, value, List.of(
                        new Choice("true", EligibilityViews.text("eligibility.yes", language), value.equals("true")),
                        new Choice("false", EligibilityViews.text("eligibility.no", language), value.equals("false"))),
                        error);
                case CHOICE -> new Question(id, fact.name(), "radios", label, hint, value, fact.options().stream()
                        .map(o -> new Choice(o.value(), o.label().in(language), o.value().equals(value))).toList(), error);
            };
            questions.add(question);
        }
        return questions;
    }
}
