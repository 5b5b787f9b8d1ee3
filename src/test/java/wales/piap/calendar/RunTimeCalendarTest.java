package wales.piap.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import wales.piap.plan.HalfTermReading;
import wales.piap.plan.LocalAuthority;

/** Term dates supplied at run time: an authority's next year and a school's own dates. */
class RunTimeCalendarTest {

    private static final String CARDIFF_2027_28 = """
            {
              "source": "Test: Cardiff 2027/28 as an authority would paste it",
              "schoolYears": [ {
                "schoolYear": "2027/28",
                "known": [ { "first": "2027-07-21", "last": "2027-12-31" } ],
                "holidays": [
                  { "kind": "summer", "first": "2027-07-21", "last": "2027-08-31" },
                  { "kind": "half-term", "first": "2027-10-25", "last": "2027-10-29" }
                ],
                "authorities": [ { "code": "GB-CRF", "confidence": "high", "source": "test" } ]
              } ]
            }
            """;

    private static final String POWYS_2026_27_COMPLETE = """
            {
              "source": "Test: Powys publishes its later autumn end",
              "schoolYears": [ {
                "schoolYear": "2026/27",
                "known": [ { "first": "2026-09-01", "last": "2027-07-18" } ],
                "holidays": [
                  { "kind": "christmas", "first": "2026-12-23", "last": "2027-01-01" }
                ],
                "authorities": [ { "code": "gb-pow", "confidence": "high", "source": "test" } ]
              } ]
            }
            """;

    @Test
    void extraYearExtendsAuthorityCalendar() {
        CalendarCatalogue catalogue =
                CalendarCatalogue.bundled().withExtraTermDates(CARDIFF_2027_28);

        Deadline deadline = calculate(catalogue, LocalAuthority.CARDIFF,
                LocalDate.of(2027, 7, 8));

        assertEquals(LocalDate.of(2027, 9, 16), deadline.dueDate());
        assertEquals(DeadlineState.ON_TRACK, deadline.state());
    }

    @Test
    void extraYearLeavesOtherAuthoritiesAlone() {
        CalendarCatalogue catalogue =
                CalendarCatalogue.bundled().withExtraTermDates(CARDIFF_2027_28);

        Deadline deadline = calculate(catalogue, LocalAuthority.SWANSEA,
                LocalDate.of(2027, 7, 8));

        assertEquals(DeadlineState.OUTSIDE_CALENDAR, deadline.state());
    }

    @Test
    void sameSchoolYearLabelReplacesBundledYear() {
        CalendarCatalogue catalogue =
                CalendarCatalogue.bundled().withExtraTermDates(POWYS_2026_27_COMPLETE);

        Deadline deadline = calculate(catalogue, LocalAuthority.POWYS,
                LocalDate.of(2026, 12, 3));

        // Dec 4 (1), 7-11 (6), 14-18 (11), 21-22 (13), then Christmas, Jan 4-8 (18), 11-12.
        assertEquals(LocalDate.of(2027, 1, 12), deadline.dueDate());
        assertEquals(Confidence.HIGH, deadline.calendarConfidence());
    }

    @Test
    void schoolOwnDatesReplaceAuthorityYear() {
        List<SchoolYearCalendar> own = TermDates.parse("""
                { "source": "Test: a voluntary aided school's own dates",
                  "schoolYears": [ { "schoolYear": "2025/26", "confidence": "high",
                    "known": [ { "first": "2025-09-01", "last": "2026-08-31" } ],
                    "holidays": [
                      { "kind": "christmas", "first": "2025-12-15", "last": "2026-01-02" }
                    ] } ] }
                """).unassigned();
        WorkingDayCalendar calendar = CalendarCatalogue.bundled()
                .calendarFor(LocalAuthority.CARDIFF).withYears(own);

        Deadline deadline = new DeadlineCalculator().calculate(
                TestPlans.published(LocalDate.of(2025, 12, 4)), calendar,
                LocalDate.of(2025, 12, 4));

        // Dec 5 (1), 8-12 (6), then three weeks off, Jan 5-9 (11), 12-16 (16), 19-22 (20).
        assertEquals(LocalDate.of(2026, 1, 22), deadline.dueDate());
    }

    @Test
    void extraBankHolidaysMustJoinWithoutGap() {
        String json = """
                { "source": "test", "known": { "first": "2029-01-01", "last": "2029-12-31" },
                  "years": [ { "dates": [ { "date": "2029-01-01", "name": "New Year" } ] } ] }
                """;
        CalendarCatalogue catalogue = CalendarCatalogue.bundled();

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> catalogue.withExtraBankHolidays(json));

        assertTrue(error.getMessage().contains("2029-01-01"), error.getMessage());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "{\"schoolYears\": []}|source is missing",
        "{\"source\": \"s\", \"schoolYears\": [{\"schoolYear\": \"2027/28\", \"known\": "
                + "[{\"first\": \"2027-13-01\", \"last\": \"2028-08-31\"}], \"holidays\": []}]}"
                + "|schoolYears[0].known[0].first = 2027-13-01",
        "{\"source\": \"s\", \"schoolYears\": [{\"schoolYear\": \"2027/28\", \"known\": "
                + "[{\"first\": \"2027-09-01\", \"last\": \"2028-08-31\"}], \"holidays\": [],"
                + " \"authorities\": [{\"code\": \"GB-XXX\", \"confidence\": \"high\","
                + " \"source\": \"s\"}]}]}|authorities[0].code = GB-XXX",
        "{\"source\": \"s\", \"schoolYears\": [{\"schoolYear\": \"2027/28\", \"known\": "
                + "[{\"first\": \"2027-09-01\", \"last\": \"2028-08-31\"}], \"holidays\": "
                + "[{\"kind\": \"summer\", \"first\": \"2028-07-21\", \"last\": \"2028-09-01\"}],"
                + " \"confidence\": \"high\"}]}|lies outside the known dates",
        "{\"source\": \"s\", \"schoolYears\": [{\"schoolYear\": \"2027/28\", \"known\": "
                + "[{\"first\": \"2027-09-01\", \"last\": \"2028-08-31\"}], \"holidays\": "
                + "[{\"kind\": \"whitsun\", \"first\": \"2028-05-29\", \"last\": \"2028-06-02\"}],"
                + " \"confidence\": \"high\"}]}|holidays[0].kind = whitsun",
        "{ not json|Invalid term dates JSON at line 1",
    })
    void invalidTermDatesNameFieldAndValue(String json, String expectedInMessage) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> TermDates.parse(json));

        assertTrue(error.getMessage().contains(expectedInMessage), error.getMessage());
    }

    private static Deadline calculate(CalendarCatalogue catalogue, LocalAuthority authority,
            LocalDate published) {
        return new DeadlineCalculator().calculate(
                TestPlans.published(published, authority, HalfTermReading.HALF_TERMS_COUNT),
                catalogue.calendarFor(authority), published);
    }
}
