package wales.piap.calendar;

import java.util.Objects;
import wales.piap.plan.LocalAuthority;

/**
 * Bank holidays and term dates for every Welsh local authority: the bundled data, optionally
 * extended at run time so an authority can add a school year without a new release.
 * Immutable and thread-safe.
 */
public final class CalendarCatalogue {

    private static volatile CalendarCatalogue bundled;

    private final BankHolidays bankHolidays;
    private final TermDates termDates;

    /** Creates a catalogue from bank holidays and term dates. */
    public CalendarCatalogue(BankHolidays bankHolidays, TermDates termDates) {
        this.bankHolidays = Objects.requireNonNull(bankHolidays, "bankHolidays");
        this.termDates = Objects.requireNonNull(termDates, "termDates");
    }

    /** Returns the catalogue of the bundled data, read once and then shared. */
    public static CalendarCatalogue bundled() {
        CalendarCatalogue result = bundled;
        if (result == null) {
            synchronized (CalendarCatalogue.class) {
                result = bundled;
                if (result == null) {
                    result = new CalendarCatalogue(BankHolidays.bundled(), TermDates.bundled());
                    bundled = result;
                }
            }
        }
        return result;
    }

    /** Returns the bank holidays. */
    public BankHolidays bankHolidays() {
        return bankHolidays;
    }

    /** Returns the term dates. */
    public TermDates termDates() {
        return termDates;
    }

    /**
     * Returns a catalogue with the term dates in {@code json} (the bundled file's shape) laid
     * over these: a school year replaces the one with the same label for the authorities it
     * names. Throws IllegalArgumentException naming the invalid field and value.
     */
    public CalendarCatalogue withExtraTermDates(String json) {
        return new CalendarCatalogue(bankHolidays, termDates.plus(TermDates.parse(json)));
    }

    /**
     * Returns a catalogue with the bank holidays in {@code json} (the bundled file's shape)
     * added; their known range must join this catalogue's without a gap.
     */
    public CalendarCatalogue withExtraBankHolidays(String json) {
        return new CalendarCatalogue(bankHolidays.plus(BankHolidays.parse(json)), termDates);
    }

    /** Returns the working-day calendar of schools that follow {@code authority}'s dates. */
    public WorkingDayCalendar calendarFor(LocalAuthority authority) {
        Objects.requireNonNull(authority, "authority");
        return WorkingDayCalendar.of(bankHolidays, termDates.yearsFor(authority));
    }
}
