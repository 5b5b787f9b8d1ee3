package wales.piap.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import wales.piap.plan.HalfTermReading;
import wales.piap.plan.LocalAuthority;

/** Due dates for the worked examples and the awkward publication dates. */
class DeadlineDatesTest {

    private static final CalendarCatalogue CATALOGUE = CalendarCatalogue.bundled();

    @ParameterizedTest(name = "{3}: {1} published {0} -> {2}")
    @CsvSource({
        // Worked examples: Christmas is skipped; the February half-term depends on the reading.
        "2025-12-04, HALF_TERMS_COUNT,   2026-01-15, worked example across Christmas",
        "2026-02-05, HALF_TERMS_COUNT,   2026-03-05, worked example half-term counted",
        "2026-02-05, HALF_TERMS_SKIPPED, 2026-03-12, worked example half-term skipped",
        // Friday: day 1 is the following Monday.
        "2026-02-06, HALF_TERMS_COUNT,   2026-03-06, published on a Friday",
        // Bank holiday Mon 4 May 2026; the next half-term starts on bank holiday 25 May.
        "2026-05-04, HALF_TERMS_COUNT,   2026-06-02, published on a bank holiday",
        "2026-05-04, HALF_TERMS_SKIPPED, 2026-06-08, bank holiday then skipped half-term",
        // Inside the Christmas holiday, and on the last term day before it.
        "2025-12-24, HALF_TERMS_COUNT,   2026-01-30, published inside a holiday",
        "2025-12-19, HALF_TERMS_COUNT,   2026-01-30, published the day before a holiday",
        "2026-03-27, HALF_TERMS_COUNT,   2026-05-11, published the day before Easter",
        // Across New Year in 2024/25.
        "2024-12-13, HALF_TERMS_COUNT,   2025-01-24, across New Year 2025",
        // Easter 2026 holds Good Friday and Easter Monday.
        "2026-03-19, HALF_TERMS_COUNT,   2026-04-30, across a holiday holding bank holidays",
        // Publication on a Saturday counts from Monday, like a Friday one.
        "2026-02-07, HALF_TERMS_COUNT,   2026-03-06, published on a Saturday",
        // 2026/27 directed dates: Christmas 2026 with the substitute Boxing Day.
        "2026-12-10, HALF_TERMS_COUNT,   2027-01-21, across Christmas 2026",
    })
    void cardiffDueDate(LocalDate published, HalfTermReading reading, LocalDate expected,
            String label) {
        Deadline deadline = calculate(published, LocalAuthority.CARDIFF, reading);

        assertEquals(expected, deadline.dueDate(), label);
        assertEquals(expected, deadline.computedDate(), label);
        assertNull(deadline.firstUnknownDate(), label);
    }

    @ParameterizedTest(name = "{2}: {1} published {0} stops at {3}")
    @CsvSource({
        // 2028 is a leap year with no data at all: the first weekday after publication.
        "2028-02-28, CARDIFF, leap year 2028,                     2028-02-29",
        // Summer 2027 has no known end because 2027/28 dates were not published.
        "2027-07-08, CARDIFF, summer 2027 holiday end unknown,   2027-07-21",
        // Powys ends the summer term on Fri 16 Jul 2027.
        "2027-07-08, POWYS,   Powys summer term ends 16 July,     2027-07-19",
        // Powys ends its autumn 2026 term later than 18 Dec, on a date not found.
        "2026-12-03, POWYS,   Powys autumn 2026 end unknown,      2026-12-21",
        // Before the first school year in the data.
        "2024-08-20, CARDIFF, before the data,                    2024-08-21",
    })
    void outsideCalendarReportsFirstUnknownDate(LocalDate published, LocalAuthority authority,
            String label, LocalDate firstUnknown) {
        Deadline deadline = calculate(published, authority, HalfTermReading.HALF_TERMS_COUNT);

        assertEquals(DeadlineState.OUTSIDE_CALENDAR, deadline.state(), label);
        assertEquals(firstUnknown, deadline.firstUnknownDate(), label);
        assertNull(deadline.dueDate(), label);
        assertNull(deadline.computedDate(), label);
    }

    @ParameterizedTest(name = "{0} published {1} -> {2}")
    @CsvSource({
        "POWYS,   2026-11-05, 2026-12-03",
        "POWYS,   2027-06-10, 2027-07-08",
        "CARMARTHENSHIRE, 2027-06-17, 2027-07-15",
        "VALE_OF_GLAMORGAN, 2024-10-10, 2024-11-07",
    })
    void otherAuthoritiesDueDate(LocalAuthority authority, LocalDate published,
            LocalDate expected) {
        Deadline deadline = calculate(published, authority, HalfTermReading.HALF_TERMS_COUNT);

        assertEquals(expected, deadline.dueDate());
    }

    private static Deadline calculate(LocalDate published, LocalAuthority authority,
            HalfTermReading reading) {
        return new DeadlineCalculator().calculate(
                TestPlans.published(published, authority, reading),
                CATALOGUE.calendarFor(authority), published);
    }
}
