package wales.piap.plan;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The heuristics by which the validator judges the content of a field.
 *
 * <p><b>Missing.</b> A field is missing when it has no mention and no date and its text is
 * empty, instructional text, only punctuation ("-", "?", "...") or a stand-in without a
 * reason: "TBC", "TBA", "TBD", "N/A", "none", or the Welsh "i'w gadarnhau" and "amh". "N/A -
 * no cost beyond staff time" gives a reason, so it is not missing.
 *
 * <p><b>Quantitative target.</b> After dates, years, references ("R1.2") and year groups or
 * key stages ("Year 6", "KS3", "Blwyddyn 6") are removed, a digit, a percent sign or a
 * number word ("ten", "twenty") counts as a target. Estyn's quantifiers on their own ("nearly
 * all", "most", "many", "a majority", "half", "a minority", "few", and their Welsh forms)
 * are only a weak target.
 *
 * <p><b>Monitoring.</b> "Who" is a mention or a role word (governors, headteacher, deputy
 * head, senior leaders, head of year, pastoral lead, SENCo or ALNCo, attendance officer,
 * business manager, clerk, management committee, local authority, officer, adviser, Estyn;
 * Welsh equivalents such as pennaeth, cydlynydd ADY and pwyllgor rheoli). "When"
 * is a date or a frequency or period word (termly, half-termly, weekly, monthly, each term,
 * a month or season name). "How" is a method word (observation, book scrutiny, learning
 * walk, visit, report, review, meeting, data, survey, audit, pupil voice, tracking). These
 * lists are heuristics: text worded otherwise is reported as weak, not as missing.
 * Stateless and thread-safe.
 */
public final class TextRules {

    /** Strength of a text's quantitative target. */
    public enum Target { NUMBER, QUANTIFIER_ONLY, NONE }

    private static final Set<String> STAND_INS = Set.of("tbc", "tba", "tbd", "to be confirmed",
            "to be decided", "to be agreed", "n/a", "na", "n.a", "not applicable", "none",
            "nil", "i'w gadarnhau", "i'w benderfynu", "amh", "amherthnasol", "dim");

    private static final Pattern ONLY_PUNCTUATION =
            Pattern.compile("^[\\p{Punct}\\p{Pd}\\u2026\\s]*$");

    private static final Pattern NOT_TARGETS = Pattern.compile(
            "\\d{1,2}[/.\\-]\\d{1,2}[/.\\-]\\d{2,4}|(?<!\\d)(?:19|20)\\d{2}(?!\\d)"
                    + "|(?<![\\p{L}\\d])r\\d+(?:\\.\\d+)*[a-z]?"
                    + "|(?:ks|key stage|year|yr|blwyddyn|flwyddyn|cyfnod allweddol"
                    + "|progression step|cam cynnydd) ?\\d+"
                    + "|(?<!\\d)\\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug"
                    + "|sep|oct|nov|dec|ion|chwef|maw|ebr|mai|meh|gorff|awst|medi|hyd|tach"
                    + "|rhag)");

    private static final Pattern NUMBER = Pattern.compile("[\\d%]|"
            + Words.wordStarts("two$", "three$", "four$", "five$", "six$", "seven$", "eight$",
                    "nine$", "ten$", "twelve$", "fifteen$", "twenty$", "thirty$", "fifty$",
                    "hundred$", "per cent", "percent", "y cant$", "y cant.").pattern());

    private static final Pattern QUANTIFIER = Words.wordStarts("nearly all$", "almost all$",
            "most$", "many$", "a majority$", "majority$", "half$", "around half$",
            "a minority$", "minority$", "a few$", "few$", "very few$", "all$", "every$",
            "bron pob$", "bron y cyfan$", "rhan fwyaf$", "llawer$", "mwyafrif$",
            "hanner$", "lleiafrif$", "ychydig$", "pob$", "y cyfan$");

    private static final Pattern WHO = Words.wordStarts("governor", "governing",
            "headteacher", "head teacher", "head of", "deputy", "senior leader", "leader",
            "slt$", "leadership team", "la$", "local authority", "officer", "adviser",
            "advisor", "improvement partner", "challenge", "committee", "estyn", "chair",
            "teacher", "alnco", "senco", "trustee", "board", "cabinet", "scrutiny committee",
            "consortium", "partnership", "gwe$", "eas$", "csc$", "proprietor",
            "registered person", "responsible individual", "pastoral", "head of year",
            "business manager", "clerk", "management committee", "aln coordinator",
            "pennaeth", "bennaeth", "dirprwy",
            "uwch arweinwyr", "arweinwyr", "arweinydd", "llywodraethwyr", "lywodraethwyr",
            "corff llywodraethu", "awdurdod lleol", "swyddog", "ymgynghorydd", "pwyllgor",
            "cadeirydd", "athrawon", "athro", "partneriaeth", "bwrdd", "cydlynydd",
            "gydlynydd", "rheolwr busnes", "clerc");

    private static final Pattern WHEN = Words.wordStarts("termly", "half-termly",
            "half termly", "each term", "every term", "per term", "half term", "half-term",
            "end of term", "weekly", "fortnightly", "monthly", "quarterly", "annually", "yearly",
            "daily", "each week", "every week", "each month", "every month", "week$", "weeks$",
            "month$", "months$", "term$", "terms$", "autumn", "spring", "summer", "january",
            "february", "march", "april", "may$", "june", "july", "august", "september",
            "october", "november", "december", "bob tymor", "pob tymor", "yn dymhorol",
            "tymhorol", "dymhorol", "hanner tymor", "wythnosol", "pythefnosol", "misol",
            "bob mis", "bob wythnos", "blynyddol", "flynyddol", "tymor", "hydref", "gwanwyn",
            "haf$", "ionawr", "chwefror", "mawrth", "ebrill", "mai$", "mehefin", "gorffennaf",
            "awst", "medi$", "tachwedd", "rhagfyr");

    private static final Pattern HOW = Words.wordStarts("observ", "scrutin", "book look",
            "learning walk", "visit", "report", "review", "meeting", "data", "analys",
            "survey", "questionnaire", "audit", "interview", "pupil voice", "learner voice",
            "listening to learners", "track", "minutes", "evaluat", "check", "sampl",
            "discussion", "moderat", "lesson", "dashboard", "register", "arsylw", "craffu",
            "teithiau dysgu", "deithiau dysgu", "taith ddysgu", "daith ddysgu", "ymweliad", "ymweld", "adroddiad", "adolyg",
            "cyfarfod", "dadansodd", "holiadur", "arolwg", "archwili", "llais y disgybl",
            "llais dysgwyr", "olrhain", "cofnodion", "gwerthus", "gwirio", "samplu",
            "trafodaeth");

    private TextRules() {
    }

    /** Tells whether {@code content} counts as not filled in (see the class comment). */
    public static boolean isMissing(CellContent content) {
        if (!content.mentions().isEmpty() || !content.dates().isEmpty()
                || !content.invalidDates().isEmpty() || !content.termReferences().isEmpty()) {
            return false;
        }
        return isStandIn(content.text());
    }

    /** Tells whether {@code text} is empty, only punctuation or a stand-in such as "TBC". */
    public static boolean isStandIn(String text) {
        String normalised = Words.normalise(text);
        if (ONLY_PUNCTUATION.matcher(normalised).matches()) {
            return true;
        }
        String bare = normalised.replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$", "");
        return STAND_INS.contains(bare) || STAND_INS.contains(normalised);
    }

    /** Judges the quantitative target in {@code text} (see the class comment). */
    public static Target target(String text) {
        String normalised = Words.normalise(text);
        String withoutDates = NOT_TARGETS.matcher(normalised).replaceAll(" ");
        if (NUMBER.matcher(withoutDates).find()) {
            return Target.NUMBER;
        }
        return QUANTIFIER.matcher(normalised).find() ? Target.QUANTIFIER_ONLY : Target.NONE;
    }

    /** Tells whether monitoring text names who monitors. */
    public static boolean namesWho(CellContent content) {
        return !content.mentions().isEmpty() || WHO.matcher(Words.normalise(content.text())).find();
    }

    /** Tells whether monitoring text names when or how often. */
    public static boolean namesWhen(CellContent content) {
        return !content.dates().isEmpty() || !content.termReferences().isEmpty()
                || WHEN.matcher(Words.normalise(content.text())).find();
    }

    /** Tells whether monitoring text names how progress will be checked. */
    public static boolean namesHow(CellContent content) {
        return HOW.matcher(Words.normalise(content.text())).find();
    }
}
