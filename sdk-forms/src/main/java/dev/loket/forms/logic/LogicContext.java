package dev.loket.forms.logic;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;

/**
 * What a rule may know about the world besides its data: the current time and the time zone in which
 * dates are calendar dates. Only the {@code loket.*} date operators read it.
 *
 * <p>Tests pass a fixed {@link Clock} so that {@code loket.today} and {@code loket.age} are stable.
 *
 * @param clock where "now" comes from
 * @param zone the zone in which "today" is determined, e.g. {@code Europe/Amsterdam}
 */
public record LogicContext(Clock clock, ZoneId zone) {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    /**
     * @throws NullPointerException when clock or zone is null
     */
    public LogicContext {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(zone, "zone");
    }

    /**
     * The system clock in the Dutch time zone ({@code Europe/Amsterdam}), for production use.
     *
     * @return a context on the system clock
     */
    public static LogicContext system() {
        return new LogicContext(Clock.system(AMSTERDAM), AMSTERDAM);
    }
}
