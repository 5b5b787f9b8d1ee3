package wales.piap.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import wales.piap.plan.HalfTermReading;
import wales.piap.plan.PlanFacts;

/**
 * Works out the statutory deadline of a post-inspection action plan: the 20th working day
 * after the inspection report's publication, where day 1 is the first working day after the
 * publication date, unless the Welsh Ministers directed a shorter period.
 *
 * <p>Stateless apart from its due-soon window, so thread-safe.
 */
public final class DeadlineCalculator {

    /** Working days the governing body has to send the draft (SI 2014/1212, from Sept 2014). */
    public static final int STATUTORY_WORKING_DAYS = 20;

    /** Working days before the due date from which a plan is due soon, unless configured. */
    public static final int DEFAULT_DUE_SOON_WINDOW = 5;

    /** Zone in which "today" is read from a clock. */
    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private final int dueSoonWindow;

    /** Creates a calculator with the default due-soon window of 5 working days. */
    public DeadlineCalculator() {
        this(DEFAULT_DUE_SOON_WINDOW);
    }

    /**
     * Creates a calculator whose due-soon window is {@code dueSoonWindow} working days, from 0
     * (never due soon) to 20.
     */
    public DeadlineCalculator(int dueSoonWindow) {
        if (dueSoonWindow < 0 || dueSoonWindow > STATUTORY_WORKING_DAYS) {
            throw new IllegalArgumentException("dueSoonWindow must be between 0 and "
                    + STATUTORY_WORKING_DAYS + " working days, was " + dueSoonWindow);
        }
        this.dueSoonWindow = dueSoonWindow;
    }

    /** Returns the due-soon window in working days. */
    public int dueSoonWindow() {
        return dueSoonWindow;
    }

    /** Works out the deadline as of the current date in Europe/London read from {@code clock}. */
    public Deadline calculate(PlanFacts facts, WorkingDayCalendar calendar, Clock clock) {
        Objects.requireNonNull(clock, "clock");
        return calculate(facts, calendar, LocalDate.ofInstant(clock.instant(), ZONE));
    }

    /**
     * Works out the deadline of {@code facts} with {@code calendar} (the school's calendar) as
     * of {@code today}. Throws IllegalArgumentException when the directed deadline is not after
     * the publication date.
     */
    public Deadline calculate(PlanFacts facts, WorkingDayCalendar calendar, LocalDate today) {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(today, "today");
        LocalDate published = facts.reportPublished();
        LocalDate directed = facts.directedDeadline();
        if (directed != null && !directed.isAfter(published)) {
            throw new IllegalArgumentException("Directed deadline " + directed
                    + " is not after the report publication date " + published
                    + "; check both dates.");
        }
        HalfTermReading reading = facts.halfTermReading();
        CalendarAnswer<LocalDate> computed =
                calendar.addWorkingDays(published, STATUTORY_WORKING_DAYS, reading);
        CalendarAnswer<LocalDate> other = calendar.addWorkingDays(
                published, STATUTORY_WORKING_DAYS, Deadline.other(reading));
        LocalDate computedDate = computed.value();
        LocalDate otherDate = computed.isKnown() && other.isKnown()
                && !other.value().equals(computedDate) ? other.value() : null;
        boolean suspicious = directed != null && computedDate != null
                && directed.isAfter(computedDate);
        // A direction can only shorten the period, so a later one is counted as the statutory
        // date and reported instead of letting a typing mistake hide a near deadline.
        boolean useDirected = directed != null && !suspicious;
        LocalDate due = useDirected ? directed : computedDate;

        Progress progress = progress(facts, calendar, reading, due, today);
        LocalDate firstUnknown = computed.firstUnknownDate() != null
                ? computed.firstUnknownDate() : progress.firstUnknown;
        LocalDate end = firstUnknown != null ? firstUnknown : due;
        return new Deadline(progress.state, today, published, due, useDirected,
                useDirected ? facts.directionReference() : null, suspicious, computedDate,
                reading, otherDate, progress.left, progress.overdue, dueSoonWindow,
                firstUnknown, lowestConfidence(calendar, published, end),
                facts.draftSentToEstyn(), facts.improvementHorizon());
    }

    private Progress progress(PlanFacts facts, WorkingDayCalendar calendar,
            HalfTermReading reading, LocalDate due, LocalDate today) {
        if (facts.draftSentToEstyn() != null) {
            return new Progress(DeadlineState.SENT_TO_ESTYN, null, null, null);
        }
        if (facts.reportPublished().isAfter(today)) {
            return new Progress(DeadlineState.NOT_YET_PUBLISHED, null, null, null);
        }
        if (due == null) {
            return new Progress(DeadlineState.OUTSIDE_CALENDAR, null, null, null);
        }
        if (today.equals(due)) {
            return new Progress(DeadlineState.DUE_TODAY, 0, null, null);
        }
        if (today.isAfter(due)) {
            CalendarAnswer<Integer> overdue = calendar.countWorkingDays(due, today, reading);
            return new Progress(DeadlineState.OVERDUE, null, overdue.value(), null);
        }
        CalendarAnswer<Integer> left = calendar.countWorkingDays(today, due, reading);
        if (!left.isKnown()) {
            return new Progress(DeadlineState.OUTSIDE_CALENDAR, null, null,
                    left.firstUnknownDate());
        }
        DeadlineState state = left.value() <= dueSoonWindow
                ? DeadlineState.DUE_SOON : DeadlineState.ON_TRACK;
        return new Progress(state, left.value(), null, null);
    }

    private static Confidence lowestConfidence(WorkingDayCalendar calendar, LocalDate published,
            LocalDate end) {
        if (end == null || !end.isAfter(published)) {
            return null;
        }
        DateRange counted = new DateRange(published.plusDays(1), end);
        return calendar.years().stream()
                .filter(year -> year.known().stream().anyMatch(counted::overlaps))
                .map(SchoolYearCalendar::confidence)
                .reduce(Confidence::min)
                .orElse(null);
    }

    /** State and day counts as of today. */
    private record Progress(DeadlineState state, Integer left, Integer overdue,
            LocalDate firstUnknown) {
    }
}
