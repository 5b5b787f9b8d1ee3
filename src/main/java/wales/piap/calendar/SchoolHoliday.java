package wales.piap.calendar;

import java.util.Objects;

/**
 * One school holiday: the weekdays a school is closed for a half-term, Christmas, Easter or
 * summer, from the first weekday off to the last.
 *
 * @param kind kind of holiday
 * @param name display name from the data, such as "Spring half-term"
 * @param dates first and last weekday off, weekends outside these ends not included
 */
public record SchoolHoliday(HolidayKind kind, String name, DateRange dates) {

    /** Checks that every field is present. */
    public SchoolHoliday {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dates, "dates");
    }
}
