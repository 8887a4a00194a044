package dev.loket.catalogue;

/**
 * A way to pay for a service. Cash is a first-class method: some people can pay in no other way,
 * and a portal must show them which services still take it.
 */
public enum PaymentMethod {
    IDEAL,
    PIN,
    CASH,
    CREDIT_CARD,
    INVOICE,
    /** Nothing to pay. */
    FREE
}
