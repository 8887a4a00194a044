package dev.loket.portal.prefill;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loket.core.Json;
import dev.loket.core.identifier.Bsn;
import dev.loket.forms.prefill.PrefillSource;
import dev.loket.forms.prefill.PrefillSubject;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The population register (BRP) of the sample portal, holding <strong>test data only</strong>: ten
 * fictitious persons of the RvIG test set for the GBA-V proefomgeving (EUPL-1.2, © RvIG 2022), in
 * {@code prefill/sample-population-register.json}. It stands in for the real BRP so that the
 * counter and the forms can be tried with test BSNs; an agency replaces it with a source that asks
 * the BRP (Haal Centraal BRP bevragen) under its own authorisation.
 *
 * <p>Attributes are paths into a person, as in a form's {@code prefill.attribute}:
 * {@code burgerservicenummer}, {@code naam.voornamen}, {@code naam.voorvoegsel},
 * {@code naam.geslachtsnaam}, {@code geboorte.datum} (ISO date), {@code geslacht} ({@code V} or
 * {@code M}), {@code adres.straat}, {@code adres.huisnummer} (a number), {@code adres.huisletter},
 * {@code adres.huisnummertoevoeging}, {@code adres.postcode} and {@code adres.woonplaats}. A person
 * the register does not know, or an attribute it has no value for, is empty.
 */
public final class SamplePopulationRegister implements PrefillSource {

    /** The source's name in form definitions. */
    public static final String NAME = "brp";
    /** The agency that reads the register; matches the purpose in {@code consent/purposes.json}. */
    public static final String CONTROLLER = "gemeente-voorbeeld";
    /** The purpose of the reading, registered for {@link #CONTROLLER} in {@code consent/purposes.json}. */
    public static final String PURPOSE = "brp-prefill-aanvraag";

    static final String RESOURCE = "prefill/sample-population-register.json";

    private final Map<String, JsonNode> persons;

    /** The test persons of {@code prefill/sample-population-register.json} on the class path. */
    public SamplePopulationRegister() {
        this.persons = read();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String controller() {
        return CONTROLLER;
    }

    @Override
    public String purpose() {
        return PURPOSE;
    }

    @Override
    public Optional<JsonNode> read(PrefillSubject person, String attribute) {
        JsonNode value = persons.get(person.bsn().value());
        if (value == null) {
            return Optional.empty();
        }
        for (String step : attribute.split("\\.", -1)) {
            value = value.path(step);
        }
        return value.isValueNode() ? Optional.of(value) : Optional.empty();
    }

    /** The persons by BSN; refuses a file with a person without a valid BSN or with one BSN twice. */
    private static Map<String, JsonNode> read() {
        JsonNode root;
        try (InputStream in = SamplePopulationRegister.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The sample population register " + RESOURCE + " is not on the class path");
            }
            root = Json.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the sample population register " + RESOURCE, e);
        }
        Map<String, JsonNode> byBsn = new HashMap<>();
        JsonNode list = root.path("persons");
        for (int i = 0; i < list.size(); i++) {
            JsonNode person = list.get(i);
            String at = RESOURCE + ": persons[" + i + "]";
            // The messages name the position, not the number: even test BSNs stay out of the logs.
            Bsn bsn = Bsn.parse(person.path("burgerservicenummer").asText())
                    .orElseThrow(() -> new IllegalStateException(at + " has no valid burgerservicenummer"));
            if (byBsn.put(bsn.value(), person) != null) {
                throw new IllegalStateException(at + " has the burgerservicenummer of an earlier person");
            }
        }
        return Map.copyOf(byBsn);
    }
}
