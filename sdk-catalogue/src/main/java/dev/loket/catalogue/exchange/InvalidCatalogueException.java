package dev.loket.catalogue.exchange;

/** A catalogue document that cannot be read: not the format, or a record the model refuses. */
public class InvalidCatalogueException extends RuntimeException {

    public InvalidCatalogueException(String message, Throwable cause) {
        super(message, cause);
    }

    public InvalidCatalogueException(String message) {
        super(message);
    }
}
