package dev.loket.catalogue;

import dev.loket.catalogue.internal.Copies;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An organisation that provides services: the competent authority of a product (CPSV-AP
 * {@code hasCompetentAuthority}, OWMS {@code overheid:authority}).
 *
 * @param id          a short stable identifier, lower case ({@code "utrecht"}, {@code "rvig"}); the
 *                    owner of a product is an agency id, and an agency may only change its own products
 * @param name        the name people know, e.g. "Gemeente Utrecht"
 * @param type        municipality, province, water board, national or private
 * @param owmsUri     the agency's URI in the OWMS value lists, e.g.
 *                    {@code http://standaarden.overheid.nl/owms/terms/Utrecht_(gemeente)}, where it has one
 */
public record Agency(String id, String name, AgencyType type, Optional<URI> owmsUri) {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    public Agency {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("An agency id is 1 to 63 lower-case letters, digits or dashes, not " + id);
        }
        Copies.required(name, "An agency's name");
        Objects.requireNonNull(type, "An agency's type is required");
        owmsUri = Copies.optional(owmsUri);
    }

    public static Agency of(String id, String name, AgencyType type) {
        return new Agency(id, name, type, Optional.empty());
    }

    /** Whether {@code candidate} is a well-formed agency id. */
    public static boolean isValidId(String candidate) {
        return candidate != null && ID.matcher(candidate).matches();
    }
}
