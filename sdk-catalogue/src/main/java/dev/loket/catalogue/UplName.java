package dev.loket.catalogue;

import dev.loket.catalogue.internal.Copies;

import java.net.URI;
import java.util.Objects;

/**
 * A name from the Uniforme Productnamenlijst (UPL): the one name every Dutch agency uses for the
 * same kind of product, so "paspoort" in Utrecht and in Buren is found as the same thing.
 *
 * @param name the UPL name, in lower case as the list writes it ({@code "paspoort"})
 * @param uri  its URI, e.g. {@code http://standaarden.overheid.nl/owms/terms/paspoort}
 */
public record UplName(String name, URI uri) {

    private static final String OWMS_TERMS = "http://standaarden.overheid.nl/owms/terms/";

    public UplName {
        Copies.required(name, "A UPL name");
        Objects.requireNonNull(uri, "A UPL name's URI is required");
    }

    /** A UPL name whose URI is the OWMS terms namespace plus {@code localName}. */
    public static UplName of(String name, String localName) {
        return new UplName(name, URI.create(OWMS_TERMS + localName));
    }
}
