package wales.piap.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.util.Objects;
import java.util.Optional;
import wales.piap.plan.HalfTermReading;
import wales.piap.plan.SchoolTerm;
import wales.piap.plan.TermReference;
import wales.piap.plan.TermResolver;

/**
 * First and last term days of the autumn, spring and summer terms in one school calendar,
 * derived from the holidays and known ranges of its school years.
 *
 * <p>A term day is a weekday inside a known range that is in no school holiday and is not a
 * bank holiday. The autumn term runs from the first term day of the school year's known range
 * to the last term day before the Christmas holiday. The spring term runs from the first term
 * day after Christmas to the last before Easter. The summer term runs from the first term day
 * after Easter to the last before the summer holiday. Half-terms lie inside terms and do not
 * split them. A term whose bounding holiday is not in the data, or whose bound falls outside the
 * known ranges, is unknown. Immutable and thread-safe.
 */
public final class SchoolTerms implements TermResolver {

    private final WorkingDayCalendar calendar;

    /** Creates the terms of {@code calendar}. */
    public SchoolTerms(WorkingDayCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /**
     * Returns the first and last term days of {@code term} in calendar year {@code year}, or
     * empty when the calendar does not contain that term.
     */
    public Optional<DateRange> bounds(SchoolTerm term, int year) {
        Objects.requireNonNull(term, "term");
        for (SchoolYearCalendar schoolYear : calendar.years()) {
            Optional<DateRange> found = switch (term) {
                case AUTUMN -> autumn(schoolYear, year);
                case SPRING -> spring(schoolYear, year);
                case SUMMER -> summer(schoolYear, year);
            };
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** Returns the first or last term day of the referenced term, or empty when unknown. */
    @Override
    public Optional<LocalDate> resolve(TermReference reference) {
        Objects.requireNonNull(reference, "reference");
        return bounds(reference.term(), reference.year()).map(
                range -> reference.boundary() == TermReference.Boundary.START ? range.first()
                        : range.last());
    }

    private Optional<DateRange> autumn(SchoolYearCalendar schoolYear, int year) {
        LocalDate start = schoolYear.known().get(0).first();
        // The known range may open in the summer holiday, which is skipped as a holiday. A
        // range that opens after September begins part-way through a year, so its first day
        // is not the start of the autumn term.
        boolean startsSchoolYear = start.getYear() == year
                && start.getMonth().compareTo(Month.JULY) >= 0
                && start.getMonth().compareTo(Month.SEPTEMBER) <= 0;
        Optional<SchoolHoliday> christmas = holiday(schoolYear, HolidayKind.CHRISTMAS, year);
        if (!startsSchoolYear || christmas.isEmpty()) {
            return Optional.empty();
        }
        return range(firstTermDayFrom(schoolYear, start),
                lastTermDayUntil(schoolYear, christmas.get().dates().first().minusDays(1)));
    }

    private Optional<DateRange> spring(SchoolYearCalendar schoolYear, int year) {
        Optional<SchoolHoliday> christmas = holiday(schoolYear, HolidayKind.CHRISTMAS, year - 1);
        Optional<SchoolHoliday> easter = holiday(schoolYear, HolidayKind.EASTER, year);
        if (christmas.isEmpty() || easter.isEmpty()) {
            return Optional.empty();
        }
        return range(firstTermDayFrom(schoolYear, christmas.get().dates().last().plusDays(1)),
                lastTermDayUntil(schoolYear, easter.get().dates().first().minusDays(1)));
    }

    private Optional<DateRange> summer(SchoolYearCalendar schoolYear, int year) {
        Optional<SchoolHoliday> easter = holiday(schoolYear, HolidayKind.EASTER, year);
        if (easter.isEmpty()) {
            return Optional.empty();
        }
        Optional<SchoolHoliday> summer = holiday(schoolYear, HolidayKind.SUMMER, year);
        LocalDate end;
        if (summer.isPresent()) {
            end = summer.get().dates().first().minusDays(1);
        } else {
            // Without a summer holiday, the data stops the known range where the summer term
            // ends (as for 2026/27, whose next school year is not yet published). A range that
            // stops before July cannot be the end of a Welsh summer term.
            end = schoolYear.known().get(schoolYear.known().size() - 1).last();
            if (end.getYear() != year || end.getMonth().compareTo(Month.JULY) < 0) {
                return Optional.empty();
            }
        }
        return range(firstTermDayFrom(schoolYear, easter.get().dates().last().plusDays(1)),
                lastTermDayUntil(schoolYear, end));
    }

    /**
     * Returns the holiday of {@code kind} that starts in calendar year {@code year}; a Christmas
     * holiday is matched by the year it starts in, so Christmas 2025 is the one from December
     * 2025 to January 2026.
     */
    private static Optional<SchoolHoliday> holiday(
            SchoolYearCalendar schoolYear, HolidayKind kind, int year) {
        return schoolYear.holidays().stream()
                .filter(holiday -> holiday.kind() == kind)
                .filter(holiday -> holiday.dates().first().getYear() == year)
                .findFirst();
    }

    private static Optional<DateRange> range(
            Optional<LocalDate> first, Optional<LocalDate> last) {
        if (first.isEmpty() || last.isEmpty() || last.get().isBefore(first.get())) {
            return Optional.empty();
        }
        return Optional.of(new DateRange(first.get(), last.get()));
    }

    /** Returns the first term day on or after {@code date}, or empty on leaving the known dates. */
    private Optional<LocalDate> firstTermDayFrom(SchoolYearCalendar schoolYear, LocalDate date) {
        for (LocalDate day = date; schoolYear.covers(day); day = day.plusDays(1)) {
            if (isTermDay(schoolYear, day)) {
                return Optional.of(day);
            }
        }
        return Optional.empty();
    }

    /** Returns the last term day on or before {@code date}, or empty on leaving the known dates. */
    private Optional<LocalDate> lastTermDayUntil(SchoolYearCalendar schoolYear, LocalDate date) {
        for (LocalDate day = date; schoolYear.covers(day); day = day.minusDays(1)) {
            if (isTermDay(schoolYear, day)) {
                return Optional.of(day);
            }
        }
        return Optional.empty();
    }

    private boolean isTermDay(SchoolYearCalendar schoolYear, LocalDate date) {
        if (HolidayLength.isWeekend(date)) {
            return false;
        }
        boolean inHoliday = schoolYear.holidays().stream()
                .anyMatch(holiday -> holiday.dates().contains(date));
        // The half-term reading does not matter here: only the bank holiday status is used.
        // NOTE: past the bundled bank holidays the status is UNKNOWN, so a bank holiday there
        // that adjoins no listed school holiday would be taken for a term day.
        return !inHoliday && calendar.status(date, HalfTermReading.HALF_TERMS_COUNT)
                != DayStatus.BANK_HOLIDAY;
    }
}
