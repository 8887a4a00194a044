package dev.loket.forms.internal.web;

import dev.loket.core.Language;
import dev.loket.core.Message;

import org.unbescape.html.HtmlEscape;

import java.util.List;
import java.util.function.Predicate;

/**
 * Writes the fields of a page as HTML, for every channel that shows pages: label, hint, error at the
 * field, then the input; a fieldset with a legend for every group of choices (GOV.UK Design System
 * and NL Design System patterns). The page around them is a Thymeleaf template ({@code forms/step}).
 *
 * <p>Why Java and not a template fragment: without Spring, Thymeleaf evaluates every expression with
 * OGNL, and a field needs a dozen of them (id, name, value, classes, three ARIA attributes, hint,
 * format, errors). Drawn by a template, the 25 questions of a step cost about 0.7 ms of CPU per page,
 * most of the page's rendering; written here, a few hundredths of that (docs/performance.md).
 *
 * <p>Everything from a {@link Field} is escaped ({@link #escape}); the markup itself is constant.
 */
final class FieldHtml {

    private final Language language;
    private final StringBuilder out;
    private final Predicate<String> readOnly;

    private FieldHtml(Language language, StringBuilder out, Predicate<String> readOnly) {
        this.language = language;
        this.out = out;
        this.readOnly = readOnly;
    }

    /** The fields in order, in the reader's language. */
    static String of(List<Field> fields, Language language) {
        return of(fields, language, name -> false);
    }

    /**
     * The fields in order, in the reader's language; the text fields whose name {@code readOnly} accepts
     * are drawn read-only (answers bound to the login, such as the BSN).
     */
    static String of(List<Field> fields, Language language, Predicate<String> readOnly) {
        FieldHtml html = new FieldHtml(language, new StringBuilder(fields.size() * 400), readOnly);
        fields.forEach(html::field);
        return html.out.toString();
    }

    private void field(Field f) {
        switch (f.kind()) {
            case "input" -> input(f);
            case "textarea" -> textarea(f);
            case "radios" -> choices(f, "radio", "utrecht-radio-button", "utrecht-form-label--radio-button");
            case "checkboxes" -> choices(f, "checkbox", "utrecht-checkbox", "utrecht-form-label--checkbox");
            case "select" -> select(f);
            case "checkbox" -> checkbox(f);
            case "declaration" -> declaration(f);
            case "address" -> address(f);
            case "fieldset" -> fieldset(f);
            case "repeat" -> repeat(f);
            case "content" -> content(f);
            case "computed" -> computed(f);
            case "file", "files" -> file(f);
            default -> {
                // A kind this writer does not know draws nothing, as the template's switch did.
            }
        }
    }

    private void input(Field f) {
        open("div", formField(f, "utrecht-form-field"));
        label(f);
        help(f);
        out.append("<input type=\"text\" class=\"utrecht-textbox");
        if (f.width().equals("narrow")) {
            out.append(" loket-textbox--narrow");
        }
        if (f.invalid()) {
            out.append(" utrecht-textbox--invalid");
        }
        out.append('"');
        attribute("id", f.id());
        attribute("name", f.name());
        attribute("value", f.value());
        describedAndInvalid(f);
        required(f);
        optional("inputmode", f.inputMode());
        optional("autocomplete", f.autocomplete());
        if (readOnly.test(f.name())) {
            out.append(" readonly");
        }
        out.append(" spellcheck=\"false\">\n</div>\n");
    }

    private void textarea(Field f) {
        open("div", formField(f, "utrecht-form-field"));
        label(f);
        help(f);
        out.append("<textarea class=\"utrecht-textarea").append(f.invalid() ? " utrecht-textarea--invalid" : "")
                .append("\" rows=\"5\"");
        attribute("id", f.id());
        attribute("name", f.name());
        describedAndInvalid(f);
        required(f);
        if (readOnly.test(f.name())) {
            out.append(" readonly");
        }
        out.append('>').append(escape(f.value())).append("</textarea>\n</div>\n");
    }

    private void choices(Field f, String type, String inputClass, String labelClass) {
        out.append("<fieldset class=\"").append(formField(f, "utrecht-form-fieldset utrecht-form-field")).append('"');
        attribute("id", f.id());
        optional("aria-describedby", f.describedBy());
        out.append(">\n");
        legend(f.label());
        help(f);
        for (Field.Choice c : f.choices()) {
            out.append("<div class=\"loket-choice\">\n<input type=\"").append(type).append("\" class=\"").append(inputClass)
                    .append('"');
            attribute("id", c.id());
            attribute("name", f.name());
            attribute("value", c.value());
            if (c.checked()) {
                out.append(" checked=\"checked\"");
            }
            out.append(">\n<label class=\"utrecht-form-label ").append(labelClass).append('"');
            attribute("for", c.id());
            out.append('>').append(escape(c.label())).append("</label>\n</div>\n");
        }
        out.append("</fieldset>\n");
    }

    private void select(Field f) {
        open("div", formField(f, "utrecht-form-field"));
        label(f);
        help(f);
        out.append("<select class=\"utrecht-select\"");
        attribute("id", f.id());
        attribute("name", f.name());
        describedAndInvalid(f);
        required(f);
        out.append(">\n<option value=\"\">").append(escape(say("field.choose"))).append("</option>\n");
        for (Field.Choice c : f.choices()) {
            out.append("<option");
            attribute("value", c.value());
            if (c.checked()) {
                out.append(" selected=\"selected\"");
            }
            out.append('>').append(escape(c.label())).append("</option>\n");
        }
        out.append("</select>\n</div>\n");
    }

    private void checkbox(Field f) {
        open("div", formField(f, "utrecht-form-field loket-choice-field"));
        help(f);
        singleCheckbox(f);
        out.append("</div>\n");
    }

    private void declaration(Field f) {
        open("fieldset", formField(f, "utrecht-form-fieldset utrecht-form-field"));
        legend(say("field.declaration"));
        help(f);
        singleCheckbox(f);
        out.append("</fieldset>\n");
    }

    /** A checkbox that is a whole answer (yes when checked), with its label after it. */
    private void singleCheckbox(Field f) {
        out.append("<div class=\"loket-choice\">\n<input type=\"checkbox\" class=\"utrecht-checkbox\" value=\"true\"");
        attribute("id", f.id());
        attribute("name", f.name());
        if (f.value().equals("true")) {
            out.append(" checked=\"checked\"");
        }
        describedAndInvalid(f);
        out.append(">\n<label class=\"utrecht-form-label utrecht-form-label--checkbox\"");
        attribute("for", f.id());
        out.append('>').append(escape(f.label())).append("</label>\n</div>\n");
    }

    private void address(Field f) {
        out.append("<fieldset class=\"").append(formField(f, "utrecht-form-fieldset utrecht-form-field")).append('"');
        attribute("id", f.id());
        optional("aria-describedby", f.describedBy());
        out.append(">\n");
        legend(f.label());
        help(f);
        f.children().forEach(this::field);
        out.append("</fieldset>\n");
    }

    private void fieldset(Field f) {
        out.append("<fieldset class=\"utrecht-form-fieldset\"");
        attribute("id", f.id());
        out.append(">\n");
        legend(f.label());
        help(f);
        f.children().forEach(this::field);
        out.append("</fieldset>\n");
    }

    private void repeat(Field f) {
        out.append("<fieldset class=\"").append(formField(f, "utrecht-form-fieldset loket-repeat")).append('"');
        attribute("id", f.id());
        optional("aria-describedby", f.describedBy());
        out.append(">\n");
        legend(f.label());
        help(f);
        for (Field.Item item : f.items()) {
            out.append("<fieldset class=\"utrecht-form-fieldset loket-repeat__item\">\n")
                    .append("<legend class=\"utrecht-form-fieldset__legend loket-repeat__legend\">")
                    .append(escape(item.legend())).append("</legend>\n");
            item.fields().forEach(this::field);
            if (!item.removeAction().isEmpty()) {
                button(item.removeAction(), say("field.repeat.remove", item.legend()));
            }
            out.append("</fieldset>\n");
        }
        if (!f.addAction().isEmpty()) {
            button(f.addAction(), say("field.repeat.add", f.label()));
        }
        out.append("</fieldset>\n");
    }

    private void content(Field f) {
        out.append("<p class=\"utrecht-paragraph loket-content\">").append(escape(f.label())).append("</p>\n");
    }

    private void computed(Field f) {
        out.append("<p class=\"utrecht-paragraph loket-computed\">\n<span>").append(escape(f.label()))
                .append("</span>: <strong>").append(escape(f.value())).append("</strong>\n</p>\n");
    }

    /**
     * A file question: the files added so far, each with a button that removes it, and the file input
     * while more may be added. Without the input the label labels nothing, so it is a paragraph.
     */
    private void file(Field f) {
        boolean canAdd = !f.addAction().isEmpty();
        open("div", formField(f, "utrecht-form-field"));
        if (canAdd) {
            label(f);
        } else {
            out.append("<p class=\"utrecht-form-label\"");
            attribute("id", f.id());
            out.append('>').append(escape(f.label())).append("</p>\n");
        }
        help(f);
        if (!f.items().isEmpty()) {
            out.append("<ul class=\"loket-file-list\">\n");
            for (Field.Item item : f.items()) {
                out.append("<li class=\"loket-file-list__item\">\n<span>").append(escape(item.legend())).append("</span>\n");
                button(item.removeAction(), say("field.file.remove", item.legend()));
                out.append("</li>\n");
            }
            out.append("</ul>\n");
        }
        if (canAdd) {
            out.append("<input type=\"file\" class=\"loket-file-input\"");
            attribute("id", f.id());
            attribute("name", f.name());
            // The accepted media types travel in the field's value.
            optional("accept", f.value());
            describedAndInvalid(f);
            if (f.kind().equals("files")) {
                out.append(" multiple=\"multiple\"");
            }
            out.append(">\n");
        }
        out.append("</div>\n");
    }

    /** The hint, the expected format and the errors of a field, each with the id that aria-describedby names. */
    private void help(Field f) {
        if (!f.hint().isEmpty()) {
            description(f.id() + "-hint", f.hint());
        }
        if (!f.format().isEmpty()) {
            description(f.id() + "-format", f.format());
        }
        if (f.invalid()) {
            out.append("<p class=\"utrecht-form-field-error-message\"");
            attribute("id", f.id() + "-error");
            out.append(">\n<span class=\"loket-visually-hidden\">").append(escape(say("field.error-prefix")))
                    .append("</span>\n");
            List<String> errors = f.errors();
            for (int i = 0; i < errors.size(); i++) {
                out.append(i == 0 ? "" : "<br>").append("<span>").append(escape(errors.get(i))).append("</span>");
            }
            out.append("\n</p>\n");
        }
    }

    private void description(String id, String text) {
        out.append("<p class=\"utrecht-form-field-description\"");
        attribute("id", id);
        out.append('>').append(escape(text)).append("</p>\n");
    }

    private void label(Field f) {
        out.append("<label class=\"utrecht-form-label\"");
        attribute("for", f.id());
        out.append('>').append(escape(f.label())).append("</label>\n");
    }

    private void legend(String text) {
        out.append("<legend class=\"utrecht-form-fieldset__legend\">").append(escape(text)).append("</legend>\n");
    }

    private void button(String action, String text) {
        out.append("<button type=\"submit\" name=\"_action\"");
        attribute("value", action);
        out.append(" class=\"utrecht-button utrecht-button--secondary-action\">").append(escape(text)).append("</button>\n");
    }

    private void open(String element, String classes) {
        out.append('<').append(element).append(" class=\"").append(classes).append("\">\n");
    }

    private void describedAndInvalid(Field f) {
        optional("aria-describedby", f.describedBy());
        if (f.invalid()) {
            out.append(" aria-invalid=\"true\"");
        }
    }

    private void required(Field f) {
        if (f.required()) {
            out.append(" aria-required=\"true\"");
        }
    }

    private void attribute(String name, String value) {
        out.append(' ').append(name).append("=\"").append(escape(value)).append('"');
    }

    /** An attribute that is left out when it has nothing to say. */
    private void optional(String name, String value) {
        if (!value.isEmpty()) {
            attribute(name, value);
        }
    }

    private static String formField(Field f, String classes) {
        return f.invalid() ? classes + " utrecht-form-field--invalid" : classes;
    }

    private String say(String key, Object... args) {
        return Message.of(FieldViews.BUNDLE, key, args).in(language);
    }

    /**
     * Text or an attribute value as HTML, escaped by the same call Thymeleaf's {@code th:text} makes
     * (unbescape, HTML 4 references, markup-significant characters only), so fields written here and
     * texts written by templates can never be escaped differently.
     */
    static String escape(String text) {
        return HtmlEscape.escapeHtml4Xml(text);
    }
}
