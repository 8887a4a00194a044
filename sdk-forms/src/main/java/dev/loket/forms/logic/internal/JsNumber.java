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
 * A JavaScript number, but exact: finite values are decimals, and NaN and the infinities are kept apart
 * so that comparisons after a division by zero behave as in json-logic-js.
 *
 * <p>Why not {@code double}: form rules add up money, and {@code 0.1 + 0.2} must be {@code 0.3}. Results
 * are exact up to 34 significant digits (IEEE 754 decimal128); a quotient that does not terminate, such as
 * 1/3, is rounded half-even to 34 digits. Magnitudes beyond the range of a JavaScript number become
 * infinite and tiny ones zero, as in JavaScript; that also keeps hostile exponents from exhausting memory.
 *
 * <p>Most numbers in form rules are small integers (counts, ages, amounts in whole euros), so an integer
 * that fits in a {@code long} is kept as a {@code long} and calculated with plain arithmetic; only when a
 * result does not fit, or is not integral, does the calculation move to {@link BigDecimal}. Both forms are
 * the same number to the rest of the engine.
 */
final class JsNumber {

    /** The three representations; see {@link #kind}. */
    private static final byte LONG = 0;
    private static final byte DECIMAL = 1;
    private static final byte SPECIAL = 2;

    static final JsNumber NAN = special(Double.NaN);
    static final JsNumber POSITIVE_INFINITY = special(Double.POSITIVE_INFINITY);
    static final JsNumber NEGATIVE_INFINITY = special(Double.NEGATIVE_INFINITY);
    static final JsNumber ZERO = new JsNumber(LONG, 0, null, 0);
    static final JsNumber ONE = new JsNumber(LONG, 1, null, 0);

    private static final MathContext PRECISION = MathContext.DECIMAL128;
    private static final BigDecimal MAX = new BigDecimal(Double.MAX_VALUE);
    /** Below the smallest subnormal double JavaScript has nothing but zero. */
    private static final int MIN_EXPONENT = -324;
    private static final int MAX_EXPONENT = 309;
    /** Doubles up to 2^53 in magnitude are integers exactly when they have no fraction. */
    private static final double EXACT_DOUBLE_INTEGERS = 0x1p53;
    private static final long[] POWERS_OF_TEN = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L,
        10_000_000L, 100_000_000L, 1_000_000_000L, 10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L,
        10_000_000_000_000L, 100_000_000_000_000L, 1_000_000_000_000_000L, 10_000_000_000_000_000L,
        100_000_000_000_000_000L, 1_000_000_000_000_000_000L};

    /** {@link #LONG}: the value is {@link #integer}; {@link #DECIMAL}: {@link #value}; {@link #SPECIAL}: {@link #special}. */
    private final byte kind;
    private final long integer;
    private final BigDecimal value;
    /** NaN or an infinity. */
    private final double special;

    private JsNumber(byte kind, long integer, BigDecimal value, double special) {
        this.kind = kind;
        this.integer = integer;
        this.value = value;
        this.special = special;
    }

    private static JsNumber special(double value) {
        return new JsNumber(SPECIAL, 0, null, value);
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
        if (value.scale() <= 0 && exponent <= 18) {
            return of(value.longValue()); // an integer below 10^18: exact as a long
        }
        BigDecimal rounded = value.precision() > PRECISION.getPrecision() ? value.round(PRECISION) : value;
        return new JsNumber(DECIMAL, 0, rounded, 0);
    }

    static JsNumber of(long value) {
        return value == 0 ? ZERO : new JsNumber(LONG, value, null, 0);
    }

    static JsNumber of(double value) {
        if (Double.isNaN(value)) {
            return NAN;
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? POSITIVE_INFINITY : NEGATIVE_INFINITY;
        }
        if (Math.abs(value) <= EXACT_DOUBLE_INTEGERS && value == Math.rint(value)) {
            return of((long) value); // also turns -0.0 into 0: there is no negative zero here
        }
        // The shortest decimal that reads back as this double: what the author of the JSON wrote.
        return of(new BigDecimal(Double.toString(value)));
    }

    /** The number in a JSON number node, whatever Jackson chose to parse it into. */
    static JsNumber of(JsonNode number) {
        // Only integral nodes take the long path: canConvertToLong() is also true for a decimal such as
        // 77.20 (it fits in a long), which would then lose its cents.
        return switch (number.numberType()) {
            case INT, LONG -> of(number.longValue());
            case DOUBLE -> of(number.doubleValue());
            case FLOAT -> of(new BigDecimal(Float.toString(number.floatValue())));
            case BIG_INTEGER -> of(new BigDecimal(number.bigIntegerValue()));
            default -> of(number.decimalValue());
        };
    }

    /** Whether a number node is truthy, without building a {@link JsNumber} for the common node types. */
    static boolean truthy(JsonNode number) {
        return switch (number.numberType()) {
            case INT, LONG -> number.longValue() != 0;
            case DOUBLE -> {
                double d = number.doubleValue();
                yield d != 0 && !Double.isNaN(d);
            }
            default -> of(number).truthy();
        };
    }

    boolean isNaN() {
        return kind == SPECIAL && Double.isNaN(special);
    }

    boolean isFinite() {
        return kind != SPECIAL;
    }

    boolean isZero() {
        return kind == LONG ? integer == 0 : kind == DECIMAL && value.signum() == 0;
    }

    /** -1, 0 or 1; 0 for NaN. */
    int signum() {
        return switch (kind) {
            case LONG -> Long.signum(integer);
            case DECIMAL -> value.signum();
            default -> isNaN() ? 0 : (int) Math.signum(special);
        };
    }

    boolean truthy() {
        return switch (kind) {
            case LONG -> integer != 0;
            case DECIMAL -> value.signum() != 0;
            default -> !Double.isNaN(special);
        };
    }

    /** The finite value; only call when {@link #isFinite()}. */
    BigDecimal decimal() {
        return kind == LONG ? BigDecimal.valueOf(integer) : value;
    }

    JsNumber negate() {
        if (kind == LONG && integer != Long.MIN_VALUE) {
            return of(-integer);
        }
        if (kind != SPECIAL) {
            return of(decimal().negate());
        }
        return isNaN() ? NAN : of(-special);
    }

    JsNumber add(JsNumber other) {
        if (kind == LONG && other.kind == LONG) {
            long sum = integer + other.integer;
            if (((integer ^ sum) & (other.integer ^ sum)) >= 0) { // no overflow
                return of(sum);
            }
        }
        if (kind != SPECIAL && other.kind != SPECIAL) {
            return of(decimal().add(other.decimal()));
        }
        if (isNaN() || other.isNaN()) {
            return NAN;
        }
        if (kind == SPECIAL && other.kind == SPECIAL && special != other.special) {
            return NAN; // Infinity + -Infinity
        }
        return kind == SPECIAL ? this : other;
    }

    JsNumber subtract(JsNumber other) {
        return add(other.negate());
    }

    JsNumber multiply(JsNumber other) {
        if (kind == LONG && other.kind == LONG) {
            long high = Math.multiplyHigh(integer, other.integer);
            long product = integer * other.integer;
            if ((high == 0 && product >= 0) || (high == -1 && product < 0)) { // fits in a long
                return of(product);
            }
        }
        if (kind != SPECIAL && other.kind != SPECIAL) {
            return of(decimal().multiply(other.decimal()));
        }
        if (isNaN() || other.isNaN() || isZero() || other.isZero()) {
            return NAN; // NaN, or Infinity * 0
        }
        return signum() * other.signum() > 0 ? POSITIVE_INFINITY : NEGATIVE_INFINITY;
    }

    JsNumber divide(JsNumber divisor) {
        if (isNaN() || divisor.isNaN() || (kind == SPECIAL && divisor.kind == SPECIAL)) {
            return NAN;
        }
        if (divisor.kind == SPECIAL) {
            return ZERO; // finite / infinite
        }
        if (divisor.isZero()) {
            return isZero() ? NAN : signum() > 0 ? POSITIVE_INFINITY : NEGATIVE_INFINITY;
        }
        if (kind == SPECIAL) {
            return signum() * divisor.signum() > 0 ? POSITIVE_INFINITY : NEGATIVE_INFINITY;
        }
        if (kind == LONG && divisor.kind == LONG) {
            JsNumber quotient = terminatingQuotient(integer, divisor.integer);
            if (quotient != null) {
                return quotient;
            }
        }
        return of(decimal().divide(divisor.decimal(), PRECISION));
    }

    /**
     * {@code a / b} without {@link BigDecimal#divide(BigDecimal, MathContext)}, which is slow, when the
     * quotient is a decimal with at most 18 digits after the point: b without the factors it shares with a
     * is 2^x·5^y, so a/b = a·(10^s/b)/10^s with s = max(x, y). Exact, so the same number as the slow way.
     *
     * @return null when the quotient does not terminate or does not fit; the caller then divides slowly
     */
    private static JsNumber terminatingQuotient(long a, long b) {
        if (a == Long.MIN_VALUE || b == Long.MIN_VALUE) {
            return null; // cannot take the absolute value
        }
        if (a % b == 0) {
            return of(a / b);
        }
        long gcd = gcd(Math.abs(a), Math.abs(b));
        long numerator = (b < 0 ? -a : a) / gcd;
        long denominator = Math.abs(b) / gcd;
        int twos = Long.numberOfTrailingZeros(denominator);
        long rest = denominator >> twos;
        int fives = 0;
        while (rest % 5 == 0) {
            rest /= 5;
            fives++;
        }
        int scale = Math.max(twos, fives);
        if (rest != 1 || scale >= POWERS_OF_TEN.length) {
            return null;
        }
        long factor = POWERS_OF_TEN[scale] / denominator;
        long high = Math.multiplyHigh(numerator, factor);
        long unscaled = numerator * factor;
        if (!((high == 0 && unscaled >= 0) || (high == -1 && unscaled < 0))) {
            return null;
        }
        return new JsNumber(DECIMAL, 0, BigDecimal.valueOf(unscaled, scale), 0);
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long r = a % b;
            a = b;
            b = r;
        }
        return a;
    }

    /** JavaScript {@code %}: truncating, the result has the sign of the dividend. */
    JsNumber remainder(JsNumber divisor) {
        if (kind == SPECIAL || divisor.isNaN() || divisor.isZero()) {
            return NAN;
        }
        if (divisor.kind == SPECIAL) {
            return this;
        }
        if (kind == LONG && divisor.kind == LONG) {
            return of(integer % divisor.integer); // Long.MIN_VALUE % -1 is 0, as it should be
        }
        return of(decimal().remainder(divisor.decimal()));
    }

    /**
     * Numeric order.
     *
     * @return negative, zero or positive; {@link Integer#MIN_VALUE} when either is NaN (unordered)
     */
    int compare(JsNumber other) {
        if (kind == LONG && other.kind == LONG) {
            return Long.compare(integer, other.integer);
        }
        if (isNaN() || other.isNaN()) {
            return Integer.MIN_VALUE;
        }
        if (kind != SPECIAL && other.kind != SPECIAL) {
            return decimal().compareTo(other.decimal());
        }
        return Double.compare(kind == SPECIAL ? special : 0, other.kind == SPECIAL ? other.special : 0);
    }

    /** As a JSON node: integral values as integral JSON numbers; NaN and infinities as {@link DoubleNode}. */
    JsonNode toNode() {
        if (kind == LONG) {
            return integer == (int) integer ? IntNode.valueOf((int) integer) : LongNode.valueOf(integer);
        }
        if (kind == SPECIAL) {
            return DoubleNode.valueOf(special);
        }
        if (value.signum() == 0) {
            return IntNode.valueOf(0);
        }
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() <= 0) {
            BigInteger integral = stripped.toBigIntegerExact();
            if (integral.bitLength() < 32) {
                return IntNode.valueOf(integral.intValue());
            }
            if (integral.bitLength() < 64) {
                return LongNode.valueOf(integral.longValue());
            }
            return BigIntegerNode.valueOf(integral);
        }
        return DecimalNode.valueOf(stripped);
    }

    /** JavaScript's {@code Number.prototype.toString()}, applied to the exact decimal. */
    String toJsString() {
        if (kind == LONG) {
            return Long.toString(integer); // below 10^21, so never in exponent notation
        }
        if (kind == SPECIAL) {
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
