package dev.loket.catalogue.exchange.feeds;

import java.util.Arrays;
import java.util.Optional;

/** What a signed feed carries, named in the JWS's {@code cty} header. */
public enum FeedFormat {
    /** A Loket JSON catalogue document ({@link dev.loket.catalogue.exchange.LoketJson}). */
    LOKET_JSON("application/json"),
    /** A Samenwerkende Catalogi 4.0 document ({@link dev.loket.catalogue.exchange.sc.SamenwerkendeCatalogi}). */
    SAMENWERKENDE_CATALOGI("application/xml");

    private final String contentType;

    FeedFormat(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    public static Optional<FeedFormat> ofContentType(String contentType) {
        return Arrays.stream(values()).filter(f -> f.contentType.equalsIgnoreCase(contentType)).findFirst();
    }
}
