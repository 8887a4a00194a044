package dev.loket.forms.logic.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.loket.forms.logic.InvalidRuleException;
import dev.loket.forms.logic.LogicBudget;
import dev.loket.forms.logic.Rule;
import dev.loket.forms.logic.RuleBudgetExceededException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a JSON Logic rule into a tree of {@link Expression}s, once. Checks what json-logic-js would only
 * find out while evaluating (unknown operators, {@code *} without arguments, {@code missing_some} without
 * a key list) and what it silently accepts but is almost certainly a mistake (an operator object with more
 * than one key), and collects the data paths the rule reads.
 *
 * <p>One instance per compilation; it is not shared.
 */
public final class RuleCompiler {

    /** Deeper rules are not written by people; the limit keeps evaluation off the end of the stack. */
    static final int MAX_DEPTH = 500;

    private static final Map<String, Call.Operation> EAGER = Map.ofEntries(
            Map.entry("==", StandardOperations::looseEquals),
            Map.entry("!=", StandardOperations::looseNotEquals),
            Map.entry("===", StandardOperations::strictEquals),
            Map.entry("!==", StandardOperations::strictNotEquals),
            Map.entry("<", StandardOperations::lessThan),
            Map.entry("<=", StandardOperations::lessThanOrEqual),
            Map.entry(">", StandardOperations::greaterThan),
            Map.entry(">=", StandardOperations::greaterThanOrEqual),
            Map.entry("!", StandardOperations::not),
            Map.entry("!!", StandardOperations::truthy),
            Map.entry("in", StandardOperations::in),
            Map.entry("cat", StandardOperations::cat),
            Map.entry("substr", StandardOperations::substr),
            Map.entry("merge", StandardOperations::merge),
            Map.entry("log", StandardOperations::log),
            Map.entry("+", ArithmeticOperations::plus),
            Map.entry("-", ArithmeticOperations::minus),
            Map.entry("*", ArithmeticOperations::times),
            Map.entry("/", ArithmeticOperations::divide),
            Map.entry("%", ArithmeticOperations::remainder),
            Map.entry("min", ArithmeticOperations::min),
            Map.entry("max", ArithmeticOperations::max),
            Map.entry("missing", DataAccess::missing),
            Map.entry("missing_some", DataAccess::missingSome),
            Map.entry(DateOperations.TODAY, DateOperations::today),
            Map.entry(DateOperations.AGE, DateOperations::age),
            Map.entry(DateOperations.DATE_ADD, DateOperations::dateAdd),
            Map.entry(DateOperations.DATE_DIFF, DateOperations::dateDiff),
            Map.entry(DateOperations.BEFORE, DateOperations::before),
            Map.entry(DateOperations.AFTER, DateOperations::after),
            Map.entry(DateOperations.SAME_DATE, DateOperations::sameDate));

    /** Arity of the {@code loket.*} operators: {minimum, maximum}. Ours, so checked strictly. */
    private static final Map<String, int[]> EXTENSION_ARITY = Map.of(
            DateOperations.TODAY, new int[] {0, 0},
            DateOperations.AGE, new int[] {1, 2},
            DateOperations.DATE_ADD, new int[] {2, 2},
            DateOperations.DATE_DIFF, new int[] {3, 3},
            DateOperations.BEFORE, new int[] {2, 2},
            DateOperations.AFTER, new int[] {2, 2},
            DateOperations.SAME_DATE, new int[] {2, 2});

    private static final Map<String, Comparison.Operator> COMPARISONS = Map.of(
            "==", Comparison.Operator.LOOSE_EQUALS,
            "!=", Comparison.Operator.LOOSE_NOT_EQUALS,
            "===", Comparison.Operator.STRICT_EQUALS,
            "!==", Comparison.Operator.STRICT_NOT_EQUALS,
            "<", Comparison.Operator.LESS_THAN,
            "<=", Comparison.Operator.LESS_THAN_OR_EQUAL,
            ">", Comparison.Operator.GREATER_THAN,
            ">=", Comparison.Operator.GREATER_THAN_OR_EQUAL);

    /** Operators that read more than their arguments (data, clock) or have a side effect (log). */
    private static final Set<String> IMPURE = Set.of("missing", "missing_some", "log", DateOperations.TODAY,
            DateOperations.AGE);

    /** The operators that evaluate their logic (the second argument) once per item of an array. */
    private static final Set<String> ITERATIONS = Set.of("map", "filter", "reduce", "all", "none", "some");

    private final Set<String> variables = new LinkedHashSet<>();
    private final LogicBudget budget;
    private boolean dynamicVariables;

    private RuleCompiler(LogicBudget budget) {
        this.budget = budget;
    }

    /**
     * @param rule the rule; Java null counts as JSON null
     * @return the compiled rule
     * @throws InvalidRuleException when the rule is malformed
     */
    public static Rule compile(JsonNode rule) {
        return compile(rule, LogicBudget.standard());
    }

    /**
     * @param rule the rule; Java null counts as JSON null
     * @param budget the bounds the rule must keep, when compiled and when evaluated
     * @return the compiled rule
     * @throws InvalidRuleException when the rule is malformed or over the budget's static bounds
     */
    public static Rule compile(JsonNode rule, LogicBudget budget) {
        JsonNode tree = rule == null ? NullNode.getInstance() : rule;
        checkSize(tree, budget);
        RuleCompiler compiler = new RuleCompiler(budget);
        Expression root = compiler.compile(tree, "", 0, true);
        return new CompiledRule(root, compiler.variables, compiler.dynamicVariables, budget.maxSteps());
    }

    /** The static bounds of the budget: values in the rule, and iterations nested in iterations' logic. */
    private static void checkSize(JsonNode rule, LogicBudget budget) {
        count(rule, "", 0, 0, budget, new int[] {0});
    }

    private static void count(JsonNode node, String pointer, int depth, int nesting, LogicBudget budget, int[] nodes) {
        if (depth > MAX_DEPTH) {
            // Before the compiler's own check, which this walk precedes: off the end of the stack otherwise.
            throw new InvalidRuleException("The rule is nested deeper than " + MAX_DEPTH + " levels", pointer);
        }
        if (++nodes[0] > budget.maxNodes()) {
            throw new InvalidRuleException("The rule has more than " + budget.maxNodes() + " values; split it up or"
                    + " compute with fewer", "");
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                count(node.get(i), pointer + "/" + i, depth + 1, nesting, budget, nodes);
            }
        } else if (node.isObject()) {
            var fields = node.properties().iterator();
            while (fields.hasNext()) {
                var field = fields.next();
                String at = pointer + "/" + escape(field.getKey());
                boolean iteration = node.size() == 1 && ITERATIONS.contains(field.getKey()) && field.getValue().isArray();
                if (iteration && field.getValue().size() > 1 && nesting + 1 > budget.maxIterationNesting()) {
                    throw new InvalidRuleException("Iterations (map, filter, reduce, all, none, some) are nested more"
                            + " than " + budget.maxIterationNesting() + " deep in each other's logic; every level"
                            + " multiplies the work by the length of its array", at);
                }
                JsonNode value = field.getValue();
                if (value.isArray()) {
                    // The arguments count one level deeper than the operation, as the compiler counts them.
                    ++nodes[0];
                    for (int i = 0; i < value.size(); i++) {
                        count(value.get(i), at + "/" + i, depth + 1, iteration && i == 1 ? nesting + 1 : nesting, budget, nodes);
                    }
                } else {
                    count(value, at, depth + 1, nesting, budget, nodes);
                }
            }
        }
    }

    /** What one evaluation of an iteration's logic costs: one step per value in it. */
    private static long cost(List<JsonNode> raw, int index) {
        return index < raw.size() ? size(raw.get(index)) : 1;
    }

    private static long size(JsonNode node) {
        long size = 1;
        for (JsonNode child : node) {
            size += size(child);
        }
        return size;
    }

    /**
     * @param rootScope false inside the logic of {@code map} and friends, where {@code var} reads an item
     */
    private Expression compile(JsonNode rule, String pointer, int depth, boolean rootScope) {
        if (depth > MAX_DEPTH) {
            throw new InvalidRuleException("The rule is nested deeper than " + MAX_DEPTH + " levels", pointer);
        }
        if (rule.isArray()) {
            List<Expression> elements = new ArrayList<>(rule.size());
            for (int i = 0; i < rule.size(); i++) {
                elements.add(compile(rule.get(i), pointer + "/" + i, depth + 1, rootScope));
            }
            return new ArrayLiteral(List.copyOf(elements));
        }
        if (!rule.isObject() || rule.isEmpty()) {
            return new Literal(rule);
        }
        if (rule.size() > 1) {
            List<String> keys = new ArrayList<>();
            rule.fieldNames().forEachRemaining(keys::add);
            throw new InvalidRuleException("An operation must be an object with exactly one key, the operator,"
                    + " but this object has " + rule.size() + " keys: " + keys, pointer);
        }
        String operator = rule.fieldNames().next();
        return fold(compileOperation(operator, rule.get(operator), pointer, depth, rootScope), pointer);
    }

    /**
     * An operation that reads no data gives the same value on every evaluation, so it is evaluated once,
     * here; see {@link ComputedConstant}.
     */
    private Expression fold(Expression operation, String pointer) {
        if (!operation.isDataFree() || operation instanceof ComputedConstant) {
            return operation;
        }
        JsonNode value;
        try {
            // no context: data-free operations do not read the clock
            value = Steps.within(budget.maxSteps(), () -> operation.evaluate(NullNode.getInstance(), null));
        } catch (RuleBudgetExceededException e) {
            // Without data it would exceed the budget on every evaluation: refused now, not on each request.
            throw new InvalidRuleException("This part of the rule alone takes more than " + budget.maxSteps()
                    + " steps to evaluate", pointer);
        } catch (RuntimeException e) {
            return operation; // it fails on every evaluation; leave that to evaluation, as without folding
        }
        return value.isContainerNode() ? operation : new ComputedConstant(value);
    }

    private Expression compileOperation(String operator, JsonNode values, String pointer, int depth,
            boolean rootScope) {
        String operatorPointer = pointer + "/" + escape(operator);
        // like json-logic-js, {"var": "x"} is short for {"var": ["x"]}
        List<JsonNode> raw = new ArrayList<>();
        List<String> pointers = new ArrayList<>();
        if (values.isArray()) {
            for (int i = 0; i < values.size(); i++) {
                raw.add(values.get(i));
                pointers.add(operatorPointer + "/" + i);
            }
        } else {
            raw.add(values);
            pointers.add(operatorPointer);
        }
        switch (operator) {
            case "if", "?:":
                return new Conditional(compileAll(raw, pointers, depth, rootScope));
            case "and", "or":
                return new Junction(operator.equals("or"), compileAll(raw, pointers, depth, rootScope));
            case "map", "filter", "all", "none", "some":
                return new Iteration(Iteration.Kind.valueOf(operator.toUpperCase(java.util.Locale.ROOT)),
                        argument(raw, pointers, 0, depth, rootScope), argument(raw, pointers, 1, depth, false),
                        cost(raw, 1));
            case "reduce":
                return new Reduce(argument(raw, pointers, 0, depth, rootScope),
                        argument(raw, pointers, 1, depth, false),
                        raw.size() > 2 ? argument(raw, pointers, 2, depth, rootScope) : null, cost(raw, 1));
            case "var":
                return compileVar(compileAll(raw, pointers, depth, rootScope), rootScope);
            default:
                break;
        }
        Call.Operation operation = EAGER.get(operator);
        if (operation == null) {
            throw new InvalidRuleException("Unknown operator \"" + operator + "\"", pointer);
        }
        checkArity(operator, raw.size(), pointer);
        List<Expression> arguments = compileAll(raw, pointers, depth, rootScope);
        if (rootScope && operator.equals("missing")) {
            recordKeys(arguments);
        } else if (rootScope && operator.equals("missing_some")) {
            recordKeys(arguments.subList(1, 2));
        } else if (operator.equals(DateOperations.DATE_DIFF) && arguments.get(2).isConstant()
                && DateOperations.unit(constant(arguments.get(2))).isEmpty()) {
            throw new InvalidRuleException("The unit of " + operator + " must be \"days\", \"months\" or"
                    + " \"years\", not " + raw.get(2), pointers.get(2));
        }
        Expression specialised = specialised(operator, arguments);
        return specialised != null ? specialised : new Call(operation, arguments, !IMPURE.contains(operator));
    }

    /**
     * A node of its own for the common forms of comparisons, arithmetic and negation, which are faster than a
     * {@link Call}; null for other operators and other numbers of arguments.
     */
    private static Expression specialised(String operator, List<Expression> arguments) {
        int count = arguments.size();
        Comparison.Operator comparison = COMPARISONS.get(operator);
        if (comparison != null) {
            return count == 2 ? new Comparison(comparison, arguments.get(0), arguments.get(1)) : null;
        }
        return switch (operator) {
            case "+" -> new Arithmetic(Arithmetic.Operator.PLUS, arguments);
            case "*" -> count >= 2 ? new Arithmetic(Arithmetic.Operator.TIMES, arguments) : null;
            case "-" -> count == 1 || count == 2 ? new Arithmetic(Arithmetic.Operator.MINUS, arguments) : null;
            case "/" -> count == 2 ? new Arithmetic(Arithmetic.Operator.DIVIDE, arguments) : null;
            case "%" -> count == 2 ? new Arithmetic(Arithmetic.Operator.REMAINDER, arguments) : null;
            case "min" -> new Arithmetic(Arithmetic.Operator.MIN, arguments);
            case "max" -> new Arithmetic(Arithmetic.Operator.MAX, arguments);
            case "!" -> count == 1 ? new Negation(true, arguments.get(0)) : null;
            case "!!" -> count == 1 ? new Negation(false, arguments.get(0)) : null;
            default -> null;
        };
    }

    /** Arity errors only where json-logic-js would fail too, and for our own operators. */
    private static void checkArity(String operator, int count, String pointer) {
        if (operator.equals("*") && count == 0) {
            throw new InvalidRuleException("\"*\" needs at least one argument", pointer);
        }
        if (operator.equals("missing_some") && count < 2) {
            throw new InvalidRuleException("\"missing_some\" needs two arguments: the minimum number of keys"
                    + " present and the array of keys", pointer);
        }
        int[] arity = EXTENSION_ARITY.get(operator);
        if (arity != null && (count < arity[0] || count > arity[1])) {
            String expected = arity[0] == arity[1] ? String.valueOf(arity[0]) : arity[0] + " or " + arity[1];
            throw new InvalidRuleException("\"" + operator + "\" takes " + expected + " argument"
                    + (arity[1] == 1 ? "" : "s") + " but has " + count, pointer);
        }
    }

    private Expression compileVar(List<Expression> arguments, boolean rootScope) {
        Expression path = arguments.isEmpty() ? Literal.UNDEFINED : arguments.get(0);
        if (!path.isConstant()) {
            dynamicVariables |= rootScope;
            return new Call(DataAccess::var, arguments, false);
        }
        String[] segments = DataAccess.segments(constant(path));
        if (rootScope) {
            if (segments == null) {
                dynamicVariables = true; // reads the whole data
            } else {
                variables.add(String.join(".", segments));
            }
        }
        return new LiteralVar(segments, arguments.size() > 1 ? arguments.get(1) : null);
    }

    /** The keys of {@code missing}, when they are written in the rule. */
    private void recordKeys(List<Expression> arguments) {
        if (!arguments.stream().allMatch(Expression::isConstant)) {
            dynamicVariables = true;
            return;
        }
        List<JsonNode> keys = new ArrayList<>();
        arguments.forEach(argument -> keys.add(constant(argument)));
        if (!keys.isEmpty() && keys.get(0).isArray()) {
            JsonNode first = keys.get(0);
            keys.clear();
            first.forEach(keys::add);
        }
        for (JsonNode key : keys) {
            String[] segments = DataAccess.segments(key.isArray() ? JsonValues.argument(toArray(key), 0) : key);
            if (segments == null) {
                dynamicVariables = true;
            } else {
                variables.add(String.join(".", segments));
            }
        }
    }

    private List<Expression> compileAll(List<JsonNode> raw, List<String> pointers, int depth, boolean rootScope) {
        List<Expression> compiled = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            compiled.add(compile(raw.get(i), pointers.get(i), depth + 1, rootScope));
        }
        return List.copyOf(compiled);
    }

    /** An argument, or undefined when the rule has fewer. */
    private Expression argument(List<JsonNode> raw, List<String> pointers, int index, int depth, boolean rootScope) {
        return index < raw.size() ? compile(raw.get(index), pointers.get(index), depth + 1, rootScope)
                : Literal.UNDEFINED;
    }

    private static JsonNode constant(Expression expression) {
        return expression.evaluate(NullNode.getInstance(), null);
    }

    private static JsonNode[] toArray(JsonNode array) {
        JsonNode[] elements = new JsonNode[array.size()];
        for (int i = 0; i < elements.length; i++) {
            elements[i] = array.get(i);
        }
        return elements;
    }

    /** RFC 6901: {@code ~} and {@code /} in a key. */
    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
