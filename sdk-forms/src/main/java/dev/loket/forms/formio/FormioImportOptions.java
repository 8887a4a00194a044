package dev.loket.forms.formio;

import dev.loket.core.Language;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the import needs besides the Form.io form: the identity of the Loket form it makes, and
 * the language in which the Form.io texts are written.
 *
 * <pre>{@code
 * FormioImportOptions options = FormioImportOptions.of("hondenbelasting", "1.0.0").withTitle("Hondenbelasting");
 * }</pre>
 *
 * @param id       the Loket form id: lower-case letters, digits and dashes
 * @param version  the Loket form version
 * @param title    the form title; when empty, the Form.io {@code title} (or {@code name}, or the id)
 * @param language the language of the Form.io texts; Loket requires Dutch, so texts in another
 *                 language are also used as the Dutch text until someone translates them (and a
 *                 note says so)
 */
public record FormioImportOptions(String id, String version, Optional<String> title, Language language) {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    public FormioImportOptions {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(language, "language");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("A form id has lower-case letters, digits and dashes, like \"verhuizing\"; got \"" + id + "\"");
        }
        if (version.isBlank()) {
            throw new IllegalArgumentException("A form version is a non-empty text, like \"1.0.0\"");
        }
    }

    /** Dutch texts, title taken from the Form.io form. */
    public static FormioImportOptions of(String id, String version) {
        return new FormioImportOptions(id, version, Optional.empty(), Language.NL);
    }

    /** The same options with this title (in {@link #language()}). */
    public FormioImportOptions withTitle(String title) {
        return new FormioImportOptions(id, version, Optional.of(title), language);
    }

    /** The same options for Form.io texts written in this language. */
    public FormioImportOptions withLanguage(Language language) {
        return new FormioImportOptions(id, version, title, language);
    }
}
