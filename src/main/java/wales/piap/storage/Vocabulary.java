package wales.piap.storage;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import wales.piap.plan.InterventionPower;
import wales.piap.plan.Words;

/**
 * The English and Welsh words by which the parser recognises columns, sections and labels.
 *
 * <p>Text is compared as {@link Words} describes: after normalising, each entry matches at
 * the start of a word, so "monitor" matches "Monitoring" and "Monitored by", and an entry
 * ending in {@code $} must match a whole word. Lists are tried in the order written,
 * which settles headers that contain words of two kinds ("Target date" is a timescale, not a
 * success criterion, because timescales are tried first).
 *
 * <p>Welsh forms follow the confirmed terms where one exists ("argymhelliad", "cynllun
 * gweithredu", "monitro", "awdurdod lleol", "hunanwerthuso"). Words that no official Welsh
 * source confirms yet are in the translators' list,
 * {@code wales/piap/i18n/UNCONFIRMED-WELSH-TERMS.md}. Mutated forms (for example "cherrig",
 * "thargedau", "gyllideb") are listed beside the radical form because headers are often
 * written after a conjunction or a possessive.
 */
final class Vocabulary {

    /** Kinds of column in an actions table. */
    enum Column { MONITORING, TIMESCALE, SUCCESS, RESOURCES, LEAD, SUPPORT, REFERENCE, ACTION }

    /** Kinds of section on a recommendation page or a local authority statement. */
    enum Section { RECOMMENDATION, SUCCESS, ACTIONS, PARENTS, CAPACITY, POWERS, PERIOD }

    /** The three parts of the section on parents and carers. */
    enum ParentsPart { INFORMED, VIEWS_SOUGHT, VIEWS_USED }


    /** "R2", "R 2", "Recommendation 2", "Recommendation R2", "Argymhelliad 2" at the start. */
    private static final Pattern RECOMMENDATION_REF = Pattern.compile(
            "^(?:(?:recommendation|argymhelliad)(?: rhif)?\\s*(?:r\\s?)?|r\\s?)(\\d{1,2})"
                    + "(?![\\d.]*\\d)(?![\\p{L}])\\s*[:.)\\-\\u2013]?\\s*");

    private static final List<Stems<Column>> COLUMNS = List.of(
            new Stems<>(Column.MONITORING, "monitor", "monitro", "quality assurance"),
            new Stems<>(Column.TIMESCALE, "timescale", "time scale", "timeline", "milestone",
                    "date", "deadline", "by when", "completion", "amserlen", "cerrig milltir",
                    "cherrig milltir", "carreg filltir", "dyddiad", "ddyddiad", "terfyn"),
            new Stems<>(Column.SUCCESS, "success", "criteria", "target", "outcome", "objective",
                    "impact", "meini prawf", "llwyddiant", "targed", "thargedau", "canlyniad",
                    "deilliant", "amcan"),
            new Stems<>(Column.RESOURCES, "resourc", "cost", "budget", "funding", "adnodd",
                    "cyllid", "gyllid"),
            new Stems<>(Column.LEAD, "lead", "responsib", "owner", "accountable", "arweinydd",
                    "arweiniol", "cyfrifol"),
            new Stems<>(Column.SUPPORT, "support", "partner", "cymorth", "chymorth",
                    "cefnogaeth", "gefnogaeth"),
            new Stems<>(Column.REFERENCE, "ref", "no$", "no.", "number$", "#", "cyf", "rhif",
                    "id$", "\u2116"),
            new Stems<>(Column.ACTION, "action", "task", "activit", "step", "cam$", "camau",
                    "gweithred", "gweithgaredd", "tasg"));

    private static final List<Stems<Section>> RECOMMENDATION_SECTIONS = List.of(
            new Stems<>(Section.PARENTS, "parent", "carer", "rhieni", "rhiant", "gofalwyr"),
            new Stems<>(Section.SUCCESS, "success", "meini prawf", "llwyddiant"),
            new Stems<>(Section.ACTIONS, "action", "camau", "cam gweithredu"),
            new Stems<>(Section.RECOMMENDATION, "recommendation", "argymhelliad",
                    "argymhellion"));

    private static final List<Stems<Section>> LA_SECTIONS = List.of(
            new Stems<>(Section.PARENTS, "parent", "carer", "rhieni", "rhiant", "gofalwyr"),
            new Stems<>(Section.POWERS, "power", "intervention", "intervene", "pwer", "bwer",
                    "ymyrryd", "ymyrraeth"),
            new Stems<>(Section.PERIOD, "period", "cyfnod"),
            new Stems<>(Section.CAPACITY, "capacity", "ability", "assessment", "capasiti",
                    "gallu", "asesiad"),
            new Stems<>(Section.ACTIONS, "action", "support", "camau", "cam gweithredu",
                    "cymorth"));

    private static final List<Stems<ParentsPart>> PARENTS_PARTS = List.of(
            new Stems<>(ParentsPart.VIEWS_USED, "into account", "take account", "respond",
                    "act on", "use their views", "use these views", "ystyri", "defnyddio",
                    "ymateb"),
            new Stems<>(ParentsPart.VIEWS_SOUGHT, "sought", "seek", "ascertain", "gather",
                    "views", "consult", "barn", "farn", "gofyn", "ceisio", "casglu", "canfod",
                    "ymgynghori"),
            new Stems<>(ParentsPart.INFORMED, "inform", "tell", "communicat", "hysbysu",
                    "gwybod", "wybod", "gwybodaeth", "cyfathrebu"));

    private static final List<Stems<InterventionPower>> POWERS = List.of(
            new Stems<>(InterventionPower.INTERIM_EXECUTIVE_BOARD, "interim executive", "ieb$",
                    "gweithrediaeth interim", "gweithredol interim"),
            new Stems<>(InterventionPower.ADDITIONAL_GOVERNORS, "additional governor",
                    "governors", "llywodraethwyr ychwanegol", "lywodraethwyr ychwanegol"),
            new Stems<>(InterventionPower.BUDGET_SUSPENSION, "budget", "delegated", "cyllideb",
                    "gyllideb", "dirprwyedig"),
            new Stems<>(InterventionPower.DIRECTIONS, "direction", "cyfarwyddyd",
                    "cyfarwyddiadau", "gyfarwyddiadau"),
            new Stems<>(InterventionPower.ADVICE_OR_COLLABORATION, "advice", "collaborat",
                    "cyngor", "gyngor", "cydweithio", "cydweithredu"));

    private Vocabulary() {
    }

    static String normalise(String text) {
        return Words.normalise(text);
    }

    static String normaliseSpaces(String text) {
        return Words.collapseSpaces(text);
    }

    static Optional<Column> column(String header) {
        return first(COLUMNS, header);
    }

    static Optional<Section> recommendationSection(String heading) {
        if (recommendationNumber(heading).isPresent()) {
            return Optional.of(Section.RECOMMENDATION);
        }
        return first(RECOMMENDATION_SECTIONS, heading);
    }

    static Optional<Section> laSection(String heading) {
        return first(LA_SECTIONS, heading);
    }

    static Optional<ParentsPart> parentsPart(String label) {
        return first(PARENTS_PARTS, label);
    }

    static Optional<InterventionPower> power(String label) {
        return first(POWERS, label);
    }

    /** Reads the number of "R2", "Recommendation 2:" or "Argymhelliad 2" at the text's start. */
    static Optional<Integer> recommendationNumber(String text) {
        Matcher matcher = RECOMMENDATION_REF.matcher(normalise(text));
        return matcher.find() ? Optional.of(Integer.parseInt(matcher.group(1))) : Optional.empty();
    }

    /**
     * Removes a leading "R2:" or "Recommendation 2 -" label from {@code text}, and the second
     * label of a bilingual heading written "Welsh / English", so that "Argymhelliad R1 /
     * Recommendation R1 Improve attendance." gives "Improve attendance.".
     */
    static String stripRecommendationLabel(String text) {
        String trimmed = text.strip();
        int end = labelEnd(trimmed);
        if (end == 0) {
            return trimmed;
        }
        String rest = trimmed.substring(end).strip();
        if (!rest.startsWith("/")) {
            return rest;
        }
        String second = rest.substring(1).strip();
        return second.substring(labelEnd(second)).strip();
    }

    /** Returns where a leading recommendation label in {@code text} ends, or 0 for none. */
    private static int labelEnd(String text) {
        Matcher matcher = RECOMMENDATION_REF.matcher(normalise(text));
        if (!matcher.find()) {
            return 0;
        }
        // normalise() keeps length except for removed accents and collapsed spaces, which a
        // label of letters, digits and punctuation does not contain.
        return Math.min(matcher.end(), text.length());
    }

    private static <T> Optional<T> first(List<Stems<T>> lists, String text) {
        String normalised = normalise(text);
        if (normalised.isEmpty()) {
            return Optional.empty();
        }
        for (Stems<T> stems : lists) {
            if (stems.pattern.matcher(normalised).find()) {
                return Optional.of(stems.kind);
            }
        }
        return Optional.empty();
    }

    /** One kind and the compiled word list that names it. */
    private record Stems<T>(T kind, Pattern pattern) {
        Stems(T kind, String... words) {
            this(kind, Words.wordStarts(words));
        }
    }
}
