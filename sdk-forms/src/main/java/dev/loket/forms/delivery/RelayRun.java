package dev.loket.forms.delivery;

/**
 * What one {@link OutboxRelay#relayDue()} did.
 *
 * @param delivered submissions handed over
 * @param failed    attempts that failed and are scheduled again
 * @param parked    submissions that failed their last allowed attempt
 */
public record RelayRun(int delivered, int failed, int parked) {

    /** Attempts made in this run. */
    public int attempted() {
        return delivered + failed + parked;
    }
}
