package dev.loket.catalogue;

import dev.loket.catalogue.internal.Copies;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * When a channel can be used: always (a web form), or in opening hours (a counter, a phone line),
 * with a note for what hours cannot say ("closed on public holidays").
 *
 * @param always       true when the channel is always available; then {@code openingHours} is empty
 * @param openingHours the weekly periods in which the channel is open
 * @param note         anything people must know about availability
 */
public record Availability(boolean always, List<OpeningHours> openingHours, Optional<LocalizedText> note) {

    public Availability {
        openingHours = Copies.list(openingHours);
        note = Copies.optional(note);
        if (always && !openingHours.isEmpty()) {
            throw new IllegalArgumentException("A channel that is always available has no opening hours");
        }
    }

    public static Availability allDay() {
        return new Availability(true, List.of(), Optional.empty());
    }

    public static Availability hours(List<OpeningHours> openingHours) {
        return new Availability(false, openingHours, Optional.empty());
    }

    /** Weekdays (Monday to Friday) from {@code opens} to {@code closes}. */
    public static Availability weekdays(String opens, String closes) {
        return hours(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)
                .stream().map(day -> OpeningHours.of(day, opens, closes)).toList());
    }

    public Availability withNote(LocalizedText note) {
        return new Availability(always, openingHours, Optional.of(note));
    }

    /** Whether the channel is open on {@code day} at {@code time} (public holidays are in the note, not here). */
    public boolean isOpen(DayOfWeek day, LocalTime time) {
        return always || openingHours.stream().anyMatch(hours -> hours.covers(day, time));
    }
}
