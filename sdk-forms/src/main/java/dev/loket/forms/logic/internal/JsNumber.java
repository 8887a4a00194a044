package dev.loket.forms.logic.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * A JavaScript number, but exact: finite values are {@link BigDecimal}s, and NaN and the infinities are
 * kept apart so that comparisons after a division by zero behave as in json-logic-js.
 *
 * <p>Why not {@code double}: form rules add up money, and {@code 0.1 + 0.2} must be {@code 0.3}. Results
 * are exact up to 34 significant digits (IEEE 754 decimal128); a quotient that does not terminate, such as
 * 1/3, is rounded half-even to 34 digits. Magnitudes beyond the range of a JavaScript number become
 * infinite and tiny ones zero, as in JavaScript; that also keeps hostile exponents from exhausting memory.
 */
final class JsNumber {

    static final JsNumber NAN = new JsNumber(null, Double.NaN);
    static final JsNumber POSITIVE_INFINITY = new JsNumber(null, Double.POSITIVE_INFINITY);
    static final JsNumber NEGATIVE_INFINITY = new JsNumber(null, Double.NEGATIVE_INFINITY);
    static final JsNumber ZERO = new JsNumber(BigDecimal.ZERO, 0);
    static final JsNumber ONE = new JsNumber(BigDecimal.ONE, 0);

    private static final MathContext PRECISION = MathContext.DECIMAL128;
    private static final BigDecimal MAX = new BigDecimal(Double.MAX_VALUE);
    /** Below the smallest subnormal double JavaScript has nothing but zero. */
    private static final int MIN_EXPONENT = -324;
    private static final int MAX_EXPONENT = 309;

    /** Null when not finite. */
    private final BigDecimal value;
    /** NaN or an infinity when {@link #value} is null. */
    private final double special;

    private JsNumber(BigDecimal value, double special) {
        this.value = value;
        this.special = special;
    }

    static JsNumber of(BigDecimal value) {
        if (value.signum() == 0) {
            return ZERO;
        }
        int exponent = value.precision() - value.scale(); // value < 10^exponent
        if (exponent > MAX_EXPONENT || (exponent >= MAX_EXPONENT - 1 && value.abs().compareTo(MAX) > 0)) {
            return value.signum() > 0 ? POSITIVE_INFINITY : NEGATIVE_INFINITY;
        }
        if (exponent < MIN_EXPONENT) {
            return ZERO;
        }
        BigDecimal rounded = value.precision() > PRECISION.getPrecision() ? value.round(PRECISION) : value;
        return new JsNumber(rounded, 0);
    }

    static JsNumber of(long value) {
        return value == 0 ? ZERO : new JsNumber(BigDecimal.valueOf(value), 0);
    }

    static JsNumber of(double value) {
        if (Double.isNaN(value)) {
            return NAN;
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? POSITIVE_INFINITY : NEGATIVE_INFINITY;
        }
        // The shortest decimal that reads back as this double: what the author of the JSON wrote.
        return of(new BigDecimal(Double.toString(value)));
    }

    /** The number in a JSON number node, whatever Jackson chose to parse it into. */
    static JsNumber of(JsonNode number) {
        if (number.isDouble() || number.isFloat()) {
            return number.isFloat() ? of(new BigDecimal(Float.toString(number.floatValue())))
                    : of(number.doubleValue());
        }
        if (number.isIntegralNumber() && number.canConvertToLong()) {
            return of(number.longValue());
        }
        return of(number.decimalValue());
    }

    boolean isNaN() {
        return value == null && Double.isNaN(special);
    }

    boolean isFinite() {
        return value != null;
    }

    boolean isZero() {
        return value != null && value.signum() == 0;
    }

    /** -1, 0 or 1; 0 for NaN. */
    int signum() {
        return value != null ? value.signum() : isNaN() ? 0 : (int) Math.signum(special);
    }

    boolean truthy() {
        return value != null ? value.signum() != 0 : !Double.isNaN(special);
    }

    /** The finite value; only call when {@link #isFinite()}. */
    BigDecimal decimal() {
        return value;
    }

    JsNumber negate() {
        if (value != null) {
            return of(value.negate());
        }
        return isNaN() ? NAN : of(-special);
    }

    JsNumber add(JsNumber other) {
        if (value != null && other.value != null) {
            return of(value.add(other.value));
        }
        if (isNaN() || other.isNaN()) {
            return NAN;
        }
        if (value == null && other.value == null && special != other.special) {
            return NAN; // Infinity + -Infinity
        }
        return value == null ? this : other;
    }

    JsNumber subtract(JsNumber other) {
        return add(other.negate());
    }

    JsNumber multiply(JsNumber other) {
        if (value != null && other.value != null) {
            return of(value.multiply(other.value));
        }
        if (isNaN() || other.isNaN() || isZero() || other.isZero()) {
            return NAN; // NaN, or Infinity * 0
        }
        return signum() * other.signum() > 0 ? POSITIVE_INFINITY : NEGATIVE_INFINITY;
    }

    JsNumber divide(JsNumber divisor) {
        if (isNaN() || divisor.isNaN() || (value == null && divisor.value == null)) {
            return NAN;
        }
        if (divisor.value == null) {
            return ZERO; // finite / infinite
        }
        if (divisor.isZero()) {
            return isZero() ? NAN : signum() > 0 ? POSITIVE_INFINITY : NEGATIVE_INFINITY;
        }
        if (value == null) {
            return signum() * divisor.signum() > 0 ? POSITIVE_INFINITY : NEGATIVE_INFINITY;
        }
        return of(value.divide(divisor.value, PRECISION));
    }

    /** JavaScript {@code %}: truncating, the result has the sign of the dividend. */
    JsNumber remainder(JsNumber divisor) {
        if (value == null || divisor.isNaN() || divisor.isZero()) {
            return NAN;
        }
        if (divisor.value == null) {
            return this;
        }
        return of(value.remainder(divisor.value));
    }

    /**
     * Numeric order.
     *
     * @return negative, zero or positive; {@link Integer#MIN_VALUE} when either is NaN (unordered)
     */
    int compare(JsNumber other) {
        if (isNaN() || other.isNaN()) {
            return Integer.MIN_VALUE;
        }
        if (value != null && other.value != null) {
            return value.compareTo(other.value);
        }
        return Double.compare(value == null ? special : 0, other.value == null ? other.special : 0);
    }

    /** As a JSON node: integral values as integral JSON numbers; NaN and infinities as {@link DoubleNode}. */
    JsonNode toNode() {
        if (value == null) {
            return DoubleNode.valueOf(special);
        }
        if (value.signum() == 0) {
            return IntNode.valueOf(0);
        }
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() <= 0) {
            BigInteger integer = stripped.toBigIntegerExact();
            if (integer.bitLength() < 32) {
                return IntNode.valueOf(integer.intValue());
            }
            if (integer.bitLength() < 64) {
                return LongNode.valueOf(integer.longValue());
            }
            return BigIntegerNode.valueOf(integer);
        }
        return DecimalNode.valueOf(stripped);
    }

    /** JavaScript's {@code Number.prototype.toString()}, applied to the exact decimal. */
    String toJsString() {
        if (value == null) {
            return isNaN() ? "NaN" : special > 0 ? "Infinity" : "-Infinity";
        }
        if (value.signum() == 0) {
            return "0";
        }
        BigDecimal stripped = value.stripTrailingZeros();
        String digits = stripped.unscaledValue().abs().toString();
        int k = digits.length();
        int n = k - stripped.scale(); // value = 0.digits * 10^n
        StringBuilder text = new StringBuilder(stripped.signum() < 0 ? "-" : "");
        if (k <= n && n <= 21) {
            text.append(digits).append("0".repeat(n - k));
        } else if (0 < n && n <= 21) {
            text.append(digits, 0, n).append('.').append(digits, n, k);
        } else if (-6 < n && n <= 0) {
            text.append("0.").append("0".repeat(-n)).append(digits);
        } else {
            int exponent = n - 1;
            text.append(digits.charAt(0));
            if (k > 1) {
                text.append('.').append(digits, 1, k);
            }
            text.append('e').append(exponent < 0 ? '-' : '+').append(Math.abs(exponent));
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return toJsString();
    }
}
