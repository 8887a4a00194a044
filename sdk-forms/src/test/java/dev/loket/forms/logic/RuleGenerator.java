package dev.loket.forms.logic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Random;

/**
 * Random JSON Logic rules over the classic operators and random data, from a seed, for the differential
 * test against json-logic-js. Numbers are integers, binary-exact decimals (2.25) and money (19.99), so that
 * some arithmetic is exact in both engines and some only in Loket.
 */
final class RuleGenerator {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> EAGER = List.of("==", "===", "!=", "!==", "<", "<=", ">", ">=", "!", "!!",
            "+", "-", "*", "/", "%", "min", "max", "merge", "in", "cat", "substr", "log", "missing",
            "missing_some", "var");
    private static final List<String> LAZY = List.of("if", "?:", "and", "or", "map", "filter", "reduce", "all",
            "none", "some");
    private static final List<String> PATHS = List.of("a", "b", "c", "d", "e", "f", "n.x", "n.y", "n.y.0",
            "n.y.1", "list", "list.0", "list.2", "mixed", "names", "names.1", "nope", "n.nope.deeper", "a.length",
            "names.0.0");
    private static final List<String> STRINGS = List.of("", "0", "1", "2", "abc", "12.5", " 3 ", "a,b", "1e2",
            "true", "null", "-4", "0x1A", "b", "Infinity", "2.25");

    private final Random random;

    RuleGenerator(long seed) {
        this.random = new Random(seed);
    }

    JsonNode data() {
        ObjectNode data = NODES.objectNode();
        for (String key : List.of("a", "b", "c", "d", "e", "f")) {
            if (random.nextInt(8) > 0) {
                data.set(key, value(1));
            }
        }
        ObjectNode nested = data.putObject("n");
        nested.set("x", value(0));
        nested.set("y", array(random.nextInt(4), 0));
        ArrayNode list = data.putArray("list");
        for (int i = random.nextInt(6); i > 0; i--) {
            list.add(number());
        }
        data.set("mixed", array(random.nextInt(5), 1));
        ArrayNode names = data.putArray("names");
        for (int i = random.nextInt(4); i > 0; i--) {
            names.add(pick(STRINGS));
        }
        return data;
    }

    JsonNode rule(int depth) {
        return rule(depth, Scope.ROOT);
    }

    private enum Scope { ROOT, ITEM, REDUCE }

    private JsonNode rule(int depth, Scope scope) {
        if (depth <= 0 || random.nextInt(10) < 3) {
            return random.nextInt(10) < 6 ? var(scope) : literal();
        }
        if (random.nextInt(3) == 0) {
            return lazy(pick(LAZY), depth, scope);
        }
        String operator = pick(EAGER);
        int arity = switch (operator) {
            case "!", "!!", "log" -> 1;
            case "<", "<=" -> 2 + random.nextInt(2);
            case "substr" -> 2 + random.nextInt(2);
            case "+", "*", "min", "max", "cat", "merge" -> 1 + random.nextInt(4);
            case "missing", "missing_some", "var" -> 0; // built below
            default -> 2;
        };
        if (random.nextInt(20) == 0) {
            arity = random.nextInt(4); // unusual arity: json-logic-js has answers for those too
        }
        if (operator.equals("missing")) {
            ArrayNode keys = NODES.arrayNode();
            for (int i = 1 + random.nextInt(3); i > 0; i--) {
                keys.add(pick(PATHS));
            }
            return operation(operator, random.nextBoolean() ? keys : NODES.arrayNode().add(keys));
        }
        if (operator.equals("missing_some")) {
            ArrayNode keys = NODES.arrayNode();
            for (int i = 1 + random.nextInt(3); i > 0; i--) {
                keys.add(pick(PATHS));
            }
            return operation(operator, NODES.arrayNode().add(random.nextInt(3)).add(keys));
        }
        if (operator.equals("var")) { // a path computed at run time
            return operation(operator, NODES.arrayNode().add(rule(depth - 1, scope)).add(literal()));
        }
        ArrayNode arguments = NODES.arrayNode();
        for (int i = 0; i < arity; i++) {
            arguments.add(rule(depth - 1, scope));
        }
        if (arity == 1 && random.nextBoolean() && !arguments.get(0).isArray()) {
            return operation(operator, arguments.get(0)); // {"!": x} for {"!": [x]}
        }
        return operation(operator, arguments);
    }

    private JsonNode lazy(String operator, int depth, Scope scope) {
        ArrayNode arguments = NODES.arrayNode();
        switch (operator) {
            case "map", "filter", "all", "none", "some" -> {
                arguments.add(arraySource(depth, scope));
                arguments.add(rule(depth - 1, Scope.ITEM));
            }
            case "reduce" -> {
                arguments.add(arraySource(depth, scope));
                arguments.add(rule(depth - 1, Scope.REDUCE));
                if (random.nextInt(4) > 0) {
                    arguments.add(random.nextBoolean() ? number() : rule(depth - 1, scope));
                }
            }
            default -> {
                for (int i = random.nextInt(6); i > 0; i--) {
                    arguments.add(rule(depth - 1, scope));
                }
            }
        }
        return operation(operator, arguments);
    }

    private JsonNode arraySource(int depth, Scope scope) {
        return switch (random.nextInt(5)) {
            case 0 -> array(random.nextInt(5), 1);
            case 1 -> rule(depth - 1, scope);
            default -> operation("var", NODES.textNode(pick(List.of("list", "mixed", "names", "n.y", "a"))));
        };
    }

    private JsonNode var(Scope scope) {
        String path = switch (scope) {
            case ROOT -> pick(PATHS);
            case ITEM -> pick(List.of("", "", "0", "x", "length"));
            case REDUCE -> pick(List.of("current", "accumulator", "current", "accumulator", "current.0", ""));
        };
        if (random.nextInt(5) == 0) {
            return operation("var", NODES.arrayNode().add(path).add(literal()));
        }
        return operation("var", NODES.textNode(path));
    }

    private JsonNode literal() {
        return value(random.nextInt(10) == 0 ? 1 : 0);
    }

    private JsonNode value(int depth) {
        return switch (random.nextInt(depth > 0 ? 7 : 6)) {
            case 0, 1, 2 -> number();
            case 3 -> NODES.textNode(pick(STRINGS));
            case 4 -> NODES.booleanNode(random.nextBoolean());
            case 5 -> NODES.nullNode();
            default -> array(random.nextInt(4), depth - 1);
        };
    }

    private ArrayNode array(int size, int depth) {
        ArrayNode array = NODES.arrayNode();
        for (int i = 0; i < size; i++) {
            array.add(value(depth));
        }
        return array;
    }

    private JsonNode number() {
        return switch (random.nextInt(4)) {
            case 0, 1 -> NODES.numberNode(random.nextInt(25) - 5);
            case 2 -> NODES.numberNode(BigDecimal.valueOf(random.nextInt(200) - 50, 0)
                    .divide(BigDecimal.valueOf(1L << random.nextInt(4))));
            default -> NODES.numberNode(BigDecimal.valueOf(random.nextInt(10_000), 2)); // money
        };
    }

    private static ObjectNode operation(String operator, JsonNode arguments) {
        ObjectNode operation = NODES.objectNode();
        operation.set(operator, arguments);
        return operation;
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }
}
