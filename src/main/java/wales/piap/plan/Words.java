package wales.piap.plan;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text comparison shared by the parser's and the validator's word lists.
 *
 * <p>Text is compared after {@link #normalise}. A word list entry matches at the start of a
 * word, so "monitor" matches "Monitoring"; an entry ending in {@code $} must match a whole
 * word, so "la$" does not match "last". Stateless and thread-safe.
 */
public final class Words {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u2007\\u202f]+");

    private Words() {
    }

    /**
     * Lower-cases, removes accents ("gŵyl" becomes "gwyl"), straightens curly apostrophes
     * and collapses whitespace, no-break spaces included; null gives "".
     */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String plain = MARKS.matcher(decomposed).replaceAll("")
                .replace('\u2019', '\'').replace('\u2018', '\'');
        return collapseSpaces(plain).toLowerCase(Locale.ROOT);
    }

    /** Collapses whitespace, no-break spaces included, and trims; keeps case and accents. */
    public static String collapseSpaces(String text) {
        return SPACES.matcher(text).replaceAll(" ").trim();
    }

    /**
     * Compiles word-start entries into one pattern to {@code find()} in normalised text.
     *
     * @param words entries in lower case without accents; a trailing {@code $} requires a
     *     whole word
     */
    public static Pattern wordStarts(String... words) {
        StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])(?:");
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            boolean whole = word.endsWith("$");
            if (i > 0) {
                regex.append('|');
            }
            regex.append(Pattern.quote(whole ? word.substring(0, word.length() - 1) : word));
            if (whole) {
                regex.append("(?![\\p{L}\\p{N}])");
            }
        }
        return Pattern.compile(regex.append(')').toString());
    }
}
