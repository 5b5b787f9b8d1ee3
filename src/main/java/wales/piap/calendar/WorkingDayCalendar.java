package wales.piap.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import wales.piap.plan.HalfTermReading;

/**
 * Working days at one school: weekdays that are not England and Wales bank holidays and not
 * in a school holiday excluded by {@link HolidayLength} and the half-term reading.
 *
 * <p>Built from an authority's school years, optionally overlaid with years an authority adds
 * at run time or with a school's own dates; a year supplied later replaces the one with the same
 * label. Immutable and thread-safe.
 */
public final class WorkingDayCalendar {

    private final BankHolidays bankHolidays;
    private final List<SchoolYearCalendar> years;
    private final List<ClassedHoliday> holidays;

    private WorkingDayCalendar(BankHolidays bankHolidays, List<SchoolYearCalendar> years) {
        this.bankHolidays = bankHolidays;
        this.years = years.stream()
                .sorted(Comparator.comparing(year -> year.known().get(0).first()))
                .toList();
        checkYearsDoNotOverlap(this.years);
        List<ClassedHoliday> classed = new ArrayList<>();
        for (SchoolYearCalendar year : this.years) {
            for (SchoolHoliday holiday : year.holidays()) {
                classed.add(new ClassedHoliday(holiday,
                        HolidayLength.of(holiday, bankHolidays::isBankHoliday)));
            }
        }
        this.holidays = List.copyOf(classed);
    }

    /**
     * Creates a calendar from bank holidays and school years; rejects school years whose known
     * ranges overlap, naming both.
     */
    public static WorkingDayCalendar of(BankHolidays bankHolidays,
            List<SchoolYearCalendar> years) {
        Objects.requireNonNull(bankHolidays, "bankHolidays");
        Objects.requireNonNull(years, "years");
        return new WorkingDayCalendar(bankHolidays, years);
    }

    /**
     * Returns a calendar in which each of {@code replacements} replaces the school year with
     * the same label, or is added when there is none. Used for a school's own dates and for
     * years an authority adds without a new release.
     */
    public WorkingDayCalendar withYears(List<SchoolYearCalendar> replacements) {
        Objects.requireNonNull(replacements, "replacements");
        return new WorkingDayCalendar(bankHolidays,
                TermDates.replaceByLabel(years, replacements));
    }

    /** Returns the school years of this calendar, in date order. */
    public List<SchoolYearCalendar> years() {
        return years;
    }

    /** Returns the school year whose known ranges contain {@code date}, if any. */
    public Optional<SchoolYearCalendar> yearCovering(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return years.stream().filter(year -> year.covers(date)).findFirst();
    }

    /** Returns the status of {@code date} when one-week half-terms are read as {@code reading}. */
    public DayStatus status(LocalDate date, HalfTermReading reading) {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(reading, "reading");
        if (HolidayLength.isWeekend(date)) {
            return DayStatus.WEEKEND;
        }
        if (!bankHolidays.covers(date)) {
            return DayStatus.UNKNOWN;
        }
        if (bankHolidays.isBankHoliday(date)) {
            return DayStatus.BANK_HOLIDAY;
        }
        if (yearCovering(date).isEmpty()) {
            return DayStatus.UNKNOWN;
        }
        for (ClassedHoliday holiday : holidays) {
            if (holiday.holiday().dates().contains(date)) {
                return holiday.excludes(reading) ? DayStatus.SCHOOL_HOLIDAY
                        : DayStatus.WORKING_DAY;
            }
        }
        return DayStatus.WORKING_DAY;
    }

    /**
     * Returns the {@code count}-th working day after {@code start} ({@code start} itself never
     * counts, because a period runs from the day after its start date), or the first unknown
     * date met on the way.
     */
    public CalendarAnswer<LocalDate> addWorkingDays(LocalDate start, int count,
            HalfTermReading reading) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(reading, "reading");
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, was " + count);
        }
        LocalDate date = start;
        int found = 0;
        while (found < count) {
            date = date.plusDays(1);
            DayStatus status = status(date, reading);
            if (status == DayStatus.UNKNOWN) {
                return CalendarAnswer.unknownFrom(date);
            }
            if (status.isWorkingDay()) {
                found++;
            }
        }
        return CalendarAnswer.known(date);
    }

    /**
     * Counts the working days after {@code after} up to and including {@code until}; returns 0
     * when {@code until} is not after {@code after}, or the first unknown date met.
     */
    public CalendarAnswer<Integer> countWorkingDays(LocalDate after, LocalDate until,
            HalfTermReading reading) {
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(reading, "reading");
        int count = 0;
        for (LocalDate date = after.plusDays(1); !date.isAfter(until); date = date.plusDays(1)) {
            DayStatus status = status(date, reading);
            if (status == DayStatus.UNKNOWN) {
                return CalendarAnswer.unknownFrom(date);
            }
            if (status.isWorkingDay()) {
                count++;
            }
        }
        return CalendarAnswer.known(count);
    }

    private static void checkYearsDoNotOverlap(List<SchoolYearCalendar> years) {
        for (int i = 0; i < years.size(); i++) {
            for (int j = i + 1; j < years.size(); j++) {
                for (DateRange a : years.get(i).known()) {
                    for (DateRange b : years.get(j).known()) {
                        if (a.overlaps(b)) {
                            throw new IllegalArgumentException("School years "
                                    + years.get(i).schoolYear() + " and "
                                    + years.get(j).schoolYear() + " overlap (" + a + " and "
                                    + b + "); give each date to one school year only.");
                        }
                    }
                }
            }
        }
    }

    /** A holiday with its length class, computed once. */
    private record ClassedHoliday(SchoolHoliday holiday, HolidayLength length) {

        boolean excludes(HalfTermReading reading) {
            switch (length) {
                case LONGER_THAN_A_WEEK:
                    return true;
                case ONE_SCHOOL_WEEK:
                    return reading == HalfTermReading.HALF_TERMS_SKIPPED;
                default:
                    return false;
            }
        }
    }
}
