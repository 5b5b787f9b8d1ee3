package wales.piap.render;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Writes dates as people in Wales read them: "22 January 2026" and "22 Ionawr 2026".
 *
 * <p>Month names are held here rather than taken from the JDK, whose Welsh data differs
 * between Java versions. Stateless and thread-safe.
 */
public final class DateText {

    private static final List<String> ENGLISH_MONTHS = List.of(
            "January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");

    private static final List<String> WELSH_MONTHS = List.of(
            "Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf",
            "Awst", "Medi", "Hydref", "Tachwedd", "Rhagfyr");

    private static final List<String> ENGLISH_DAYS = List.of(
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");

    private static final List<String> WELSH_DAYS = List.of(
            "Dydd Llun", "Dydd Mawrth", "Dydd Mercher", "Dydd Iau", "Dydd Gwener",
            "Dydd Sadwrn", "Dydd Sul");

    private DateText() {
    }

    /** Formats {@code date} as day, month name and year; throws on a null date. */
    public static String format(LocalDate date, Locale locale) {
        List<String> months = Messages.isWelsh(locale) ? WELSH_MONTHS : ENGLISH_MONTHS;
        return date.getDayOfMonth() + " " + months.get(date.getMonthValue() - 1) + " "
                + date.getYear();
    }

    /** Formats {@code date} with its weekday first: "Thursday 22 January 2026". */
    public static String formatWithWeekday(LocalDate date, Locale locale) {
        List<String> days = Messages.isWelsh(locale) ? WELSH_DAYS : ENGLISH_DAYS;
        return days.get(date.getDayOfWeek().getValue() - 1) + " " + format(date, locale);
    }

    /** Returns the month names of {@code locale}, January first. */
    public static List<String> monthNames(Locale locale) {
        return Messages.isWelsh(locale) ? WELSH_MONTHS : ENGLISH_MONTHS;
    }
}
