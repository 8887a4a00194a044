package dev.loket.catalogue;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/**
 * One period on one day of the week in which a channel is open, in Dutch local time.
 *
 * @param day    the day of the week
 * @param opens  opening time
 * @param closes closing time, after {@code opens}
 */
public record OpeningHours(DayOfWeek day, LocalTime opens, LocalTime closes) {

    public OpeningHours {
        Objects.requireNonNull(day, "A day is required");
        Objects.requireNonNull(opens, "An opening time is required");
        Objects.requireNonNull(closes, "A closing time is required");
        if (!closes.isAfter(opens)) {
            throw new IllegalArgumentException("A channel closes after it opens, not at " + closes + " when it opens at " + opens);
        }
    }

    public static OpeningHours of(DayOfWeek day, String opens, String closes) {
        return new OpeningHours(day, LocalTime.parse(opens), LocalTime.parse(closes));
    }

    /** Whether a moment on {@code day} at {@code time} falls in this period (opening inclusive, closing exclusive). */
    public boolean covers(DayOfWeek day, LocalTime time) {
        return this.day == day && !time.isBefore(opens) && time.isBefore(closes);
    }
}
