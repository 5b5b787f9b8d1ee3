package wales.piap.calendar;

import java.time.LocalDate;
import java.util.Objects;
import wales.piap.plan.HalfTermReading;

/**
 * The deadline of one plan as of one day. Immutable; nullable fields are marked.
 *
 * @param state the plan's deadline state
 * @param today the day the state was worked out for
 * @param reportPublished publication date of the inspection report, day 0 of the count
 * @param dueDate the date the draft is due: the directed deadline when there is one that is
 *     not later than the computed date, else the computed date; null when neither is known
 * @param directed whether {@code dueDate} is a deadline directed by the Welsh Ministers
 * @param directionReference reference of the direction, or null
 * @param directedLaterThanComputed whether the plan records a directed deadline later than the
 *     computed one, which is suspicious because a direction can only shorten the period; the
 *     computed date is then the due date
 * @param computedDate the 20th working day after publication under {@code reading}, or null
 *     when the count left the known calendar
 * @param reading how one-week half-terms were counted
 * @param otherReadingDate the 20th working day under the other reading, or null when it is the
 *     same as {@code computedDate} or not known
 * @param workingDaysLeft working days after today up to and including the due date (0 on the
 *     due date), or null when overdue, not yet published, sent or unknown
 * @param workingDaysOverdue working days after the due date up to and including today, or null
 *     unless overdue and known
 * @param dueSoonWindow the due-soon window in working days
 * @param firstUnknownDate the first date outside the known calendar that the count needed, or
 *     null when every date was known
 * @param calendarConfidence lowest confidence of the school years the count used, or null when
 *     none was used
 * @param draftSentToEstyn date the draft went to Estyn, or null
 * @param improvementHorizon date by which Estyn expects the improvements, or null
 */
public record Deadline(
        DeadlineState state,
        LocalDate today,
        LocalDate reportPublished,
        LocalDate dueDate,
        boolean directed,
        String directionReference,
        boolean directedLaterThanComputed,
        LocalDate computedDate,
        HalfTermReading reading,
        LocalDate otherReadingDate,
        Integer workingDaysLeft,
        Integer workingDaysOverdue,
        int dueSoonWindow,
        LocalDate firstUnknownDate,
        Confidence calendarConfidence,
        LocalDate draftSentToEstyn,
        LocalDate improvementHorizon) {

    /** Checks the fields that are always present. */
    public Deadline {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(reportPublished, "reportPublished");
        Objects.requireNonNull(reading, "reading");
    }

    /** Tells whether the count needed a date outside the known calendar. */
    public boolean outsideCalendar() {
        return firstUnknownDate != null;
    }

    /** Tells whether the other half-term reading gives a different, known date. */
    public boolean otherReadingDiffers() {
        return otherReadingDate != null;
    }

    /**
     * Tells whether the draft went to Estyn on or before the due date; null when no draft date
     * or no due date is known.
     */
    public Boolean sentOnTime() {
        if (draftSentToEstyn == null || dueDate == null) {
            return null;
        }
        return !draftSentToEstyn.isAfter(dueDate);
    }

    /** Returns the reading that was not used. */
    public HalfTermReading otherReading() {
        return other(reading);
    }

    static HalfTermReading other(HalfTermReading reading) {
        return reading == HalfTermReading.HALF_TERMS_COUNT
                ? HalfTermReading.HALF_TERMS_SKIPPED : HalfTermReading.HALF_TERMS_COUNT;
    }
}
