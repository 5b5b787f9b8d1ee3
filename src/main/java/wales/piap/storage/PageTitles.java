package wales.piap.storage;

import java.util.Arrays;
import java.util.stream.Collectors;
import wales.piap.plan.PlanFacts;

/**
 * Titles of a plan's pages. Confluence requires titles unique within a space, so every title
 * ends with the setting name and the report's publication date, which distinguishes two plans
 * for one setting after a later inspection:
 *
 * <ul>
 *   <li>home: "Post-inspection action plan: Ysgol Enghraifft (2025-01-16)"</li>
 *   <li>recommendation: "R1: Strengthen safeguarding procedures - Ysgol Enghraifft
 *       (2025-01-16)", with the recommendation cut to its first {@value #TITLE_WORDS} words</li>
 *   <li>LA statement and progress reviews: "Local authority statement - Ysgol Enghraifft
 *       (2025-01-16)"</li>
 * </ul>
 *
 * <p>Labels are in the plan's language, "Welsh / English" for bilingual plans. Titles never
 * exceed {@value #MAX_LENGTH} characters: the recommendation words are cut first, then the
 * setting name, each marked with an ellipsis. Stateless and thread-safe.
 */
public final class PageTitles {

    /** Maximum title length Confluence accepts. */
    public static final int MAX_LENGTH = 255;
    /** Words of a recommendation kept in its page title. */
    public static final int TITLE_WORDS = 8;

    private static final String ELLIPSIS = "\u2026";
    /** Shortest useful cut of a recommendation's words; below it the title drops them. */
    private static final int MIN_WORDS_LENGTH = 12;

    private PageTitles() {
    }

    /** Returns the home page title. */
    public static String home(PlanFacts facts) {
        String label = PageText.forLanguage(facts.language()).text("piap.blueprint.title.home");
        return withSetting(label + ": ", facts);
    }

    /** Returns the title of recommendation {@code number} (1 for R1) with {@code wording}. */
    public static String recommendation(PlanFacts facts, int number, String wording) {
        String prefix = "R" + number + ": ";
        String suffix = " - " + facts.settingName() + dateSuffix(facts);
        String words = firstWords(wording);
        if (prefix.length() + words.length() + suffix.length() <= MAX_LENGTH) {
            return prefix + words + suffix;
        }
        int room = MAX_LENGTH - prefix.length() - suffix.length();
        if (room >= MIN_WORDS_LENGTH) {
            return prefix + cut(words, room) + suffix;
        }
        return withSetting("R" + number + " - ", facts);
    }

    /** Returns the local authority statement title. */
    public static String laStatement(PlanFacts facts) {
        String label = PageText.forLanguage(facts.language()).text("piap.blueprint.title.la");
        return withSetting(label + " - ", facts);
    }

    /** Returns the progress reviews title. */
    public static String progressReviews(PlanFacts facts) {
        String label = PageText.forLanguage(facts.language())
                .text("piap.blueprint.title.reviews");
        return withSetting(label + " - ", facts);
    }

    /** Returns up to {@value #TITLE_WORDS} words of {@code wording}, without end punctuation. */
    static String firstWords(String wording) {
        String[] words = wording.strip().split("\\s+");
        String kept = Arrays.stream(words).limit(TITLE_WORDS).collect(Collectors.joining(" "));
        kept = kept.replaceAll("[\\s.,;:!?]+$", "");
        return words.length > TITLE_WORDS ? kept + ELLIPSIS : kept;
    }

    /** Joins the prefix, setting name and date, cutting the setting name to fit the limit. */
    private static String withSetting(String prefix, PlanFacts facts) {
        String suffix = dateSuffix(facts);
        int room = MAX_LENGTH - prefix.length() - suffix.length();
        return prefix + cut(facts.settingName(), room) + suffix;
    }

    private static String dateSuffix(PlanFacts facts) {
        return " (" + facts.reportPublished() + ")";
    }

    private static String cut(String text, int maxLength) {
        if (text.length() <= maxLength) {
            return text;
        }
        int end = Math.max(0, maxLength - ELLIPSIS.length());
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end).strip() + ELLIPSIS;
    }
}
