package wales.piap.calendar;

/** What one date is for working-day counting at one school. */
public enum DayStatus {
    /** A term day, INSET days and counted half-term days included. */
    WORKING_DAY,
    WEEKEND,
    BANK_HOLIDAY,
    /** A weekday in a school holiday that the half-term reading in use excludes. */
    SCHOOL_HOLIDAY,
    /** A weekday outside the known bank holidays or term dates. */
    UNKNOWN;

    /** Tells whether this date counts towards a period of working days. */
    public boolean isWorkingDay() {
        return this == WORKING_DAY;
    }
}
