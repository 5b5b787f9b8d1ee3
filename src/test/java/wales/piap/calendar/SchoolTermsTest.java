package wales.piap.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import wales.piap.plan.LocalAuthority;
import wales.piap.plan.SchoolTerm;

/**
 * Term bounds derived from the bundled term dates. Expected dates are read from
 * school-term-dates-wales.json: the first term day after one holiday and the last term
 * day before the next.
 */
class SchoolTermsTest {

    private static final CalendarCatalogue BUNDLED = CalendarCatalogue.bundled();

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({
        // Known range from Sun 1 Sep 2024; Christmas from Mon 23 Dec 2024.
        "CARDIFF, AUTUMN, 2024, 2024-09-02, 2024-12-20",
        // Christmas to Fri 3 Jan 2025; Easter from Mon 14 Apr 2025.
        "CARDIFF, SPRING, 2025, 2025-01-06, 2025-04-11",
        // Easter to Fri 25 Apr 2025; summer from Tue 22 Jul 2025.
        "CARDIFF, SUMMER, 2025, 2025-04-28, 2025-07-21",
        // Known range from Mon 1 Sep 2025; Christmas from Mon 22 Dec 2025.
        "CARDIFF, AUTUMN, 2025, 2025-09-01, 2025-12-19",
        // Christmas to Fri 2 Jan 2026; Easter from Mon 30 Mar 2026.
        "CARDIFF, SPRING, 2026, 2026-01-05, 2026-03-27",
        // Easter to Fri 10 Apr 2026; summer from Tue 21 Jul 2026.
        "CARDIFF, SUMMER, 2026, 2026-04-13, 2026-07-20",
        // Known range from Tue 1 Sep 2026; Christmas from Mon 21 Dec 2026.
        "CARDIFF, AUTUMN, 2026, 2026-09-01, 2026-12-18",
        // Christmas to Fri 1 Jan 2027; Easter from Mon 22 Mar 2027.
        "CARDIFF, SPRING, 2027, 2027-01-04, 2027-03-19",
        // Easter to Fri 2 Apr 2027; no summer holiday, known range ends Tue 20 Jul 2027.
        "CARDIFF, SUMMER, 2027, 2027-04-05, 2027-07-20",
        "SWANSEA, SPRING, 2026, 2026-01-05, 2026-03-27",
        "GWYNEDD, AUTUMN, 2025, 2025-09-01, 2025-12-19",
        // Powys 2026/27: known range ends Fri 16 Jul 2027, before the Royal Welsh Show.
        "POWYS, SUMMER, 2027, 2027-04-05, 2027-07-16",
        "POWYS, AUTUMN, 2025, 2025-09-01, 2025-12-19",
    })
    void boundsFromBundledData(LocalAuthority authority, SchoolTerm term, int year,
            LocalDate first, LocalDate last) {
        Optional<DateRange> bounds = terms(authority).bounds(term, year);

        assertEquals(Optional.of(new DateRange(first, last)), bounds);
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({
        // No 2023/24 school year in the data.
        "CARDIFF, AUTUMN, 2023",
        "CARDIFF, SPRING, 2024",
        "CARDIFF, SUMMER, 2024",
        // No 2027/28 school year in the data.
        "CARDIFF, AUTUMN, 2027",
        "CARDIFF, SPRING, 2028",
        "CARDIFF, SUMMER, 2028",
        // Powys 2026/27 leaves 19 Dec 2026 to 3 Jan 2027 unknown: no Christmas holiday.
        "POWYS, AUTUMN, 2026",
        "POWYS, SPRING, 2027",
    })
    void unknownTermIsEmpty(LocalAuthority authority, SchoolTerm term, int year) {
        assertEquals(Optional.empty(), terms(authority).bounds(term, year));
    }

    @Test
    void halfTermDoesNotSplitTerm() {
        DateRange autumn = terms(LocalAuthority.CARDIFF).bounds(SchoolTerm.AUTUMN, 2025)
                .orElseThrow();

        // The autumn half-term of 2025 runs from 27 to 31 October.
        assertTrue(autumn.contains(LocalDate.of(2025, 10, 29)));
    }

    @Test
    void bankHolidayIsNotTermDay() {
        // Easter 2027 ends on Thu 25 Mar here. Good Friday (26 Mar) and Easter Monday (29 Mar)
        // follow it as bank holidays, so the summer term starts on Tue 30 Mar.
        String json = schoolYear("2026/27", "2026-09-01", "2027-07-31", """
                { "kind": "christmas", "first": "2026-12-21", "last": "2027-01-01" },
                { "kind": "easter", "first": "2027-03-15", "last": "2027-03-25" },
                { "kind": "summer", "first": "2027-07-21", "last": "2027-07-31" }
                """);
        SchoolTerms terms = new SchoolTerms(BUNDLED.withExtraTermDates(json)
                .calendarFor(LocalAuthority.CARDIFF));

        DateRange summer = terms.bounds(SchoolTerm.SUMMER, 2027).orElseThrow();

        assertEquals(LocalDate.of(2027, 3, 30), summer.first());
        assertEquals(LocalDate.of(2027, 7, 20), summer.last());
    }

    @Test
    void autumnStartsAfterSummerHoliday() {
        String json = schoolYear("2027/28", "2027-07-21", "2028-01-31", """
                { "kind": "summer", "first": "2027-07-21", "last": "2027-08-31" },
                { "kind": "christmas", "first": "2027-12-20", "last": "2027-12-31" }
                """);
        SchoolTerms terms = new SchoolTerms(BUNDLED.withExtraTermDates(json)
                .calendarFor(LocalAuthority.CARDIFF));

        Optional<DateRange> autumn = terms.bounds(SchoolTerm.AUTUMN, 2027);

        assertEquals(Optional.of(new DateRange(LocalDate.of(2027, 9, 1),
                LocalDate.of(2027, 12, 17))), autumn);
    }

    @Test
    void januaryRangeHasNoAutumn() {
        String json = schoolYear("2027/28", "2028-01-03", "2028-07-31", """
                { "kind": "easter", "first": "2028-04-10", "last": "2028-04-21" },
                { "kind": "christmas", "first": "2028-01-03", "last": "2028-01-04" }
                """);
        SchoolTerms terms = new SchoolTerms(BUNDLED.withExtraTermDates(json)
                .calendarFor(LocalAuthority.CARDIFF));

        assertEquals(Optional.empty(), terms.bounds(SchoolTerm.AUTUMN, 2028));
        assertEquals(Optional.empty(), terms.bounds(SchoolTerm.AUTUMN, 2027));
    }

    @Test
    void mayRangeEndHasNoSummer() {
        String json = schoolYear("2027/28", "2027-09-01", "2028-05-31", """
                { "kind": "christmas", "first": "2027-12-20", "last": "2028-01-04" },
                { "kind": "easter", "first": "2028-04-10", "last": "2028-04-21" }
                """);
        SchoolTerms terms = new SchoolTerms(BUNDLED.withExtraTermDates(json)
                .calendarFor(LocalAuthority.CARDIFF));

        assertEquals(Optional.empty(), terms.bounds(SchoolTerm.SUMMER, 2028));
        assertEquals(Optional.of(new DateRange(LocalDate.of(2028, 1, 5),
                LocalDate.of(2028, 4, 7))), terms.bounds(SchoolTerm.SPRING, 2028));
    }

    private static SchoolTerms terms(LocalAuthority authority) {
        return new SchoolTerms(BUNDLED.calendarFor(authority));
    }

    private static String schoolYear(String label, String first, String last, String holidays) {
        return """
                {
                  "source": "Test school year",
                  "schoolYears": [ {
                    "schoolYear": "%s",
                    "known": [ { "first": "%s", "last": "%s" } ],
                    "holidays": [ %s ],
                    "authorities": [ { "code": "GB-CRF", "confidence": "high", "source": "t" } ]
                  } ]
                }
                """.formatted(label, first, last, holidays);
    }
}
