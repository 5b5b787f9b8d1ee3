package wales.piap.calendar;

/** Where a plan stands against its deadline on a given day. */
public enum DeadlineState {
    /** The report's publication date is after today; the count has not started. */
    NOT_YET_PUBLISHED,
    /** More working days are left than the due-soon window. */
    ON_TRACK,
    /** Between 1 and the due-soon window of working days are left. */
    DUE_SOON,
    /** Today is the due date. */
    DUE_TODAY,
    /** The due date has passed and no draft-sent date is recorded. */
    OVERDUE,
    /** A date the draft went to Estyn is recorded, whether on time or late. */
    SENT_TO_ESTYN,
    /** The due date or the days left depend on dates the calendar does not know. */
    OUTSIDE_CALENDAR
}
