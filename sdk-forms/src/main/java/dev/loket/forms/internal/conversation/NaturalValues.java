package dev.loket.forms.internal.conversation;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads yes/no, dates, times and amounts as people write them in a chat or say them on the phone:
 * "klopt", "12 maart 1980", "12-3-1980", "€ 12,50", "12,-". Our own code because no library reads
 * Dutch and English everyday writing together, and because what counts as a yes is a choice of the
 * channel. Never throws: what it cannot read is empty, and the caller asks again.
 */
public final class NaturalValues {

    static final Set<String> YES = Set.of("ja", "j", "jazeker", "jawel", "jaja", "klopt", "dat klopt", "ok", "oke", "okay",
            "prima", "goed", "akkoord", "ik ga akkoord", "zeker", "correct", "yes", "y", "yeah", "yep", "sure", "right",
            "agree", "i agree", "agreed", "true");
    static final Set<String> NO = Set.of("nee", "n", "neen", "nope", "no", "niet", "klopt niet", "dat klopt niet",
            "niet akkoord", "false", "nah", "not");

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("januari", 1), Map.entry("january", 1), Map.entry("jan", 1),
            Map.entry("februari", 2), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("maart", 3), Map.entry("march", 3), Map.entry("mrt", 3), Map.entry("mar", 3),
            Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("mei", 5), Map.entry("may", 5),
            Map.entry("juni", 6), Map.entry("june", 6), Map.entry("jun", 6),
            Map.entry("juli", 7), Map.entry("july", 7), Map.entry("jul", 7),
            Map.entry("augustus", 8), Map.entry("august", 8), Map.entry("aug", 8),
            Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9),
            Map.entry("oktober", 10), Map.entry("october", 10), Map.entry("okt", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nov", 11),
            Map.entry("december", 12), Map.entry("dec", 12));

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})[-/. ](\\d{1,2})[-/. ](\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern DAY_NAME_YEAR = Pattern.compile("(\\d{1,2}) ([a-z]+)\\.? (\\d{4})");
    private static final Pattern NAME_DAY_YEAR = Pattern.compile("([a-z]+)\\.? (\\d{1,2}) (\\d{4})");
    private static final Pattern ORDINAL = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th|e|de|ste)\\b");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})(?:[:.u](\\d{2}))?(?: ?uur)?");
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?[0-9][0-9.,]*");

    private NaturalValues() {
    }

    /** {@code true} for a yes ("ja", "klopt", "ok", "yes"), {@code false} for a no; empty when neither. */
    public static Optional<Boolean> yesNo(String text) {
        String said = Words.normalise(text);
        if (NO.contains(said)) {
            return Optional.of(false);
        }
        if (YES.contains(said)) {
            return Optional.of(true);
        }
        if (Words.saysOneOf(said, NO)) {
            return Optional.of(false);
        }
        return Words.saysOneOf(said, YES) ? Optional.of(true) : Optional.empty();
    }

    /**
     * A date: {@code 12-3-1980}, {@code 12/03/1980}, {@code 12.03.1980}, {@code 1980-03-12},
     * {@code 12 maart 1980}, {@code 12 mrt 1980}, {@code March 12, 1980}, {@code 12th of March 1980},
     * or today, yesterday, tomorrow (in Dutch or English) as {@code today} says.
     */
    public static Optional<LocalDate> date(String text, LocalDate today) {
        String said = ORDINAL.matcher(Words.normalise(text).replace(",", " ")).replaceAll("$1")
                .replaceAll("\\b(de|of|the)\\b", " ").replaceAll("\\s+", " ").trim();
        switch (said) {
            case "vandaag", "today" -> {
                return Optional.of(today);
            }
            case "gisteren", "yesterday" -> {
                return Optional.of(today.minusDays(1));
            }
            case "morgen", "tomorrow" -> {
                return Optional.of(today.plusDays(1));
            }
            default -> {
                // read below
            }
        }
        Matcher m;
        if ((m = ISO.matcher(said)).matches()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        if ((m = DAY_MONTH_YEAR.matcher(said)).matches()) {
            return date(m.group(3), m.group(2), m.group(1));
        }
        if ((m = DAY_NAME_YEAR.matcher(said)).matches() && MONTHS.containsKey(m.group(2))) {
            return date(m.group(3), String.valueOf(MONTHS.get(m.group(2))), m.group(1));
        }
        if ((m = NAME_DAY_YEAR.matcher(said)).matches() && MONTHS.containsKey(m.group(1))) {
            return date(m.group(3), String.valueOf(MONTHS.get(m.group(1))), m.group(2));
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException notADate) {
            return Optional.empty();
        }
    }

    /** A time of day: {@code 14:30}, {@code 14.30}, {@code 14u30}, {@code 14 uur}. */
    public static Optional<LocalTime> time(String text) {
        Matcher m = TIME.matcher(Words.normalise(text));
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalTime.of(Integer.parseInt(m.group(1)), m.group(2) == null ? 0 : Integer.parseInt(m.group(2))));
        } catch (DateTimeException notATime) {
            return Optional.empty();
        }
    }

    /**
     * An amount in euro: {@code € 12,50}, {@code 12.50}, {@code 12,-}, {@code 1.250}, {@code EUR 12},
     * {@code 12 euro}, {@code 1.234,56}. A dot followed by exactly three digits groups thousands, as
     * in Dutch; otherwise the last dot or comma is the decimal mark.
     */
    public static Optional<BigDecimal> amount(String text) {
        String said = Words.normalise(text).replace("€", " ").replaceAll("\\b(eur|euro|euros)\\b", " ")
                .replace(" ", "");
        return number(said.replaceAll("[.,]-+$", ""));
    }

    /** A number, with a decimal comma or point, and thousands grouped as {@link #amount} reads them. */
    public static Optional<BigDecimal> number(String text) {
        String said = Words.normalise(text).replace(" ", "");
        if (!PLAIN_NUMBER.matcher(said).matches()) {
            return Optional.empty();
        }
        int dot = said.lastIndexOf('.');
        int comma = said.lastIndexOf(',');
        String plain;
        if (dot >= 0 && comma >= 0) {
            char decimal = dot > comma ? '.' : ',';
            char grouping = decimal == '.' ? ',' : '.';
            plain = said.replace(String.valueOf(grouping), "").replace(decimal, '.');
        } else if (comma >= 0) {
            plain = said.indexOf(',') != comma ? said.replace(",", "") : said.replace(',', '.');
        } else if (dot >= 0) {
            boolean grouping = said.indexOf('.') != dot || said.length() - dot - 1 == 3;
            plain = grouping ? said.replace(".", "") : said;
        } else {
            plain = said;
        }
        try {
            return Optional.of(new BigDecimal(plain));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }
}
