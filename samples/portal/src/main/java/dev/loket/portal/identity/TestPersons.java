package dev.loket.portal.identity;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loket.core.Json;
import dev.loket.core.identifier.Bsn;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The fictitious persons the simulator offers: those of the sample population register (RvIG test
 * set, test BSNs only), so that a login as one of them also prefills their forms.
 */
final class TestPersons {

    private static final String RESOURCE = "prefill/sample-population-register.json";

    /** A test person: BSN and the name to show. */
    record TestPerson(String bsn, String name) {
    }

    private final List<TestPerson> persons;

    TestPersons() {
        this.persons = read();
    }

    List<TestPerson> all() {
        return persons;
    }

    Optional<TestPerson> byBsn(String bsn) {
        return persons.stream().filter(p -> p.bsn().equals(bsn)).findFirst();
    }

    private static List<TestPerson> read() {
        try (InputStream in = TestPersons.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path");
            }
            JsonNode root = Json.mapper().readTree(in);
            List<TestPerson> found = new ArrayList<>();
            for (JsonNode person : root.path("persons")) {
                String bsn = person.path("burgerservicenummer").asText();
                if (Bsn.parse(bsn).isEmpty()) {
                    continue;
                }
                JsonNode name = person.path("naam");
                String full = String.join(" ", List.of(name.path("voornamen").asText(), name.path("voorvoegsel").asText(),
                        name.path("geslachtsnaam").asText()).stream().filter(s -> !s.isBlank()).toList());
                found.add(new TestPerson(bsn, full));
            }
            return List.copyOf(found);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
