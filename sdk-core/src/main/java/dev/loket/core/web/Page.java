package dev.loket.core.web;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A page to show: a template name and what it shows. JAX-RS resources return a {@code Page}; it
 * is rendered in the reader's language by {@link PageWriter}, which also supplies what every page
 * needs (language, CSRF token, the current address).
 *
 * @param template a Thymeleaf template under {@code templates/}, without {@code .html}, e.g. {@code portal/home}
 * @param model    the values the template shows
 */
public record Page(String template, Map<String, Object> model) {

    public Page {
        Objects.requireNonNull(template, "template");
        model = Map.copyOf(model);
    }

    public static Page of(String template) {
        return new Page(template, Map.of());
    }

    /** This page with one more value. */
    public Page with(String name, Object value) {
        Map<String, Object> copy = new HashMap<>(model);
        copy.put(name, value);
        return new Page(template, copy);
    }
}
