package dev.loket.consent;

import java.time.Instant;

/**
 * Where a consent stands now, at a given time: the last event, read with its expiry. A consent
 * given until yesterday reads as {@link Status#EXPIRED} today, even before an EXPIRED event is
 * written.
 *
 * @param status the state now
 * @param event  the last event of this consent
 */
public record ConsentState(Status status, ConsentEvent event) {

    /** The states a consent can be in. */
    public enum Status {
        GIVEN, REFUSED, WITHDRAWN, EXPIRED
    }

    /** The state after {@code event}, read at {@code now}. */
    public static ConsentState of(ConsentEvent event, Instant now) {
        Status status = switch (event.type()) {
            case GIVEN, RENEWED -> event.expiresAt().filter(end -> !now.isBefore(end)).isPresent()
                    ? Status.EXPIRED : Status.GIVEN;
            case REFUSED -> Status.REFUSED;
            case WITHDRAWN -> Status.WITHDRAWN;
            case EXPIRED -> Status.EXPIRED;
        };
        return new ConsentState(status, event);
    }

    /** Whether data may be processed on this consent now. */
    public boolean isGiven() {
        return status == Status.GIVEN;
    }
}
