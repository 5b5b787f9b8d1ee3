package wales.piap.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import wales.piap.plan.LocalAuthority;

/** The bundled bank holidays and term dates: complete, sourced and consistent. */
class BundledCalendarDataTest {

    private static final BankHolidays BANK_HOLIDAYS = BankHolidays.bundled();
    private static final TermDates TERM_DATES = TermDates.bundled();

    @ParameterizedTest
    @ValueSource(ints = {2024, 2025, 2026, 2027})
    void bankHolidaysFollowTheStatutoryRules(int year) {
        Set<LocalDate> listed = new TreeSet<>();
        BANK_HOLIDAYS.all().keySet().stream().filter(d -> d.getYear() == year)
                .forEach(listed::add);

        assertEquals(expectedBankHolidays(year), listed);
    }

    @Test
    void bankHolidaysKnownFrom2024To2027() {
        assertEquals(LocalDate.of(2024, 1, 1), BANK_HOLIDAYS.known().first());
        assertEquals(LocalDate.of(2027, 12, 31), BANK_HOLIDAYS.known().last());
        assertFalse(BANK_HOLIDAYS.source().isBlank());
    }

    @ParameterizedTest
    @EnumSource(LocalAuthority.class)
    void everyAuthorityHasThreeSchoolYears(LocalAuthority authority) {
        List<String> labels = TERM_DATES.yearsFor(authority).stream()
                .map(SchoolYearCalendar::schoolYear).toList();

        assertEquals(List.of("2024/25", "2025/26", "2026/27"), labels);
    }

    @ParameterizedTest
    @EnumSource(LocalAuthority.class)
    void everySchoolYearNamesItsSourceAndConfidence(LocalAuthority authority) {
        for (SchoolYearCalendar year : TERM_DATES.yearsFor(authority)) {
            assertFalse(year.source().isBlank(), authority + " " + year.schoolYear());
            assertTrue(year.confidence() != null, authority + " " + year.schoolYear());
        }
    }

    @ParameterizedTest
    @EnumSource(LocalAuthority.class)
    void holidaysStartAndEndOnWeekdays(LocalAuthority authority) {
        for (SchoolYearCalendar year : TERM_DATES.yearsFor(authority)) {
            for (SchoolHoliday holiday : year.holidays()) {
                String label = authority + " " + holiday.name() + " " + year.schoolYear();
                assertFalse(HolidayLength.isWeekend(holiday.dates().first()), label);
                assertFalse(HolidayLength.isWeekend(holiday.dates().last()), label);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(LocalAuthority.class)
    void halfTermsAreOneWeekAndOtherHolidaysLonger(LocalAuthority authority) {
        for (SchoolYearCalendar year : TERM_DATES.yearsFor(authority)) {
            for (SchoolHoliday holiday : year.holidays()) {
                HolidayLength expected = holiday.kind() == HolidayKind.HALF_TERM
                        ? HolidayLength.ONE_SCHOOL_WEEK : HolidayLength.LONGER_THAN_A_WEEK;
                assertEquals(expected,
                        HolidayLength.of(holiday, BANK_HOLIDAYS::isBankHoliday),
                        authority + " " + holiday.name() + " " + year.schoolYear());
            }
        }
    }

    @Test
    void powysSummerTerm2027EndsFriday16July() {
        SchoolYearCalendar powys = year(LocalAuthority.POWYS, "2026/27");

        assertTrue(powys.covers(LocalDate.of(2027, 7, 16)));
        assertFalse(powys.covers(LocalDate.of(2027, 7, 19)));
        assertFalse(powys.covers(LocalDate.of(2026, 12, 21)));
        assertEquals(Confidence.LOW, powys.confidence());
    }

    @Test
    void otherAuthoritiesSummerTerm2027EndsTuesday20July() {
        SchoolYearCalendar cardiff = year(LocalAuthority.CARDIFF, "2026/27");

        assertTrue(cardiff.covers(LocalDate.of(2027, 7, 20)));
        assertFalse(cardiff.covers(LocalDate.of(2027, 7, 21)));
    }

    @Test
    void carmarthenshireDatesAreFromTheCouncil() {
        for (SchoolYearCalendar year : TERM_DATES.yearsFor(LocalAuthority.CARMARTHENSHIRE)) {
            assertEquals(Confidence.HIGH, year.confidence(), year.schoolYear());
        }
    }

    private static SchoolYearCalendar year(LocalAuthority authority, String label) {
        return TERM_DATES.yearsFor(authority).stream()
                .filter(year -> year.schoolYear().equals(label)).findFirst().orElseThrow();
    }

    /** England and Wales bank holidays by the 1971 Act's rules, with substitute days. */
    private static Set<LocalDate> expectedBankHolidays(int year) {
        Set<LocalDate> dates = new TreeSet<>();
        dates.add(weekdayOnOrAfter(LocalDate.of(year, 1, 1)));
        LocalDate easter = easterSunday(year);
        dates.add(easter.minusDays(2));
        dates.add(easter.plusDays(1));
        dates.add(LocalDate.of(year, 5, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
        dates.add(LocalDate.of(year, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        dates.add(LocalDate.of(year, 8, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        LocalDate christmas = weekdayOnOrAfter(LocalDate.of(year, 12, 25));
        dates.add(christmas);
        dates.add(weekdayOnOrAfter(christmas.plusDays(1)));
        return dates;
    }

    private static LocalDate weekdayOnOrAfter(LocalDate date) {
        LocalDate day = date;
        while (HolidayLength.isWeekend(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** Gregorian Easter Sunday by the anonymous (Meeus/Jones/Butcher) algorithm. */
    private static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
