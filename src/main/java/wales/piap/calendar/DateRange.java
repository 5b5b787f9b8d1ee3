package wales.piap.calendar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Inclusive range of calendar dates, {@code first} to {@code last}.
 *
 * @param first first date in the range
 * @param last last date in the range, never before {@code first}
 */
public record DateRange(LocalDate first, LocalDate last) {

    /** Checks that both ends are present and in order. */
    public DateRange {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException(
                    "Date range ends before it starts: first=" + first + ", last=" + last
                            + ". Swap the two dates.");
        }
    }

    /** Tells whether {@code date} lies inside this range, ends included. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(first) && !date.isAfter(last);
    }

    /** Tells whether this range and {@code other} share at least one date. */
    public boolean overlaps(DateRange other) {
        return !other.last.isBefore(first) && !other.first.isAfter(last);
    }

    /** Returns the number of calendar days in the range, ends included. */
    public long lengthInDays() {
        return ChronoUnit.DAYS.between(first, last) + 1;
    }
}
