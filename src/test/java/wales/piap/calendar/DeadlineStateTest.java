package wales.piap.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import wales.piap.plan.HalfTermReading;
import wales.piap.plan.LocalAuthority;
import wales.piap.plan.PlanFacts;

/** States, day counts and flags of a Cardiff plan published Thu 5 Feb 2026, due Thu 5 Mar. */
class DeadlineStateTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2026, 2, 5);
    private static final LocalDate DUE = LocalDate.of(2026, 3, 5);
    private static final WorkingDayCalendar CARDIFF =
            CalendarCatalogue.bundled().calendarFor(LocalAuthority.CARDIFF);

    @ParameterizedTest(name = "today {0}: {1}")
    @CsvSource({
        "2026-02-04, NOT_YET_PUBLISHED, ,",
        "2026-02-05, ON_TRACK,          20,",
        "2026-02-25, ON_TRACK,          6,",
        "2026-02-26, DUE_SOON,          5,",
        "2026-03-04, DUE_SOON,          1,",
        "2026-03-05, DUE_TODAY,         0,",
        "2026-03-06, OVERDUE,           ,  1",
        "2026-03-08, OVERDUE,           ,  1",
        "2026-03-09, OVERDUE,           ,  2",
    })
    void stateAsOfToday(LocalDate today, DeadlineState state, Integer left, Integer overdue) {
        Deadline deadline = new DeadlineCalculator().calculate(
                TestPlans.published(PUBLISHED), CARDIFF, today);

        assertEquals(state, deadline.state());
        assertEquals(left, deadline.workingDaysLeft());
        assertEquals(overdue, deadline.workingDaysOverdue());
        assertEquals(DUE, deadline.dueDate());
    }

    @Test
    void zeroWindowNeverDueSoon() {
        Deadline deadline = new DeadlineCalculator(0).calculate(
                TestPlans.published(PUBLISHED), CARDIFF, LocalDate.of(2026, 3, 4));

        assertEquals(DeadlineState.ON_TRACK, deadline.state());
        assertEquals(0, deadline.dueSoonWindow());
    }

    @ParameterizedTest(name = "sent {0}: on time {1}")
    @CsvSource({"2026-03-02, true", "2026-03-05, true", "2026-03-09, false"})
    void draftSentDateMeansSentToEstyn(LocalDate sent, boolean onTime) {
        PlanFacts facts = TestPlans.withDraftSent(TestPlans.published(PUBLISHED), sent);

        Deadline deadline = new DeadlineCalculator().calculate(
                facts, CARDIFF, LocalDate.of(2026, 3, 20));

        assertEquals(DeadlineState.SENT_TO_ESTYN, deadline.state());
        assertEquals(sent, deadline.draftSentToEstyn());
        assertEquals(onTime, deadline.sentOnTime());
    }

    @Test
    void otherReadingDateAcrossHalfTerm() {
        Deadline counted = calculate(HalfTermReading.HALF_TERMS_COUNT);
        Deadline skipped = calculate(HalfTermReading.HALF_TERMS_SKIPPED);

        assertEquals(LocalDate.of(2026, 3, 12), counted.otherReadingDate());
        assertEquals(HalfTermReading.HALF_TERMS_SKIPPED, counted.otherReading());
        assertEquals(LocalDate.of(2026, 3, 12), skipped.dueDate());
        assertEquals(DUE, skipped.otherReadingDate());
    }

    @Test
    void otherReadingAbsentWithoutHalfTerm() {
        Deadline deadline = new DeadlineCalculator().calculate(
                TestPlans.published(LocalDate.of(2025, 12, 4)), CARDIFF,
                LocalDate.of(2025, 12, 4));

        assertFalse(deadline.otherReadingDiffers());
        assertNull(deadline.otherReadingDate());
    }

    @Test
    void directedDeadlineReplacesComputedDate() {
        PlanFacts facts = TestPlans.withDirected(TestPlans.published(PUBLISHED),
                LocalDate.of(2026, 2, 20), "WG/DIR/2026/04");

        Deadline deadline = new DeadlineCalculator().calculate(facts, CARDIFF, PUBLISHED);

        assertEquals(LocalDate.of(2026, 2, 20), deadline.dueDate());
        assertTrue(deadline.directed());
        assertEquals("WG/DIR/2026/04", deadline.directionReference());
        assertEquals(DUE, deadline.computedDate());
        assertFalse(deadline.directedLaterThanComputed());
        assertEquals(11, deadline.workingDaysLeft());
    }

    @Test
    void directedDeadlineLaterThanComputedIsFlagged() {
        PlanFacts facts = TestPlans.withDirected(TestPlans.published(PUBLISHED),
                LocalDate.of(2026, 3, 20), "WG/DIR/2026/05");

        Deadline deadline = new DeadlineCalculator().calculate(facts, CARDIFF, PUBLISHED);

        assertTrue(deadline.directedLaterThanComputed());
        assertEquals(DUE, deadline.dueDate(), "a later direction cannot extend the period");
        assertFalse(deadline.directed());
    }

    @Test
    void directedDeadlineKeptWhenCountLeavesCalendar() {
        PlanFacts facts = TestPlans.withDirected(TestPlans.published(LocalDate.of(2027, 7, 8)),
                LocalDate.of(2027, 7, 15), "WG/DIR/2027/01");

        Deadline deadline = new DeadlineCalculator().calculate(
                facts, CARDIFF, LocalDate.of(2027, 7, 9));

        assertEquals(DeadlineState.DUE_SOON, deadline.state());
        assertEquals(LocalDate.of(2027, 7, 15), deadline.dueDate());
        assertNull(deadline.computedDate());
        assertEquals(LocalDate.of(2027, 7, 21), deadline.firstUnknownDate());
        assertEquals(4, deadline.workingDaysLeft());
    }

    @Test
    void directedDeadlineOnPublicationDateIsRejected() {
        PlanFacts facts = TestPlans.withDirected(TestPlans.published(PUBLISHED), PUBLISHED,
                "WG/DIR/X");
        DeadlineCalculator calculator = new DeadlineCalculator();

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> calculator.calculate(facts, CARDIFF, PUBLISHED));

        assertTrue(error.getMessage().contains("2026-02-05"), error.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"-1", "21"})
    void dueSoonWindowOutOfRangeIsRejected(int window) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new DeadlineCalculator(window));

        assertTrue(error.getMessage().contains("dueSoonWindow"), error.getMessage());
        assertTrue(error.getMessage().contains(String.valueOf(window)), error.getMessage());
    }

    @Test
    void clockIsReadInLondonNotInItsOwnZone() {
        // 01:00 UTC on 5 March is 5 March in London but still 4 March in New York.
        Clock clock = Clock.fixed(Instant.parse("2026-03-05T01:00:00Z"),
                ZoneId.of("America/New_York"));

        Deadline deadline = new DeadlineCalculator().calculate(
                TestPlans.published(PUBLISHED), CARDIFF, clock);

        assertEquals(LocalDate.of(2026, 3, 5), deadline.today());
        assertEquals(DeadlineState.DUE_TODAY, deadline.state());
    }

    @Test
    void clockAfterBritishSummerTimeStartIsReadInLondon() {
        // 23:30 UTC on 29 March 2026 is 00:30 on 30 March in London (BST began that day).
        Clock clock = Clock.fixed(Instant.parse("2026-03-29T23:30:00Z"), ZoneId.of("UTC"));

        Deadline deadline = new DeadlineCalculator().calculate(
                TestPlans.published(PUBLISHED), CARDIFF, clock);

        assertEquals(LocalDate.of(2026, 3, 30), deadline.today());
    }

    @Test
    void improvementHorizonAndConfidenceReported() {
        Deadline cardiff = calculate(HalfTermReading.HALF_TERMS_COUNT);
        Deadline powys = new DeadlineCalculator().calculate(
                TestPlans.published(PUBLISHED, LocalAuthority.POWYS,
                        HalfTermReading.HALF_TERMS_COUNT),
                CalendarCatalogue.bundled().calendarFor(LocalAuthority.POWYS), PUBLISHED);

        assertEquals(LocalDate.of(2028, 2, 5), cardiff.improvementHorizon());
        assertEquals(Confidence.MEDIUM, cardiff.calendarConfidence());
        assertEquals(Confidence.LOW, powys.calendarConfidence());
    }

    private static Deadline calculate(HalfTermReading reading) {
        return new DeadlineCalculator().calculate(
                TestPlans.published(PUBLISHED, LocalAuthority.CARDIFF, reading), CARDIFF,
                PUBLISHED);
    }
}
