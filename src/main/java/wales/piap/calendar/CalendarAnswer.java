package wales.piap.calendar;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Either a value worked out from the calendar, or the first date the calendar does not know,
 * which stopped the work. Exactly one of the two is present.
 *
 * @param <T> type of the value
 * @param value the value, or null when unknown
 * @param firstUnknownDate the first date outside the known calendar, or null when known
 */
public record CalendarAnswer<T>(T value, LocalDate firstUnknownDate) {

    /** Checks that exactly one of the two fields is present. */
    public CalendarAnswer {
        if ((value == null) == (firstUnknownDate == null)) {
            throw new IllegalArgumentException("Give either a value or a first unknown date,"
                    + " not both or neither: value=" + value + ", firstUnknownDate="
                    + firstUnknownDate);
        }
    }

    /** Creates a known result. */
    public static <T> CalendarAnswer<T> known(T value) {
        return new CalendarAnswer<>(Objects.requireNonNull(value, "value"), null);
    }

    /** Creates a result stopped at {@code firstUnknownDate}. */
    public static <T> CalendarAnswer<T> unknownFrom(LocalDate firstUnknownDate) {
        return new CalendarAnswer<>(null, Objects.requireNonNull(firstUnknownDate,
                "firstUnknownDate"));
    }

    /** Tells whether the value could be worked out. */
    public boolean isKnown() {
        return value != null;
    }

    /** Returns the value, or empty when the calendar stopped it. */
    public Optional<T> toOptional() {
        return Optional.ofNullable(value);
    }
}
