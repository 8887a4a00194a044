package dev.loket.forms.definition;

import java.util.List;

/**
 * What a file upload accepts.
 *
 * @param types    accepted media types, e.g. {@code application/pdf}, {@code image/*}; empty means any
 * @param maxSize  largest file in bytes
 * @param maxCount most files
 */
public record FileRules(List<String> types, long maxSize, int maxCount) {

    public static final FileRules DEFAULT = new FileRules(List.of(), 10L * 1024 * 1024, 1);

    public FileRules {
        types = List.copyOf(types);
    }
}
