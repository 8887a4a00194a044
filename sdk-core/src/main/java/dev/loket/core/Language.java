package dev.loket.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A language in which Loket talks to people. Dutch is the default: it is the language of the
 * agencies and of most citizens; English is always available next to it.
 */
public enum Language {
    NL("nl"),
    EN("en");

    private final String tag;
    /** Made once: pages ask for it many times per request. */
    private final Locale locale;

    Language(String tag) {
        this.tag = tag;
        this.locale = Locale.forLanguageTag(tag);
    }

    /** The BCP 47 language tag, e.g. {@code "nl"}. */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    /**
     * The language for a tag such as {@code "en"}, {@code "en-GB"} or {@code "NL"}; empty for a
     * language Loket does not speak.
     */
    public static Optional<Language> fromTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String primary = Locale.forLanguageTag(tag.trim()).getLanguage();
        return Arrays.stream(values()).filter(l -> l.tag.equals(primary)).findFirst();
    }
}
