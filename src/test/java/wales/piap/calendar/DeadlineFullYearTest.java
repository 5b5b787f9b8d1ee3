package wales.piap.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import wales.piap.plan.HalfTermReading;
import wales.piap.plan.LocalAuthority;

/** Every publication date of 2025/26, for Cardiff and Powys, against {@link ReferenceCount}. */
class DeadlineFullYearTest {

    private static final CalendarCatalogue CATALOGUE = CalendarCatalogue.bundled();

    static List<Arguments> everyPublicationDate() {
        List<Arguments> cases = new ArrayList<>();
        LocalDate first = LocalDate.of(2025, 9, 1);
        LocalDate last = LocalDate.of(2026, 8, 31);
        for (LocalAuthority authority : List.of(LocalAuthority.CARDIFF, LocalAuthority.POWYS)) {
            for (HalfTermReading reading : HalfTermReading.values()) {
                for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                    cases.add(Arguments.of(authority, reading, day));
                }
            }
        }
        return cases;
    }

    @ParameterizedTest(name = "{0} {1} published {2}")
    @MethodSource("everyPublicationDate")
    void dueDateMatchesReferenceCount(LocalAuthority authority, HalfTermReading reading,
            LocalDate published) {
        Deadline deadline = new DeadlineCalculator().calculate(
                TestPlans.published(published, authority, reading),
                CATALOGUE.calendarFor(authority), published);

        boolean skip = reading == HalfTermReading.HALF_TERMS_SKIPPED;
        assertEquals(ReferenceCount.dueDate(published, skip), deadline.dueDate());
        assertEquals(ReferenceCount.dueDate(published, !skip),
                deadline.otherReadingDiffers() ? deadline.otherReadingDate()
                        : deadline.dueDate());
        assertFalse(deadline.outsideCalendar(), "count left the known calendar");
    }
}
