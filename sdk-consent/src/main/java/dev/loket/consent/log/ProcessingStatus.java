package dev.loket.consent.log;

/** How a processing ended ({@code status_code} in Logboek Dataverwerkingen and OpenTelemetry). */
public enum ProcessingStatus {
    /** Not set: done without an internal error; the standard's default. */
    UNSET,
    /** Done, and the application marked it as succeeded. */
    OK,
    /** Not done, or only partly, because of an error. */
    ERROR
}
