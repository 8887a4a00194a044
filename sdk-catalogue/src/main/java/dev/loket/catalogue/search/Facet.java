package dev.loket.catalogue.search;

import java.util.Arrays;
import java.util.Optional;

/** A property of products that a search can be narrowed by, and counted on. */
public enum Facet {
    /** The agency that offers the service (its id). */
    AGENCY("agency"),
    /** The municipality the service is for (its CBS code, e.g. {@code GM0363}); national services are in every one. */
    MUNICIPALITY("municipality"),
    /** A life event the service belongs to (its id). */
    LIFE_EVENT("lifeEvent"),
    /** A way to get the service: online, counter, phone, post, chat. */
    CHANNEL("channel"),
    /** Who the service is for: citizens or businesses. */
    AUDIENCE("audience"),
    /** A way to pay that the service accepts, cash included. */
    PAYMENT_METHOD("payment");

    private final String parameter;

    Facet(String parameter) {
        this.parameter = parameter;
    }

    /** The name of the facet in URLs and JSON, e.g. {@code lifeEvent}. */
    public String parameter() {
        return parameter;
    }

    /** The facet with this URL or JSON name. */
    public static Optional<Facet> ofParameter(String parameter) {
        return Arrays.stream(values()).filter(f -> f.parameter.equals(parameter)).findFirst();
    }
}
