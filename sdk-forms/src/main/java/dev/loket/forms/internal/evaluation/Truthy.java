package dev.loket.forms.internal.evaluation;

import com.fasterxml.jackson.databind.JsonNode;

/** JSON Logic's truthiness (JavaScript's, except that an empty array is false), for rule results. */
public final class Truthy {

    private Truthy() {
    }

    public static boolean test(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return false;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isNumber()) {
            return value.isFloatingPointNumber() ? value.doubleValue() != 0 && !Double.isNaN(value.doubleValue())
                    : value.decimalValue().signum() != 0;
        }
        if (value.isTextual()) {
            return !value.textValue().isEmpty();
        }
        if (value.isArray()) {
            return !value.isEmpty();
        }
        return true;
    }
}
