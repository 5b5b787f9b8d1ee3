package wales.piap.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import wales.piap.plan.SchoolTerm;
import wales.piap.plan.TermReference.Boundary;

/**
 * Finds milestones written as school terms, in English and Welsh, ignoring case.
 *
 * <p>English: "[start | beginning | end] of [the] autumn | spring | summer term YYYY", such as
 * "end of the spring term 2026" or "start of the autumn term 2025". Welsh: "[dechrau | diwedd]
 * tymor yr hydref | y gwanwyn | yr haf YYYY", such as "diwedd tymor yr haf 2026", with the
 * mutated forms "ddechrau", "ddiwedd", "dymor" and "nhymor". A term without "start" or "end"
 * ("autumn term 2025", "tymor yr hydref 2025") means its end, since a milestone in a term is
 * due by its end. "By" or "erbyn" in front changes nothing. The year may be a school year,
 * "2025/26", "2025/2026" or "2025-26": the autumn term takes its first year, the other terms
 * its second.
 *
 * <p>Not terms: a season without the word term ("summer 2026"), a term without a year ("the
 * term ahead", "termly"), and a year written after other words ("summer term planning 2026"),
 * because none of them names one term of one year. Stateless and thread-safe.
 */
final class TermPhrases {

    /** A term phrase found in text, from {@code start} (inclusive) to {@code end}. */
    record Found(int start, int end, SchoolTerm term, int year, Boundary boundary,
            String text) {
    }

    /**
     * A year, or a school year such as "2025/26", "2025/2026" or "2025 / 26". A date such as
     * "2026-12" does not match.
     */
    private static final String YEAR = "(\\d{4})(?:(?:[/\\-\\u2013]| / )(\\d{4}|\\d{2}))?"
            + "(?!\\d|[/\\-\\u2013]\\d)";

    private static final Pattern ENGLISH = Pattern.compile(
            "(?<![\\p{L}\\d])(?:(?:the\\s+)?(start|beginning|end)\\s+of\\s+)?(?:the\\s+)?"
                    + "(autumn|spring|summer)[\\s\\-]+term\\s*,?\\s*(?:of\\s+)?" + YEAR,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern WELSH = Pattern.compile(
            "(?<![\\p{L}\\d])(?:(d?dechrau|d?diwedd)\\s+)?(?:tymor|dymor|nhymor)\\s+"
                    + "(?:yr?\\s+)?(hydref|gwanwyn|haf)\\s*,?\\s*" + YEAR,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private TermPhrases() {
    }

    /** Returns the term phrases in {@code text}, in order of appearance. */
    static List<Found> find(String text) {
        List<Found> found = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return found;
        }
        for (Pattern pattern : List.of(ENGLISH, WELSH)) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                read(matcher).ifPresent(found::add);
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    private static Optional<Found> read(Matcher matcher) {
        String boundaryWord = matcher.group(1) == null ? ""
                : matcher.group(1).toLowerCase(Locale.ROOT);
        Boundary boundary = boundaryWord.equals("start") || boundaryWord.equals("beginning")
                || boundaryWord.endsWith("dechrau") ? Boundary.START : Boundary.END;
        SchoolTerm term = term(matcher.group(2).toLowerCase(Locale.ROOT));
        Optional<Integer> year = year(term, matcher.group(3), matcher.group(4));
        String written = Vocabulary.normaliseSpaces(matcher.group());
        return year.map(value -> new Found(matcher.start(), matcher.end(), term, value,
                boundary, written));
    }

    private static SchoolTerm term(String season) {
        return switch (season) {
            case "autumn", "hydref" -> SchoolTerm.AUTUMN;
            case "spring", "gwanwyn" -> SchoolTerm.SPRING;
            default -> SchoolTerm.SUMMER;
        };
    }

    /**
     * Returns the calendar year of the term: {@code first} alone, or for a school year
     * "first/second" the year the term falls in; empty when second does not follow first.
     */
    private static Optional<Integer> year(SchoolTerm term, String first, String second) {
        int start = Integer.parseInt(first);
        if (second == null) {
            return Optional.of(start);
        }
        int next = Integer.parseInt(second);
        boolean follows = second.length() == 2 ? next == (start + 1) % 100 : next == start + 1;
        if (!follows) {
            return Optional.empty();
        }
        return Optional.of(term == SchoolTerm.AUTUMN ? start : start + 1);
    }
}
