package dev.loket.forms.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loket.core.Language;
import dev.loket.forms.ExampleForms;
import dev.loket.forms.definition.Component;
import dev.loket.forms.definition.FormDefinition;
import dev.loket.forms.definition.Option;
import dev.loket.forms.definition.Step;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties that hold for any data, checked on thousands of generated answers per example form:
 * evaluation never fails, errors only point at visible components, and accepted submissions hold
 * nothing but the form's keys.
 */
class GeneratedDataTest {

    static final List<String> EXAMPLES = ExampleForms.NAMES;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int CASES = 2000;

    @ParameterizedTest
    @FieldSource("EXAMPLES")
    void holdsForEveryGeneratedAnswer(String name) {
        FormDefinition form = ExampleForms.definition(name);
        FormEvaluator evaluator = new FormEvaluator(form);
        Random random = new Random(name.hashCode());
        for (int i = 0; i < CASES; i++) {
            ObjectNode data = generate(form, random);
            EvaluationContext context = EvaluationContext.of(random.nextBoolean() ? Language.NL : Language.EN);

            Evaluation evaluation = evaluator.evaluate(data, context);
            Submission submission = evaluator.submit(data, context);

            Set<String> visiblePointers = new HashSet<>();
            evaluation.steps().stream().filter(StepState::visible)
                    .forEach(s -> collectVisible(s.components(), visiblePointers));
            for (FieldMessage error : evaluation.errors()) {
                assertThat(visiblePointers).as("error %s in %s", error, data)
                        .anyMatch(p -> error.pointer().equals(p) || error.pointer().startsWith(p + "/"));
                assertThat(error.message()).isNotBlank().doesNotContain("validation.");
            }
            if (submission.accepted()) {
                assertThat(submission.errors()).isEmpty();
                assertThat(keys(form)).containsAll(iterable(submission.data().fieldNames()));
            } else {
                assertThat(submission.errors()).isNotEmpty();
            }
        }
    }

    @org.junit.jupiter.api.Test
    void aValidSubmissionWithOneAnswerChangedIsCheckedConsistently() throws Exception {
        FormDefinition form = ExampleForms.definition("bijzondere-bijstand");
        FormEvaluator evaluator = new FormEvaluator(form);
        ObjectNode valid;
        try (var in = ExampleForms.class.getResourceAsStream("/forms/bijzondere-bijstand.data.json")) {
            valid = (ObjectNode) ExampleForms.JSON.readTree(in);
        }
        EvaluationContext context = EvaluationContext.of(Language.NL);
        assertThat(evaluator.submit(valid, context).accepted()).isTrue();
        Random random = new Random(42);
        ObjectNode generated = generate(form, random);
        List<String> names = iterable(generated.fieldNames());
        int accepted = 0;
        int refused = 0;
        for (int i = 0; i < CASES; i++) {
            ObjectNode data = valid.deepCopy();
            ObjectNode source = generate(form, random);
            String key = names.get(random.nextInt(names.size()));
            if (source.has(key)) {
                data.set(key, source.get(key));
            } else {
                data.remove(key);
            }
            Submission submission = evaluator.submit(data, context);
            if (submission.accepted()) {
                accepted++;
                assertThat(keys(form)).containsAll(iterable(submission.data().fieldNames()));
            } else {
                refused++;
                assertThat(submission.errors()).isNotEmpty()
                        .allSatisfy(e -> assertThat(e.pointer()).startsWith("/"));
            }
        }
        assertThat(accepted).as("harmless changes keep the submission valid").isPositive();
        assertThat(refused).as("harmful changes are refused").isPositive();
    }

    private static void collectVisible(List<ComponentState> components, Set<String> into) {
        for (ComponentState c : components) {
            if (c.visible()) {
                into.add(c.pointer());
                collectVisible(c.children(), into);
            }
        }
    }

    private static Set<String> keys(FormDefinition form) {
        Set<String> keys = new HashSet<>();
        for (Step step : form.steps()) {
            collectKeys(step.components(), keys);
        }
        return keys;
    }

    private static void collectKeys(List<Component> components, Set<String> into) {
        for (Component c : components) {
            if (c.type().hasValue()) {
                into.add(c.key());
            } else {
                collectKeys(c.components(), into);
            }
        }
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        List<String> list = new ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }

    /** Mostly plausible answers, sometimes missing, sometimes wrong, sometimes of the wrong type. */
    private static ObjectNode generate(FormDefinition form, Random random) {
        ObjectNode data = NODES.objectNode();
        for (Step step : form.steps()) {
            fill(step.components(), data, random);
        }
        if (random.nextInt(20) == 0) {
            data.put("onbekend_veld", "x");
        }
        return data;
    }

    private static void fill(List<Component> components, ObjectNode data, Random random) {
        for (Component c : components) {
            if (!c.type().hasValue()) {
                fill(c.components(), data, random);
                continue;
            }
            int roll = random.nextInt(10);
            if (roll == 0) {
                continue;
            }
            if (roll == 1) {
                data.set(c.key(), wrongType(random));
                continue;
            }
            data.set(c.key(), plausible(c, random));
        }
    }

    private static JsonNode wrongType(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> NODES.textNode("<script>alert(1)</script>");
            case 1 -> NODES.numberNode(-1);
            case 2 -> NODES.arrayNode().add(1);
            case 3 -> NODES.objectNode().put("a", 1);
            default -> NODES.nullNode();
        };
    }

    private static JsonNode plausible(Component c, Random random) {
        return switch (c.type()) {
            case TEXT, TEXTAREA, HIDDEN -> NODES.textNode(random.nextBoolean() ? "Jansen" : "");
            case NUMBER -> NODES.numberNode(random.nextInt(20) - 2);
            case CURRENCY -> NODES.numberNode(new BigDecimal(random.nextInt(100000)).movePointLeft(random.nextInt(4)));
            case DATE -> NODES.textNode(random.nextBoolean() ? "1985-03-17" : "2026-13-45");
            case TIME -> NODES.textNode("10:30");
            case DATETIME -> NODES.textNode("2026-11-30T10:30");
            case EMAIL -> NODES.textNode(random.nextBoolean() ? "a@example.nl" : "geen adres");
            case PHONE -> NODES.textNode(random.nextBoolean() ? "06-12345678" : "12");
            case POSTCODE -> NODES.textNode(random.nextBoolean() ? "1234 AB" : "0123 SS");
            case BSN -> NODES.textNode(random.nextBoolean() ? "999993653" : "123456789");
            case IBAN -> NODES.textNode(random.nextBoolean() ? "NL91ABNA0417164300" : "NL00XXXX");
            case KVK -> NODES.textNode("12345678");
            case RSIN -> NODES.textNode("999993653");
            case HOUSE_NUMBER -> NODES.objectNode().put("number", random.nextInt(3));
            case ADDRESS -> NODES.objectNode().put("postcode", "1234 AB").put("houseNumber", random.nextInt(3));
            case RADIO, SELECT -> NODES.textNode(random.nextInt(4) == 0 ? "bestaat-niet" : option(c, random));
            case MULTI_CHECKBOX -> NODES.arrayNode().add(option(c, random));
            case CHECKBOX, YES_NO, DECLARATION -> NODES.booleanNode(random.nextInt(4) != 0);
            case PAYMENT_CHOICE -> NODES.textNode(c.paymentMethods().get(random.nextInt(c.paymentMethods().size())));
            case FILE -> NODES.arrayNode().add(NODES.objectNode().put("name", "a.pdf").put("type", "application/pdf")
                    .put("size", random.nextInt(20_000_000)));
            case COMPUTED -> NODES.numberNode(random.nextInt());
            case REPEAT -> {
                ArrayNode items = NODES.arrayNode();
                for (int i = random.nextInt(3); i > 0; i--) {
                    ObjectNode item = NODES.objectNode();
                    fill(c.components(), item, random);
                    items.add(item);
                }
                yield items;
            }
            case FIELDSET, CONTENT -> NODES.nullNode();
        };
    }

    private static String option(Component c, Random random) {
        List<Option> options = c.options();
        return options.get(random.nextInt(options.size())).value();
    }
}
