package dev.loket.catalogue;

import dev.loket.catalogue.internal.Copies;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Something that happens in a life or a business ("Verhuizen", "Bedrijf starten") that needs
 * services of several agencies, in order (CPSV-AP {@code LifeEvent} and {@code BusinessEvent}).
 * "For citizens there is simply one government": a life event lists what to do, not who does it.
 *
 * @param id          a stable slug, e.g. {@code "verhuizen"}; products refer to it in {@link Product#lifeEvents()}
 * @param name        the event's name per language
 * @param description what the event page tells first, in plain language
 * @param audience    citizens for a life event, businesses for a business event
 * @param steps       what to do, in order
 */
public record LifeEvent(String id, LocalizedText name, LocalizedText description, Audience audience,
                        List<LifeEventStep> steps) {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

    public LifeEvent {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("A life event's id is lower-case letters, digits and dashes, not " + id);
        }
        Objects.requireNonNull(name, "A life event's name is required");
        Objects.requireNonNull(description, "A life event's description is required");
        Objects.requireNonNull(audience, "A life event's audience is required");
        steps = Copies.list(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("A life event has at least one step: " + id);
        }
    }
}
