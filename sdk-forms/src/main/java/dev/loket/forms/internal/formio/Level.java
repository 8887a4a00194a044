package dev.loket.forms.internal.formio;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * One level of keys in the Loket form being built: the form itself, or the rows of a repeating
 * group. Keys must be unique per level; rules inside a row reach its values as {@code row.key}.
 */
final class Level {

    private final String repeatKey;
    private final Set<String> rowKeys;
    private final Set<String> used = new HashSet<>();

    private Level(String repeatKey, Set<String> rowKeys) {
        this.repeatKey = repeatKey;
        this.rowKeys = Set.copyOf(rowKeys);
    }

    static Level top() {
        return new Level(null, Set.of());
    }

    static Level rows(String rawRepeatKey, Set<String> rowKeys) {
        return new Level(rawRepeatKey, rowKeys);
    }

    boolean inRepeat() {
        return repeatKey != null;
    }

    /** The Form.io key of the repeating component whose rows this level is. */
    Optional<String> repeatKey() {
        return Optional.ofNullable(repeatKey);
    }

    boolean isRowKey(String rawKey) {
        return rowKeys.contains(rawKey);
    }

    /** Claims a key at this level; false when it is taken. */
    boolean claim(String key) {
        return used.add(key);
    }
}
