package dev.loket.catalogue;

import dev.loket.catalogue.internal.Copies;
import dev.loket.core.Language;

import java.util.Optional;

/**
 * A text in Dutch and, where the agency wrote one, English. Dutch is always there: it is the
 * language of every Dutch agency's catalogue; a reader who asked for English sees Dutch where
 * there is no English text rather than nothing.
 *
 * @param nl the Dutch text, at language level B1 for texts meant for the public
 * @param en the English text, if any
 */
public record LocalizedText(String nl, Optional<String> en) {

    public LocalizedText {
        Copies.required(nl, "A Dutch text");
        en = Copies.optional(en).filter(text -> !text.isBlank()).map(text -> Copies.writable(text, "An English text"));
    }

    public static LocalizedText of(String nl, String en) {
        return new LocalizedText(nl, Optional.ofNullable(en));
    }

    public static LocalizedText dutch(String nl) {
        return new LocalizedText(nl, Optional.empty());
    }

    /** The text in the given language, or the Dutch text when there is none in that language. */
    public String in(Language language) {
        return language == Language.EN ? en.orElse(nl) : nl;
    }
}
