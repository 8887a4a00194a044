package dev.loket.catalogue.eligibility;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loket.core.Json;

import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a person told about themselves, as rules read it. Held only for the request that checks
 * it: nothing here is stored, logged or sent anywhere. Read them with {@link FactCatalogue#read}.
 */
public final class PersonFacts {

    private final ObjectNode data;

    PersonFacts(ObjectNode data) {
        this.data = data.deepCopy();
    }

    /** No facts at all. */
    public static PersonFacts none() {
        return new PersonFacts(Json.mapper().createObjectNode());
    }

    public boolean has(String name) {
        return data.hasNonNull(name);
    }

    public Optional<JsonNode> get(String name) {
        return has(name) ? Optional.of(data.get(name)) : Optional.empty();
    }

    /** The names of the facts given. */
    public Set<String> names() {
        Set<String> names = new TreeSet<>();
        Iterator<String> it = data.fieldNames();
        it.forEachRemaining(names::add);
        return names;
    }

    /** The facts as the data of a JSON Logic rule. Not a copy: rules only read. */
    JsonNode data() {
        return data;
    }

    @Override
    public String toString() {
        // Never the values: a toString ends up in logs.
        return "PersonFacts" + names();
    }
}
