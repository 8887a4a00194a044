package dev.loket.forms.internal.web;

import dev.loket.core.Language;
import dev.loket.core.Message;
import dev.loket.forms.definition.Component;
import dev.loket.forms.definition.ComponentType;
import dev.loket.forms.evaluation.Evaluation;
import dev.loket.forms.internal.conversation.Wording;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The check-your-answers list: every question the person was asked, with the answer in words and a
 * link to the page where it can be changed, grouped by step.
 */
final class AnswerRows {

    private final Language language;
    private final Wording wording;

    AnswerRows(Language language) {
        this.language = language;
        this.wording = new Wording(language);
    }

    /**
     * One step's answers.
     *
     * @param title the step's title
     * @param rows  its answers
     */
    public record Section(String title, List<Row> rows) {
    }

    /**
     * One answer.
     *
     * @param question the question
     * @param answer   the answer in words
     * @param change   where to change it, relative to the form: {@code steps/adres#veld-verhuisdatum}
     */
    public record Row(String question, String answer, String change) {
    }

    List<Section> sections(List<WebPage> pages, Evaluation evaluation) {
        Map<String, Section> sections = new LinkedHashMap<>();
        for (WebPage page : pages) {
            Section section = sections.computeIfAbsent(page.step().key(),
                    k -> new Section(page.step().title().in(language), new ArrayList<>()));
            rows(Node.pair(page.components(), PagePlan.states(page, evaluation)), page, "", section.rows());
        }
        return sections.values().stream().filter(s -> !s.rows().isEmpty()).toList();
    }

    private void rows(List<Node> nodes, WebPage page, String itemLabel, List<Row> into) {
        for (Node node : nodes) {
            Component c = node.component();
            if (!node.state().visible()) {
                continue;
            }
            switch (c.type()) {
                case CONTENT, HIDDEN -> {
                }
                case COMPUTED -> {
                    if (!c.label().isEmpty() && !node.state().value().isNull()) {
                        into.add(new Row(question(itemLabel, c), wording.inWords(c, node.state().value()), ""));
                    }
                }
                case FIELDSET -> rows(node.children(), page, itemLabel, into);
                case REPEAT -> {
                    if (node.items().isEmpty()) {
                        into.add(row(page, itemLabel, node));
                    }
                    for (int n = 0; n < node.items().size(); n++) {
                        String label = Message.of(FieldViews.BUNDLE, "repeat.item", wording.label(c), n + 1).in(language);
                        rows(node.items().get(n).children(), page, label, into);
                    }
                }
                default -> into.add(row(page, itemLabel, node));
            }
        }
    }

    private Row row(WebPage page, String itemLabel, Node node) {
        Component c = node.component();
        String answer = c.type() == ComponentType.FILE && node.state().value().isArray() && !node.state().value().isEmpty()
                ? Message.of(FieldViews.BUNDLE, "file.count", node.state().value().size()).in(language)
                : wording.inWords(c, node.state().value());
        return new Row(question(itemLabel, c), answer,
                page.path() + "?return=check#" + FieldViews.id(node.pointer(), c));
    }

    private String question(String itemLabel, Component c) {
        return itemLabel.isEmpty() ? wording.label(c)
                : Message.of(FieldViews.BUNDLE, "check.item-question", itemLabel, wording.label(c)).in(language);
    }
}
