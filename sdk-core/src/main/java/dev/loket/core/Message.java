package dev.loket.core;

import java.text.MessageFormat;
import java.util.List;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/**
 * Text for people, kept as a bundle key until the reader's language is known. Errors are raised
 * deep inside the modules, where nobody knows who will read them; the HTTP edge or the page
 * translates them with {@link #in(Language)}.
 *
 * @param bundle base name of a resource bundle, e.g. {@code "dev.loket.core.messages"}
 * @param key    the key inside the bundle
 * @param args   {@link MessageFormat} arguments
 */
public record Message(String bundle, String key, List<Object> args) {

    /** The bundle of the core module. */
    public static final String CORE_BUNDLE = "dev.loket.core.messages";

    public Message {
        Objects.requireNonNull(bundle, "bundle");
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    public static Message of(String bundle, String key, Object... args) {
        return new Message(bundle, key, List.of(args));
    }

    /**
     * The text in the given language. A missing key is a programming error, but a person must
     * still see something: the key itself is returned, so the page works and the gap is visible.
     */
    public String in(Language language) {
        String pattern;
        try {
            pattern = bundleFor(bundle, language).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.isEmpty() ? pattern
                : new MessageFormat(withoutDoubleStops(pattern, args), language.locale()).format(args.toArray());
    }

    /**
     * A sentence may end in a quoted text, as in "Kies een antwoord bij: {0}." When that text is a
     * question or a sentence itself ("Wat is er gebeurd?"), the pattern's full stop would follow its
     * own mark ("gebeurd?."): the pattern's stop is dropped for such an argument.
     */
    static String withoutDoubleStops(String pattern, List<Object> args) {
        String result = pattern;
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i) instanceof CharSequence text && endsASentence(text)) {
                result = Pattern.compile("\\{" + i + "\\}\\.(?=\\s|$)").matcher(result).replaceAll("{" + i + "}");
            }
        }
        return result;
    }

    private static boolean endsASentence(CharSequence text) {
        String trimmed = text.toString().strip();
        return !trimmed.isEmpty() && ".?!".indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0;
    }

    /**
     * Loads a bundle without falling back to the JVM's default locale: on a server with an
     * English default, a Dutch reader must still get the Dutch base bundle.
     */
    static ResourceBundle bundleFor(String bundle, Language language) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return ResourceBundle.getBundle(bundle, language.locale(),
                loader != null ? loader : Message.class.getClassLoader(), NO_FALLBACK);
    }

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
}
