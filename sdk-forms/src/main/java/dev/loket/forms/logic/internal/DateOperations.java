package dev.loket.forms.logic.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.loket.forms.logic.LogicContext;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The {@code loket.*} date operators for forms (specified in {@code spec/json-logic-extensions.md}).
 * Dates are ISO-8601 calendar dates ({@code yyyy-MM-dd}); anything else in the data gives null, because
 * a half-filled form must not break the rules that read it.
 */
final class DateOperations {

    static final String TODAY = "loket.today";
    static final String AGE = "loket.age";
    static final String DATE_ADD = "loket.date_add";
    static final String DATE_DIFF = "loket.date_diff";
    static final String BEFORE = "loket.before";
    static final String AFTER = "loket.after";
    static final String SAME_DATE = "loket.same_date";

    private DateOperations() {
    }

    /** The unit of {@code loket.date_diff}, when the text names one. */
    static Optional<ChronoUnit> unit(JsonNode name) {
        if (!name.isTextual()) {
            return Optional.empty();
        }
        return switch (name.textValue()) {
            case "days" -> Optional.of(ChronoUnit.DAYS);
            case "months" -> Optional.of(ChronoUnit.MONTHS);
            case "years" -> Optional.of(ChronoUnit.YEARS);
            default -> Optional.empty();
        };
    }

    static JsonNode today(JsonNode[] arguments, JsonNode data, LogicContext context) {
        return TextNode.valueOf(today(context).toString());
    }

    /** Whole years from the birth date to the given date or today; negative when born after it. */
    static JsonNode age(JsonNode[] arguments, JsonNode data, LogicContext context) {
        Optional<LocalDate> birth = date(arguments[0]);
        Optional<LocalDate> on = arguments.length > 1 ? date(arguments[1]) : Optional.of(today(context));
        if (birth.isEmpty() || on.isEmpty()) {
            return NullNode.getInstance();
        }
        return LongNode.valueOf(ChronoUnit.YEARS.between(birth.get(), on.get()));
    }

    static JsonNode dateAdd(JsonNode[] arguments, JsonNode data, LogicContext context) {
        Optional<LocalDate> date = date(arguments[0]);
        if (date.isEmpty() || !arguments[1].isTextual()) {
            return NullNode.getInstance();
        }
        try {
            Period period = Period.parse(arguments[1].textValue());
            return TextNode.valueOf(date.get().plus(period).toString());
        } catch (DateTimeException | ArithmeticException e) {
            return NullNode.getInstance(); // not a period, or beyond year 999999999
        }
    }

    static JsonNode dateDiff(JsonNode[] arguments, JsonNode data, LogicContext context) {
        Optional<LocalDate> from = date(arguments[0]);
        Optional<LocalDate> to = date(arguments[1]);
        Optional<ChronoUnit> unit = unit(arguments[2]);
        if (from.isEmpty() || to.isEmpty() || unit.isEmpty()) {
            return NullNode.getInstance();
        }
        return LongNode.valueOf(unit.get().between(from.get(), to.get()));
    }

    static JsonNode before(JsonNode[] arguments, JsonNode data, LogicContext context) {
        return compare(arguments, (a, b) -> a.isBefore(b));
    }

    static JsonNode after(JsonNode[] arguments, JsonNode data, LogicContext context) {
        return compare(arguments, (a, b) -> a.isAfter(b));
    }

    static JsonNode sameDate(JsonNode[] arguments, JsonNode data, LogicContext context) {
        return compare(arguments, (a, b) -> a.isEqual(b));
    }

    private static JsonNode compare(JsonNode[] arguments, java.util.function.BiPredicate<LocalDate, LocalDate> test) {
        Optional<LocalDate> a = date(arguments[0]);
        Optional<LocalDate> b = date(arguments[1]);
        if (a.isEmpty() || b.isEmpty()) {
            return NullNode.getInstance();
        }
        return JsonValues.bool(test.test(a.get(), b.get()));
    }

    private static LocalDate today(LogicContext context) {
        return LocalDate.ofInstant(context.clock().instant(), context.zone());
    }

    /** A strict ISO calendar date, {@code yyyy-MM-dd}; no times, no other formats. */
    private static Optional<LocalDate> date(JsonNode value) {
        if (!value.isTextual() || value.textValue().length() != 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.textValue()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
