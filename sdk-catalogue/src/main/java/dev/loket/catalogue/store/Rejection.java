package dev.loket.catalogue.store;

import java.util.Objects;
import java.util.Optional;

/**
 * A record an import did not take, and why.
 *
 * @param record the record's position in the document, counting from 1
 * @param id     the record's identifier where it could be read
 * @param reason why it was rejected, in English, for the agency's administrator
 */
public record Rejection(int record, Optional<String> id, String reason) {

    public Rejection {
        id = id == null ? Optional.empty() : id;
        Objects.requireNonNull(reason, "reason");
    }

    public static Rejection of(int record, String id, String reason) {
        return new Rejection(record, Optional.ofNullable(id), reason);
    }
}
