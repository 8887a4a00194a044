package dev.loket.forms.definition;

import dev.loket.core.Language;

import java.util.Map;

/**
 * A text of a form in several languages, as written by the form's author. Dutch is required;
 * a missing English text falls back to Dutch rather than showing nothing.
 *
 * @param texts language tag to text, e.g. {@code {"nl": "Naam", "en": "Name"}}
 */
public record LocalizedText(Map<String, String> texts) {

    public static final LocalizedText NONE = new LocalizedText(Map.of());

    public LocalizedText {
        texts = Map.copyOf(texts);
    }

    public String in(Language language) {
        return texts.getOrDefault(language.tag(), texts.getOrDefault(Language.NL.tag(), ""));
    }

    public boolean isEmpty() {
        return texts.isEmpty();
    }
}
