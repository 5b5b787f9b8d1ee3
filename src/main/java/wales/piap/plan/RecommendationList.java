package wales.piap.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans recommendations pasted from an inspection report, one per line.
 *
 * <p>Blank lines are dropped. Leading numbering and bullets that the report or a word
 * processor added ("R1.", "R1 ", "A1:", "1)", "1.", "7 - ", "8" and a tab, "(a)", "a)",
 * "ii)", "Recommendation 2:", "•", "-", "*", "–") are removed with the whitespace around them. Everything else keeps its
 * wording exactly, including text that merely starts with a number ("1 in 5 pupils...",
 * "10% of pupils...", "1.5 hours..."). Identical recommendations are all kept.
 * Stateless and thread-safe.
 *
 * <p>Estyn recommendations start with a capital letter ("Improve", "Gwella"), so a line
 * without a marker that starts with a lower-case letter (Unicode category Ll, so "ŵ" counts)
 * is a line that the paste wrapped: it is joined to the recommendation before it with one
 * space. A line that had a marker, or that follows a line holding only a marker, always
 * starts a new recommendation, and so does the first line.
 *
 * <p>NOTE: a wrapped line that starts with a capital letter or a digit ("Key Stage 3",
 * "10% of") still becomes a recommendation of its own.
 */
public final class RecommendationList {

    /** Maximum length of a recommendation, in characters; longer lines are rejected by the wizard. */
    public static final int MAX_LENGTH = 2000;

    private static final String SPACE = "[\\s\\u00a0\\u2007\\u202f]";

    /**
     * Markers removed from the start of a line. Each needs punctuation, whitespace or the end
     * of the line after it, so that "10% of" and "1 in 5" stay as they are, and a plain number
     * ("1 ") is kept because wording can start with one.
     */
    private static final List<Pattern> MARKERS = List.of(
            // "Recommendation 1:", "Argymhelliad 1 -" as some reports print them.
            Pattern.compile("^(?iu)(?:recommendation|argymhelliad)" + SPACE + "*\\d{1,2}"
                    + "(?:" + SPACE + "*[.:)\\-\u2013\u2014]|" + SPACE + "+|$)"),
            // "R1.", "R1:", "R1)", "R1 ", "R1" alone, but not "R1.1" action numbers' digits.
            // "A1." is the same numbering in Welsh reports (Argymhelliad 1).
            Pattern.compile("^[RrAa]\\d{1,2}(?:[.:)](?!\\d)|" + SPACE + "+|$)"),
            // "1.", "1)", "(1)", "1:" but not "1.5" or "10%".
            Pattern.compile("^\\(?\\d{1,2}(?:[.:](?!\\d)|\\))"),
            // "7 - text" and "8<TAB>text", but not a range such as "5 - 10 pupils".
            Pattern.compile("^\\d{1,2}(?:" + SPACE + "+[\\-\u2013\u2014]" + SPACE
                    + "+(?!" + SPACE + "*\\d)|\\t+)"),
            // "(a)", "a)", "a.", and roman numerals "(iv)", "iv)", "iv.".
            Pattern.compile("^(?:\\((?:[a-zA-Z]|[ivxIVX]{1,4})\\)|(?:[a-zA-Z]|[ivxIVX]{1,4})[.)]"
                    + "(?=" + SPACE + "))"),
            // Bullets; a hyphen followed by a digit is a minus sign and stays.
            Pattern.compile("^(?:[\u2022\u00b7\u25aa\u25cf\u25e6\u2023\u2043*\u2013\u2014]|-(?!\\d))"));

    private static final Pattern LEADING_SPACE = Pattern.compile("^" + SPACE + "+");
    private static final Pattern TRAILING_SPACE = Pattern.compile(SPACE + "+$");
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|\\r|\\n|\\u2028|\\u2029");

    private RecommendationList() {
    }

    /**
     * Splits {@code pasted} into recommendations: one per non-blank line, numbering and
     * bullets removed, wording otherwise unchanged. Returns an empty list for null or blank
     * input.
     */
    public static List<String> clean(String pasted) {
        List<String> recommendations = new ArrayList<>();
        if (pasted == null) {
            return recommendations;
        }
        boolean markerPending = false;
        for (String line : LINE_BREAK.split(pasted)) {
            String trimmed = trim(line);
            String text = stripMarkers(trimmed);
            boolean hadMarker = markerPending || text.length() < trimmed.length();
            if (text.isEmpty()) {
                // A marker alone on its line ("R2" in its own table cell) numbers the next line.
                markerPending = hadMarker;
                continue;
            }
            markerPending = false;
            int last = recommendations.size() - 1;
            if (!hadMarker && last >= 0 && startsLowerCase(text)) {
                recommendations.set(last, recommendations.get(last) + " " + text);
            } else {
                recommendations.add(text);
            }
        }
        return recommendations;
    }

    /**
     * Removes leading numbering and bullets from one line, and the whitespace around them.
     * A line such as "• R1. Improve attendance." loses both markers.
     */
    public static String stripMarkers(String line) {
        String text = trim(line);
        boolean changed = true;
        // Three rounds cover "• R1. (a) text"; more would start eating wording.
        for (int round = 0; changed && round < 3 && !text.isEmpty(); round++) {
            changed = false;
            for (Pattern marker : MARKERS) {
                Matcher matcher = marker.matcher(text);
                if (matcher.find()) {
                    text = trim(text.substring(matcher.end()));
                    changed = true;
                    break;
                }
            }
        }
        return text;
    }

    /** Tells whether {@code text} starts with a letter of Unicode category Ll. */
    static boolean startsLowerCase(String text) {
        return Character.getType(text.codePointAt(0)) == Character.LOWERCASE_LETTER;
    }

    private static String trim(String text) {
        String start = LEADING_SPACE.matcher(text).replaceFirst("");
        return TRAILING_SPACE.matcher(start).replaceFirst("");
    }
}
