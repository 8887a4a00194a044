package dev.loket.forms.logic.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JavaScript's type conversions on JSON values, as json-logic-js relies on them: truthiness,
 * {@code Number(x)}, {@code parseFloat(x)} and {@code String(x)}.
 *
 * <p>JavaScript's {@code undefined} (a missing argument, {@code and} without arguments) is represented by
 * Jackson's {@link MissingNode}; it never leaves the engine.
 */
final class JsCoercion {

    static final JsonNode UNDEFINED = MissingNode.getInstance();

    private static final String DECIMAL = "(?:Infinity|(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?)";
    private static final Pattern NUMBER_LITERAL = Pattern.compile("([+-]?)" + DECIMAL);
    private static final Pattern FLOAT_PREFIX = Pattern.compile("[+-]?" + DECIMAL);
    private static final Pattern NON_DECIMAL = Pattern.compile("0([xXoObB])([0-9a-fA-F]+)");
    private static final Pattern EXPONENT = Pattern.compile("[eE]([+-]?[0-9]+)$");

    private JsCoercion() {
    }

    static boolean isUndefined(JsonNode value) {
        return value.isMissingNode();
    }

    /** jsonlogic.com/truthy: JavaScript truthiness, except that an empty array is false. */
    static boolean truthy(JsonNode value) {
        return switch (value.getNodeType()) {
            case BOOLEAN -> value.booleanValue();
            case NUMBER -> JsNumber.truthy(value);
            case STRING -> !value.textValue().isEmpty();
            case ARRAY -> !value.isEmpty();
            case NULL, MISSING -> false;
            default -> true; // objects, including {}
        };
    }

    /** JavaScript {@code Number(value)}. */
    static JsNumber toNumber(JsonNode value) {
        return switch (value.getNodeType()) {
            case NUMBER -> JsNumber.of(value);
            case BOOLEAN -> value.booleanValue() ? JsNumber.ONE : JsNumber.ZERO;
            case NULL -> JsNumber.ZERO;
            case STRING -> numberOf(value.textValue());
            case ARRAY -> numberOf(toJsString(value));
            default -> JsNumber.NAN; // undefined, objects
        };
    }

    /** JavaScript {@code parseFloat(value)}: the longest numeric prefix after leading white space. */
    static JsNumber parseFloat(JsonNode value) {
        if (value.isNumber()) {
            return JsNumber.of(value);
        }
        String text = trimStart(toJsString(value));
        JsNumber plain = plainInteger(text);
        if (plain != null) {
            return plain;
        }
        Matcher prefix = FLOAT_PREFIX.matcher(text);
        return prefix.lookingAt() ? literal(prefix.group()) : JsNumber.NAN;
    }

    /** JavaScript {@code Number(text)}. */
    static JsNumber numberOf(String text) {
        String trimmed = trimEnd(trimStart(text));
        if (trimmed.isEmpty()) {
            return JsNumber.ZERO;
        }
        JsNumber plain = plainInteger(trimmed);
        if (plain != null) {
            return plain;
        }
        if (NUMBER_LITERAL.matcher(trimmed).matches()) {
            return literal(trimmed);
        }
        Matcher radix = NON_DECIMAL.matcher(trimmed);
        if (radix.matches()) {
            int base = switch (Character.toLowerCase(radix.group(1).charAt(0))) {
                case 'x' -> 16;
                case 'o' -> 8;
                default -> 2;
            };
            try {
                return JsNumber.of(new BigDecimal(new BigInteger(radix.group(2), base)));
            } catch (NumberFormatException e) {
                return JsNumber.NAN; // a digit outside the base, e.g. 0b12
            }
        }
        return JsNumber.NAN;
    }

    /**
     * A string of at most 18 digits with an optional sign, such as {@code "42"}: the common case for numbers
     * typed into a form, read without regular expressions or {@link BigDecimal}.
     *
     * @return null when the text is anything else
     */
    private static JsNumber plainInteger(String text) {
        int length = text.length();
        int start = length > 0 && (text.charAt(0) == '-' || text.charAt(0) == '+') ? 1 : 0;
        if (length == start || length - start > 18) {
            return null;
        }
        long magnitude = 0;
        for (int i = start; i < length; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
            magnitude = magnitude * 10 + (c - '0');
        }
        return JsNumber.of(text.charAt(0) == '-' ? -magnitude : magnitude);
    }

    /** A string that matches {@link #DECIMAL} with an optional sign. */
    private static JsNumber literal(String text) {
        boolean negative = text.startsWith("-");
        String unsigned = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
        if (unsigned.equals("Infinity")) {
            return negative ? JsNumber.NEGATIVE_INFINITY : JsNumber.POSITIVE_INFINITY;
        }
        Matcher exponent = EXPONENT.matcher(unsigned);
        if (exponent.find() && exponent.group(1).replaceFirst("^[+-]?0*", "").length() > 6) {
            // An exponent beyond a million digits is outside the range of doubles either way.
            boolean zero = unsigned.substring(0, exponent.start()).matches("[0.]*");
            if (zero || exponent.group(1).startsWith("-")) {
                return JsNumber.ZERO;
            }
            return negative ? JsNumber.NEGATIVE_INFINITY : JsNumber.POSITIVE_INFINITY;
        }
        String mantissa = unsigned.endsWith(".") ? unsigned.substring(0, unsigned.length() - 1) : unsigned;
        mantissa = mantissa.replace(".e", "e").replace(".E", "E");
        BigDecimal decimal = new BigDecimal(mantissa);
        return JsNumber.of(negative ? decimal.negate() : decimal);
    }

    /** JavaScript {@code String(value)}. */
    static String toJsString(JsonNode value) {
        return switch (value.getNodeType()) {
            case STRING -> value.textValue();
            case NUMBER -> JsNumber.of(value).toJsString();
            case BOOLEAN -> value.booleanValue() ? "true" : "false";
            case NULL -> "null";
            case MISSING -> "undefined";
            case ARRAY -> join(value);
            default -> "[object Object]";
        };
    }

    /** {@code Array.prototype.join(",")}: null and undefined elements are empty. */
    private static String join(JsonNode array) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < array.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            JsonNode element = array.get(i);
            if (!element.isNull() && !element.isMissingNode()) {
                text.append(toJsString(element));
            }
        }
        return text.toString();
    }

    /** Whether JavaScript's {@code ToPrimitive} leaves the value as it is. */
    static boolean isPrimitive(JsonNode value) {
        return !value.isContainerNode();
    }

    private static String trimStart(String text) {
        int start = 0;
        while (start < text.length() && isJsWhiteSpace(text.charAt(start))) {
            start++;
        }
        return text.substring(start);
    }

    private static String trimEnd(String text) {
        int end = text.length();
        while (end > 0 && isJsWhiteSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }

    /** WhiteSpace and LineTerminator of ECMAScript, which differ from {@link Character#isWhitespace}. */
    private static boolean isJsWhiteSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r') || c == '\u00A0' || c == '\u1680'
                || (c >= '\u2000' && c <= '\u200A') || c == '\u2028' || c == '\u2029' || c == '\u202F'
                || c == '\u205F' || c == '\u3000' || c == '\uFEFF';
    }
}
