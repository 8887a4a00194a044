package dev.loket.forms.internal.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loket.core.FieldError;
import dev.loket.core.Message;
import dev.loket.forms.definition.Component;
import dev.loket.forms.definition.ComponentType;
import dev.loket.forms.definition.FormDefinition;
import dev.loket.forms.definition.Step;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers a form cannot take whatever the rules say: keys that are none of its fields, and lists
 * longer than the form allows (a repeating group's {@code maxItems}, a file field's count, a
 * multi-checkbox's options). Checked by walking the answers once, before any rule is evaluated or
 * anything stored, so a client cannot make the server evaluate or keep what the form refuses anyway.
 */
public final class AnswerShape {

    /** The longest repeating group taken when its definition sets no {@code maxItems}. */
    public static final int MAX_ITEMS = 1000;
    /** Reporting stops here: a body full of mistakes needs no answer listing every one. */
    static final int MAX_ERRORS = 20;
    private static final String BUNDLE = "dev.loket.forms.messages";

    private final Map<String, Component> fields;

    public AnswerShape(FormDefinition definition) {
        List<Component> all = new ArrayList<>();
        for (Step step : definition.steps()) {
            all.addAll(step.components());
        }
        this.fields = fieldsOf(all);
    }

    /** What is wrong with the answers' shape, with JSON pointers; empty when nothing is. */
    public List<FieldError> problems(JsonNode data) {
        List<FieldError> errors = new ArrayList<>();
        if (data != null && data.isObject()) {
            check(fields, data, "", errors);
        }
        return errors;
    }

    private static void check(Map<String, Component> known, JsonNode data, String prefix, List<FieldError> errors) {
        for (Iterator<Map.Entry<String, JsonNode>> entries = data.properties().iterator(); entries.hasNext()
                && errors.size() < MAX_ERRORS; ) {
            Map.Entry<String, JsonNode> entry = entries.next();
            Component c = known.get(entry.getKey());
            String pointer = prefix + "/" + entry.getKey().replace("~", "~0").replace("/", "~1");
            if (c == null) {
                errors.add(new FieldError(pointer, Message.of(BUNDLE, "validation.unknown-key")));
                continue;
            }
            JsonNode value = entry.getValue();
            if (!value.isArray()) {
                continue;
            }
            int most = mostItems(c);
            if (value.size() > most) {
                errors.add(new FieldError(pointer, Message.of(BUNDLE, "validation.too-many-items", most, value.size())));
            } else if (c.type() == ComponentType.REPEAT) {
                Map<String, Component> inItem = fieldsOf(c.components());
                for (int i = 0; i < value.size() && errors.size() < MAX_ERRORS; i++) {
                    if (value.get(i).isObject()) {
                        check(inItem, value.get(i), pointer + "/" + i, errors);
                    }
                }
            }
        }
    }

    private static int mostItems(Component c) {
        return switch (c.type()) {
            case REPEAT -> c.maxItems() > 0 && c.maxItems() < Integer.MAX_VALUE ? c.maxItems() : MAX_ITEMS;
            case FILE -> c.file().maxCount();
            case MULTI_CHECKBOX -> c.options().size();
            // No other field takes a list; the checks of its value say so in words about that field.
            default -> MAX_ITEMS;
        };
    }

    /** The fields at one level: fieldsets and other layout hold theirs at their parent's level. */
    private static Map<String, Component> fieldsOf(List<Component> components) {
        Map<String, Component> fields = new LinkedHashMap<>();
        for (Component c : components) {
            if (c.type().hasValue()) {
                fields.put(c.key(), c);
            } else {
                fields.putAll(fieldsOf(c.components()));
            }
        }
        return fields;
    }
}
