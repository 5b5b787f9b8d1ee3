package wales.piap.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import wales.piap.plan.HalfTermReading;
import wales.piap.plan.LocalAuthority;

/** Properties of the due date for publication dates inside the known calendar. */
class DeadlinePropertiesTest {

    private static final LocalDate FIRST_PUBLICATION = LocalDate.of(2024, 8, 31);

    /** Latest publication whose 20 working days stay inside the authority's known dates. */
    private static final LocalDate LAST_PUBLICATION = LocalDate.of(2027, 6, 15);
    private static final LocalDate LAST_POWYS_PUBLICATION = LocalDate.of(2026, 11, 13);

    private static final Map<LocalAuthority, WorkingDayCalendar> CALENDARS = calendars();

    @Property
    void dueDateIsWorkingDay(@ForAll("publications") Publication publication) {
        LocalDate due = dueDate(publication);

        assertEquals(DayStatus.WORKING_DAY, calendar(publication).status(due,
                publication.reading()), publication + " due " + due);
    }

    @Property
    void exactlyTwentyWorkingDaysAfterPublication(
            @ForAll("publications") Publication publication) {
        LocalDate due = dueDate(publication);
        WorkingDayCalendar calendar = calendar(publication);

        int counted = 0;
        for (LocalDate day = publication.date().plusDays(1); !day.isAfter(due);
                day = day.plusDays(1)) {
            DayStatus status = calendar.status(day, publication.reading());
            assertFalse(status == DayStatus.UNKNOWN, publication + " met unknown " + day);
            if (status.isWorkingDay()) {
                counted++;
            }
        }
        assertEquals(DeadlineCalculator.STATUTORY_WORKING_DAYS, counted, publication.toString());
    }

    @Property
    void laterPublicationNeverGivesEarlierDueDate(
            @ForAll("publications") Publication publication,
            @ForAll("delays") int delayDays) {
        Publication later = publication.delayedBy(delayDays);
        if (later.date().isAfter(lastPublication(publication.authority()))) {
            later = publication;
        }

        LocalDate due = dueDate(publication);
        LocalDate laterDue = dueDate(later);

        assertFalse(laterDue.isBefore(due), publication + " -> " + due + " but "
                + later + " -> " + laterDue);
    }

    @Property
    void skippingHalfTermsNeverGivesEarlierDueDate(
            @ForAll("publications") Publication publication) {
        WorkingDayCalendar calendar = calendar(publication);

        LocalDate counted = calendar.addWorkingDays(publication.date(), 20,
                HalfTermReading.HALF_TERMS_COUNT).value();
        LocalDate skipped = calendar.addWorkingDays(publication.date(), 20,
                HalfTermReading.HALF_TERMS_SKIPPED).value();

        assertFalse(skipped.isBefore(counted), publication.toString());
    }

    @Provide
    Arbitrary<Publication> publications() {
        Arbitrary<LocalAuthority> authorities = Arbitraries.of(LocalAuthority.class);
        Arbitrary<HalfTermReading> readings = Arbitraries.of(HalfTermReading.class);
        Arbitrary<Double> fractions = Arbitraries.doubles().between(0, 1);
        return Combinators.combine(authorities, readings, fractions).as((authority, reading,
                fraction) -> {
            long span = ChronoUnit.DAYS.between(FIRST_PUBLICATION, lastPublication(authority));
            LocalDate date = FIRST_PUBLICATION.plusDays(Math.round(fraction * span));
            return new Publication(authority, reading, date);
        });
    }

    @Provide
    Arbitrary<Integer> delays() {
        return Arbitraries.integers().between(1, 60);
    }

    private static LocalDate dueDate(Publication publication) {
        CalendarAnswer<LocalDate> answer = calendar(publication)
                .addWorkingDays(publication.date(), 20, publication.reading());
        assertTrue(answer.isKnown(), publication + " stopped at " + answer.firstUnknownDate());
        return answer.value();
    }

    private static WorkingDayCalendar calendar(Publication publication) {
        return CALENDARS.get(publication.authority());
    }

    private static LocalDate lastPublication(LocalAuthority authority) {
        return authority == LocalAuthority.POWYS ? LAST_POWYS_PUBLICATION : LAST_PUBLICATION;
    }

    private static Map<LocalAuthority, WorkingDayCalendar> calendars() {
        Map<LocalAuthority, WorkingDayCalendar> calendars = new EnumMap<>(LocalAuthority.class);
        for (LocalAuthority authority : LocalAuthority.values()) {
            calendars.put(authority, CalendarCatalogue.bundled().calendarFor(authority));
        }
        return calendars;
    }

    /** A publication date for one authority under one half-term reading. */
    record Publication(LocalAuthority authority, HalfTermReading reading, LocalDate date) {

        Publication delayedBy(int days) {
            return new Publication(authority, reading, date.plusDays(days));
        }
    }
}
