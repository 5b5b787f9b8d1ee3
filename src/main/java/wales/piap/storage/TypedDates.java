package wales.piap.storage;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates that people typed as text, the way they are written in the UK and in Wales.
 *
 * <p>Recognised forms: "14/03/2026" (also with "." or "-", day first, two- or four-digit
 * year), "14 March 2026", "14th Mar 2026", "March 2026" and Welsh month names such as
 * "14 Mawrth 2026" or "Medi 2026". A month without a day stands for the last day of that
 * month, since a milestone "by March 2026" is due by its end. Text that has a date's shape
 * but names no real day ("31/02/2026", "30 Chwefror 2026") is returned as invalid. A year
 * alone, a season or a term ("summer term 2026") is not a date; {@link TermPhrases} reads
 * terms. Stateless and thread-safe.
 */
final class TypedDates {

    /** A date found in text, or the text of a date-shaped value that names no real day. */
    record Found(int start, LocalDate date, String invalidText) {
    }

    private static final Map<String, Integer> MONTHS = buildMonths();

    private static final String MONTH_NAMES = String.join("|", MONTHS.keySet().stream()
            .sorted((a, b) -> b.length() - a.length()).toList());

    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d/.\\-])(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4}|\\d{2})(?![\\d/.\\-]*\\d)");

    private static final Pattern NAMED = Pattern.compile(
            "(?<![\\p{L}\\d])(?:(\\d{1,2})(?:st|nd|rd|th|af|ain|ed|fed)?\\s+(?:of\\s+)?)?"
                    + "(" + MONTH_NAMES + ")\\.?,?\\s+(\\d{4})(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private TypedDates() {
    }

    /** Returns the dates typed in {@code text}, in order of appearance. */
    static List<Found> find(String text) {
        List<Found> found = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return found;
        }
        Matcher numeric = NUMERIC.matcher(text);
        while (numeric.find()) {
            found.add(numericDate(numeric));
        }
        Matcher named = NAMED.matcher(text);
        while (named.find()) {
            found.add(namedDate(named));
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    private static Found numericDate(Matcher matcher) {
        int day = Integer.parseInt(matcher.group(1));
        int month = Integer.parseInt(matcher.group(2));
        String yearText = matcher.group(3);
        int year = Integer.parseInt(yearText);
        if (yearText.length() == 2) {
            year += 2000;
        }
        return date(matcher.start(), year, month, day, matcher.group());
    }

    private static Found namedDate(Matcher matcher) {
        int month = MONTHS.get(matcher.group(2).toLowerCase(Locale.ROOT));
        int year = Integer.parseInt(matcher.group(3));
        if (matcher.group(1) == null) {
            return new Found(matcher.start(), YearMonth.of(year, month).atEndOfMonth(), null);
        }
        int day = Integer.parseInt(matcher.group(1));
        return date(matcher.start(), year, month, day, matcher.group());
    }

    private static Found date(int start, int year, int month, int day, String written) {
        try {
            return new Found(start, LocalDate.of(year, month, day), null);
        } catch (DateTimeException invalid) {
            return new Found(start, null, written.strip());
        }
    }

    private static Map<String, Integer> buildMonths() {
        Map<String, Integer> months = new java.util.LinkedHashMap<>();
        String[] english = {"january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december"};
        String[] welsh = {"ionawr", "chwefror", "mawrth", "ebrill", "mai", "mehefin",
            "gorffennaf", "awst", "medi", "hydref", "tachwedd", "rhagfyr"};
        for (int i = 0; i < 12; i++) {
            months.put(english[i], i + 1);
            months.put(english[i].substring(0, 3), i + 1);
            months.put(welsh[i], i + 1);
        }
        months.put("sept", 9);
        // Soft-mutated Welsh forms, as after "erbyn" or "o": "o Fawrth 2026", "erbyn Fedi".
        months.put("fawrth", 3);
        months.put("fai", 5);
        months.put("fehefin", 6);
        months.put("fedi", 9);
        months.put("gwefror", 2);
        months.put("orffennaf", 7);
        months.put("dachwedd", 11);
        months.put("hragfyr", 12);
        return Map.copyOf(months);
    }
}
