package dev.loket.catalogue.internal;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Defensive copies for the model's records: a record read from JSON may get {@code null} for a
 * missing list or optional; the model turns that into "none" so no caller ever sees a null.
 */
public final class Copies {

    private Copies() {
    }

    public static <T> List<T> list(Collection<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    /** An enum set in the enum's order, so the same set always prints the same way. */
    public static <E extends Enum<E>> Set<E> enums(Collection<E> values, Class<E> type) {
        if (values == null || values.isEmpty()) {
            return Collections.unmodifiableSet(EnumSet.noneOf(type));
        }
        return Collections.unmodifiableSet(EnumSet.copyOf(values));
    }

    @SuppressWarnings("OptionalUsedAsFieldOrParameterType")
    public static <T> Optional<T> optional(Optional<T> value) {
        return value == null ? Optional.empty() : value;
    }

    public static String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        return writable(value, what);
    }

    /**
     * Refuses text that no exchange format can carry: control characters other than tab and line
     * breaks, unpaired surrogates, U+FFFE and U+FFFF are not allowed in XML 1.0, so a product
     * holding them could be stored but never exported to Samenwerkende Catalogi.
     */
    public static String writable(String value, String what) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean allowed;
            if (Character.isHighSurrogate(c)) {
                allowed = i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1));
                i++;
            } else {
                allowed = !Character.isLowSurrogate(c) && (c >= 0x20 || c == '\t' || c == '\n' || c == '\r')
                        && c != 0xFFFE && c != 0xFFFF;
            }
            if (!allowed) {
                throw new IllegalArgumentException(what + " contains a character that cannot be exchanged (U+"
                        + String.format("%04X", (int) c) + " at position " + (i + 1) + ")");
            }
        }
        return value;
    }
}
