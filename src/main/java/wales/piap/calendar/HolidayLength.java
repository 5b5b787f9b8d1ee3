package wales.piap.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Classes a school holiday against the statutory test: working days exclude days that are
 * "part of a holiday longer than a week taken by the school".
 *
 * <p>The rule implemented here, and nowhere else: a holiday is {@link #LONGER_THAN_A_WEEK} when
 * both
 * <ol>
 *   <li>its closure spans more than 7 consecutive calendar days, where the closure is the
 *       holiday's weekdays extended on each side by the weekends and bank holidays that adjoin
 *       them, and</li>
 *   <li>it is more than one school week, that is, it contains more than 5 weekdays (Monday to
 *       Friday, bank holidays included, because they fall in the school week).</li>
 * </ol>
 * A holiday that passes the first test but not the second is {@link #ONE_SCHOOL_WEEK}: the
 * usual Monday-to-Friday half-term, which with its two weekends is 9 days without school but
 * only one school week. No source settles whether that counts as longer than a week, so its
 * days are governed by {@link wales.piap.plan.HalfTermReading}. Anything shorter, such as a
 * two-day closure, is {@link #SHORT} and its weekdays are working days.
 *
 * <p>Why both tests: the first follows the wording (a week is 7 days), but on its own it would
 * make every half-term longer than a week; the second is the school reading of "a week". For a
 * single run of weekdays the second implies the first, so the first only separates
 * {@link #ONE_SCHOOL_WEEK} from {@link #SHORT}.
 *
 * <p>INSET (training) days are term days in every published list, so they are not part of a
 * holiday even when they adjoin one, and they count as working days.
 */
public enum HolidayLength {
    /** Closure of 7 calendar days or fewer: its weekdays are working days. */
    SHORT,
    /** Closure of more than 7 days but only one school week: depends on the half-term reading. */
    ONE_SCHOOL_WEEK,
    /** Closure of more than 7 days and more than one school week: never working days. */
    LONGER_THAN_A_WEEK;

    /** Calendar days a closure must exceed to be longer than a week. */
    public static final int DAYS_IN_A_WEEK = 7;

    /** Weekdays a holiday must exceed to be more than one school week. */
    public static final int WEEKDAYS_IN_A_SCHOOL_WEEK = 5;

    /**
     * Classes {@code holiday}, treating the dates for which {@code isBankHoliday} is true as
     * closed when they adjoin it.
     */
    public static HolidayLength of(SchoolHoliday holiday, Predicate<LocalDate> isBankHoliday) {
        Objects.requireNonNull(holiday, "holiday");
        Objects.requireNonNull(isBankHoliday, "isBankHoliday");
        DateRange closure = closure(holiday.dates(), isBankHoliday);
        if (closure.lengthInDays() <= DAYS_IN_A_WEEK) {
            return SHORT;
        }
        if (weekdays(holiday.dates()) > WEEKDAYS_IN_A_SCHOOL_WEEK) {
            return LONGER_THAN_A_WEEK;
        }
        return ONE_SCHOOL_WEEK;
    }

    /**
     * Returns {@code dates} widened on each side over the adjoining weekend days and bank
     * holidays, which is the whole time the school is closed.
     */
    public static DateRange closure(DateRange dates, Predicate<LocalDate> isBankHoliday) {
        LocalDate first = dates.first();
        while (isClosedAnyway(first.minusDays(1), isBankHoliday)) {
            first = first.minusDays(1);
        }
        LocalDate last = dates.last();
        while (isClosedAnyway(last.plusDays(1), isBankHoliday)) {
            last = last.plusDays(1);
        }
        return new DateRange(first, last);
    }

    private static boolean isClosedAnyway(LocalDate date, Predicate<LocalDate> isBankHoliday) {
        return isWeekend(date) || isBankHoliday.test(date);
    }

    private static long weekdays(DateRange dates) {
        return dates.first().datesUntil(dates.last().plusDays(1))
                .filter(date -> !isWeekend(date))
                .count();
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }
}
