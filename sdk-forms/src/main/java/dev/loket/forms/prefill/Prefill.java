package dev.loket.forms.prefill;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loket.forms.definition.Component;
import dev.loket.forms.definition.ComponentType;
import dev.loket.forms.definition.FormDefinition;
import dev.loket.forms.definition.Step;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Fills in the answers a government register already knows, before the person starts, but only
 * what the guard allows, and logs every decision (who, which source, which attributes, why; never
 * the values). What the registers gave for the person a login determines is bound to that login
 * ({@link #boundToLogin}): the channels show it read-only and every save keeps it (see
 * {@link dev.loket.forms.draft.DraftStore#startFor(String, String, String, dev.loket.core.Channel, String, String)}),
 * so nobody files with another person's number or name.
 */
public final class Prefill {

    private static final Logger LOG = Logger.getLogger(Prefill.class.getName());

    /**
     * What was prefilled and what was not.
     *
     * @param data    the prefilled answers, by component key
     * @param refused the sources the guard refused, by name
     */
    public record Result(ObjectNode data, List<String> refused) {
        public Result {
            refused = List.copyOf(refused);
        }
    }

    private final Map<String, PrefillSource> sources = new LinkedHashMap<>();
    private final PrefillGuard guard;

    public Prefill(List<PrefillSource> sources, PrefillGuard guard) {
        sources.forEach(s -> this.sources.put(s.name(), s));
        this.guard = guard;
    }

    /** The prefilled answers of a form for a person; top-level components only (not repeating groups). */
    public Result fill(FormDefinition form, PrefillSubject person) {
        Map<String, Map<String, String>> wanted = new LinkedHashMap<>();
        for (Step step : form.steps()) {
            collect(step.components(), wanted);
        }
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        List<String> refused = new ArrayList<>();
        wanted.forEach((sourceName, keysByAttribute) -> {
            PrefillSource source = sources.get(sourceName);
            if (source == null) {
                LOG.warning(() -> "Form " + form.id() + " wants prefill source " + sourceName + ", which is not installed");
                return;
            }
            Set<String> attributes = keysByAttribute.keySet();
            boolean allowed = guard.allows(source.controller(), source.purpose(), attributes, person.pseudonym());
            LOG.info(() -> "Prefill " + (allowed ? "allowed" : "refused") + ": form " + form.id() + ", source "
                    + sourceName + ", purpose " + source.purpose() + ", attributes " + attributes
                    + ", subject " + person.pseudonym());
            if (!allowed) {
                refused.add(sourceName);
                return;
            }
            keysByAttribute.forEach((attribute, key) ->
                    source.read(person, attribute).ifPresent(value -> data.set(key, value)));
        });
        return new Result(data, refused);
    }

    /**
     * The answers bound to the login of {@code person}: their own BSN in every BSN question the form
     * prefills (top level), over what the registers gave. The number is known from the login itself, not
     * read from a register, so it is there even when the guard refuses a reading or the register does not
     * know the person, and no other number can be filed in its place.
     *
     * @param prefilled what {@link #fill} gave for the person
     */
    public static ObjectNode boundToLogin(FormDefinition form, PrefillSubject person, ObjectNode prefilled) {
        ObjectNode bound = prefilled.deepCopy();
        for (Step step : form.steps()) {
            for (Component c : step.components()) {
                if (c.type() == ComponentType.BSN && c.prefill().isPresent()) {
                    bound.put(c.key(), person.bsn().value());
                }
            }
        }
        return bound;
    }

    /** Prefilled answers under what the person already entered: the person's own answers win. */
    public static ObjectNode under(ObjectNode prefilled, JsonNode entered) {
        ObjectNode merged = prefilled.deepCopy();
        if (entered != null && entered.isObject()) {
            merged.setAll((ObjectNode) entered.deepCopy());
        }
        return merged;
    }

    private static void collect(List<Component> components, Map<String, Map<String, String>> into) {
        for (Component c : components) {
            if (!c.type().hasValue()) {
                collect(c.components(), into);
                continue;
            }
            c.prefill().ifPresent(p ->
                    into.computeIfAbsent(p.source(), s -> new LinkedHashMap<>()).put(p.attribute(), c.key()));
        }
    }
}
