package wales.piap.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The "holiday longer than a week" rule on hand-made holidays. */
class HolidayLengthTest {

    /** Good Friday, Easter Monday and the spring bank holiday of 2026. */
    private static final Set<LocalDate> BANK_HOLIDAYS = Set.of(
            LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 25));

    @ParameterizedTest(name = "{0} to {1}: {2} ({3})")
    @CsvSource({
        "2026-02-16, 2026-02-20, ONE_SCHOOL_WEEK,    Mon-Fri half-term is 9 days with weekends",
        "2026-05-26, 2026-05-29, ONE_SCHOOL_WEEK,    Tue-Fri after a bank holiday Monday",
        "2025-12-22, 2026-01-02, LONGER_THAN_A_WEEK, two-week Christmas",
        "2026-03-30, 2026-04-10, LONGER_THAN_A_WEEK, Easter holding two bank holidays",
        "2026-04-07, 2026-04-10, ONE_SCHOOL_WEEK,    Tue-Fri after the Easter weekend closes 10 days",
        "2026-02-18, 2026-02-20, SHORT,              Wed-Fri closure is 5 days with weekend",
        "2026-02-17, 2026-02-19, SHORT,              Tue-Thu closure is 3 days",
        "2026-02-16, 2026-02-23, LONGER_THAN_A_WEEK, Mon to next Mon is six weekdays",
        "2026-02-18, 2026-02-24, SHORT,              Wed to next Tue closes exactly 7 days",
    })
    void classesHoliday(LocalDate first, LocalDate last, HolidayLength expected, String description) {
        SchoolHoliday holiday = new SchoolHoliday(HolidayKind.OTHER, description,
                new DateRange(first, last));

        assertEquals(expected, HolidayLength.of(holiday, BANK_HOLIDAYS::contains), description);
    }

    @ParameterizedTest(name = "{0} to {1} closes {2} to {3}")
    @CsvSource({
        "2026-02-16, 2026-02-20, 2026-02-14, 2026-02-22",
        "2026-03-30, 2026-04-02, 2026-03-28, 2026-04-06",
        "2026-05-26, 2026-05-29, 2026-05-23, 2026-05-31",
    })
    void closureTakesInAdjoiningWeekendsAndBankHolidays(LocalDate first, LocalDate last,
            LocalDate closedFrom, LocalDate closedUntil) {
        DateRange closure = HolidayLength.closure(new DateRange(first, last),
                BANK_HOLIDAYS::contains);

        assertEquals(new DateRange(closedFrom, closedUntil), closure);
    }
}
