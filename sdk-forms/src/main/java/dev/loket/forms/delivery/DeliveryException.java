package dev.loket.forms.delivery;

/**
 * A failed delivery with a reason an operator can act on, such as {@code "case system answered
 * HTTP 503"}. Its message is stored with the outbox row and logged, so it must never contain
 * personal data or the submitted answers.
 */
public class DeliveryException extends Exception {

    private static final long serialVersionUID = 1L;

    public DeliveryException(String reasonWithoutPersonalData) {
        super(reasonWithoutPersonalData);
    }

    public DeliveryException(String reasonWithoutPersonalData, Throwable cause) {
        super(reasonWithoutPersonalData, cause);
    }
}
