package wales.piap.plan;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates that people type or that forms send: ISO dates ({@code 2025-01-16}), UK
 * numeric dates ({@code 16/01/2025}, {@code 16.1.2025}, {@code 16-01-2025}) and written
 * dates in English or Welsh ({@code 16 January 2025}, {@code Thursday 16th Jan 2025},
 * {@code 16 Ionawr 2025}). Numeric dates are read day first, as in the UK.
 * Stateless and thread-safe.
 */
public final class DateInput {

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern NUMERIC =
            Pattern.compile("(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})");
    private static final Pattern WRITTEN = Pattern.compile(
            "(?:[\\p{L}]+,?\\s+){0,2}?(\\d{1,2})(?:st|nd|rd|th|af|ain|ydd|ed|fed|eg)?\\.?"
                    + "\\s+([\\p{L}]+)\\.?,?\\s+(\\d{4})");

    private static final List<String> ENGLISH_MONTHS = List.of(
            "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december");
    private static final List<String> WELSH_MONTHS = List.of(
            "ionawr", "chwefror", "mawrth", "ebrill", "mai", "mehefin", "gorffennaf", "awst",
            "medi", "hydref", "tachwedd", "rhagfyr");

    private DateInput() {
    }

    /** Parses {@code text} in any accepted form; empty for null, blank or unreadable text. */
    public static Optional<LocalDate> parse(String text) {
        return fields(text).flatMap(parts -> toDate(parts[0], parts[1], parts[2]));
    }

    /**
     * Tells whether {@code text} has the shape of an accepted form, whether or not the date
     * exists: true for "2026-02-31" and "31/04/2025", false for "soon" and null.
     */
    public static boolean hasDateShape(String text) {
        return fields(text).isPresent();
    }

    /** Returns the year, month and day as written, when {@code text} has an accepted shape. */
    private static Optional<String[]> fields(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.replace('\u00a0', ' ').trim();
        Matcher iso = ISO.matcher(trimmed);
        if (iso.matches()) {
            return Optional.of(new String[] {iso.group(1), iso.group(2), iso.group(3)});
        }
        Matcher numeric = NUMERIC.matcher(trimmed);
        if (numeric.matches()) {
            return Optional.of(new String[] {numeric.group(3), numeric.group(2),
                numeric.group(1)});
        }
        Matcher written = WRITTEN.matcher(trimmed);
        if (written.matches()) {
            int month = monthNumber(written.group(2));
            if (month > 0) {
                return Optional.of(new String[] {written.group(3), String.valueOf(month),
                    written.group(1)});
            }
        }
        return Optional.empty();
    }

    /** Returns 1 to 12 for an English or Welsh month name or its first three letters, else 0. */
    static int monthNumber(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (List<String> months : List.of(ENGLISH_MONTHS, WELSH_MONTHS)) {
            for (int i = 0; i < months.size(); i++) {
                String month = months.get(i);
                if (month.equals(lower) || (lower.length() == 3 && month.startsWith(lower))) {
                    return i + 1;
                }
            }
        }
        return 0;
    }

    private static Optional<LocalDate> toDate(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month),
                    Integer.parseInt(day)));
        } catch (DateTimeException impossible) {
            return Optional.empty();
        }
    }
}
