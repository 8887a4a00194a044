package dev.loket.forms.logic.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.loket.forms.logic.LogicContext;
import java.util.List;

/**
 * {@code +}, {@code -}, {@code *}, {@code /}, {@code %}, {@code min} and {@code max} in their common forms (see
 * {@link RuleCompiler}), with the semantics of {@link ArithmeticOperations}. A node of its own so that
 * nested arithmetic, such as {@code {"+": [{"*": [{"var": "hours"}, 12.5]}, 40]}}, passes
 * {@link JsNumber}s from node to node and becomes a JSON number once, at the top, and so that numbers
 * written in the rule are read once, when it is compiled.
 */
final class Arithmetic implements Expression {

    enum Operator {
        /** {@code +} with any number of arguments; coerces with {@code parseFloat}. */
        PLUS,
        /** {@code *} with two or more arguments (one argument comes back unchanged); {@code parseFloat}. */
        TIMES,
        /** {@code -} with one argument (negation) or two; the others coerce with {@code Number}. */
        MINUS,
        /** {@code /} with two arguments. */
        DIVIDE,
        /** {@code %} with two arguments. */
        REMAINDER,
        /** {@code min} ({@code Math.min}) with any number of arguments: NaN when one is not a number. */
        MIN,
        /** {@code max}, like {@code min}. */
        MAX
    }

    private final Operator operator;
    private final Expression[] arguments;
    /** The coerced value of an argument written in the rule, or null when it is computed per evaluation. */
    private final JsNumber[] constants;

    Arithmetic(Operator operator, List<Expression> arguments) {
        this.operator = operator;
        this.arguments = arguments.toArray(Expression[]::new);
        this.constants = new JsNumber[this.arguments.length];
        for (int i = 0; i < constants.length; i++) {
            Expression argument = this.arguments[i];
            if (argument instanceof Literal || argument instanceof ComputedConstant) {
                constants[i] = coerce(argument.evaluate(NullNode.getInstance(), null));
            }
        }
    }

    @Override
    public JsonNode evaluate(JsonNode data, LogicContext context) {
        return number(data, context).toNode();
    }

    JsNumber number(JsonNode data, LogicContext context) {
        switch (operator) {
            case PLUS: {
                JsNumber sum = JsNumber.ZERO;
                for (int i = 0; i < arguments.length; i++) {
                    sum = sum.add(argument(i, data, context));
                }
                return sum;
            }
            case TIMES: {
                JsNumber product = argument(0, data, context);
                for (int i = 1; i < arguments.length; i++) {
                    product = product.multiply(argument(i, data, context));
                }
                return product;
            }
            case MINUS:
                return arguments.length == 1 ? argument(0, data, context).negate()
                        : argument(0, data, context).subtract(argument(1, data, context));
            case DIVIDE:
                return argument(0, data, context).divide(argument(1, data, context));
            case REMAINDER:
                return argument(0, data, context).remainder(argument(1, data, context));
            case MIN:
                return extreme(-1, JsNumber.POSITIVE_INFINITY, data, context);
            default:
                return extreme(1, JsNumber.NEGATIVE_INFINITY, data, context);
        }
    }

    /** {@code Math.min}/{@code Math.max}: every argument is evaluated, as json-logic-js does, then compared. */
    private JsNumber extreme(int direction, JsNumber none, JsonNode data, LogicContext context) {
        JsNumber best = none;
        boolean notANumber = false;
        for (int i = 0; i < arguments.length; i++) {
            JsNumber number = argument(i, data, context);
            if (number.isNaN()) {
                notANumber = true;
            } else if (Integer.signum(number.compare(best)) == direction) {
                best = number;
            }
        }
        return notANumber ? JsNumber.NAN : best;
    }

    private JsNumber argument(int index, JsonNode data, LogicContext context) {
        JsNumber constant = constants[index];
        if (constant != null) {
            return constant;
        }
        Expression argument = arguments[index];
        if (argument instanceof Arithmetic nested) {
            return nested.number(data, context); // a number already: both coercions leave it as it is
        }
        return coerce(argument.evaluate(data, context));
    }

    /** The coercion json-logic-js applies: {@code parseFloat} for + and *, {@code Number} for the others. */
    private JsNumber coerce(JsonNode value) {
        return operator == Operator.PLUS || operator == Operator.TIMES ? JsCoercion.parseFloat(value)
                : JsCoercion.toNumber(value);
    }

    @Override
    public boolean isDataFree() {
        return Expressions.allDataFree(arguments);
    }
}
