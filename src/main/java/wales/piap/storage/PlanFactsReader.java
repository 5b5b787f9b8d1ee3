package wales.piap.storage;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jsoup.nodes.Element;
import wales.piap.plan.Category;
import wales.piap.plan.DateInput;
import wales.piap.plan.FieldError;
import wales.piap.plan.HalfTermReading;
import wales.piap.plan.LocalAuthority;
import wales.piap.plan.PlanLanguage;
import wales.piap.plan.SettingType;
import wales.piap.render.Messages;

/**
 * Reads a plan's facts back from its home page's Page Properties ({@code details}) block.
 *
 * <p>Rows are found by their label in English, Welsh or both ("Lleoliad / Setting"), in any
 * order and among extra rows. Values may be display names in either language or form values
 * ("special-measures", "gb-pow"). Dates come from {@code <time datetime>} elements or typed
 * text such as "16 January 2025". Placeholder text counts as empty. The block whose ID is
 * {@value PlanFactLabels#DETAILS_ID} is preferred; otherwise the first block with a known
 * row is used, wherever it is nested. Unreadable values become problems, never exceptions.
 * Stateless and thread-safe.
 */
public final class PlanFactsReader {

    private static final String READER = "piap.blueprint.reader.";
    private static final List<Messages> LANGUAGES =
            List.of(Messages.forLocale(PlanLanguage.ENGLISH),
                    Messages.forLocale(PlanLanguage.WELSH));

    private PlanFactsReader() {
    }

    /** Reads the facts from a home page's storage format; null reads as an empty page. */
    public static PlanFactsReading read(String storage) {
        return read(StorageDocument.parse(storage));
    }

    /** Reads the facts from an already parsed home page. */
    public static PlanFactsReading read(StorageDocument document) {
        PlanFactsReading.Builder facts = new PlanFactsReading.Builder();
        Map<String, Element> rows = findRows(document);
        if (rows.isEmpty()) {
            facts.problems.add(FieldError.of("details", READER + "no-details"));
            return facts.build();
        }

        facts.settingName = required(rows, PlanFactLabels.SETTING, facts);
        facts.settingType = choice(rows, PlanFactLabels.SETTING_TYPE, true, facts,
                text -> byName(text, SettingType.values(), SettingType::messageKey,
                        SettingType::fromFormValue));
        facts.localAuthority = choice(rows, PlanFactLabels.LOCAL_AUTHORITY, true, facts,
                PlanFactsReader::localAuthority);
        facts.category = choice(rows, PlanFactLabels.CATEGORY, true, facts,
                text -> byName(text, Category.values(), Category::messageKey,
                        Category::fromFormValue));
        facts.reportPublished = date(rows, PlanFactLabels.REPORT_PUBLISHED, true, facts);
        facts.directedDeadline = date(rows, PlanFactLabels.DIRECTED_DEADLINE, false, facts);
        facts.directionReference = optionalText(rows, PlanFactLabels.DIRECTION_REFERENCE);
        facts.focusedImprovementHorizon = date(rows, PlanFactLabels.HORIZON, false, facts);
        facts.language = choice(rows, PlanFactLabels.LANGUAGE, true, facts,
                text -> byName(text, PlanLanguage.values(), PlanLanguage::messageKey,
                        PlanLanguage::fromFormValue));
        HalfTermReading reading = choice(rows, PlanFactLabels.HALF_TERM_READING, false, facts,
                text -> byName(text, HalfTermReading.values(), HalfTermReading::messageKey,
                        HalfTermReading::fromFormValue));
        if (reading != null) {
            facts.halfTermReading = reading;
        }
        facts.draftSentToEstyn = date(rows, PlanFactLabels.DRAFT_SENT, false, facts);
        facts.planStatus = planStatus(rows.get(PlanFactLabels.PLAN_STATUS));

        if (facts.settingType != null && facts.category != null
                && !facts.category.appliesTo(facts.settingType)) {
            facts.problems.add(FieldError.of(PlanFactLabels.CATEGORY,
                    READER + "category-mismatch"));
        }
        return facts.build();
    }

    /** Maps each known label key to its value cell, first row winning. */
    private static Map<String, Element> findRows(StorageDocument document) {
        List<Element> blocks = document.macros("details");
        Map<String, Element> best = new HashMap<>();
        for (Element block : blocks) {
            Map<String, Element> rows = rowsOf(block);
            boolean ours = PlanFactLabels.DETAILS_ID.equals(parameter(block, "id"));
            if (ours && !rows.isEmpty()) {
                return rows;
            }
            if (best.isEmpty()) {
                best = rows;
            }
        }
        return best;
    }

    private static Map<String, Element> rowsOf(Element block) {
        Map<String, Element> rows = new HashMap<>();
        for (Element row : block.getElementsByTag("tr")) {
            List<Element> cells = row.children().stream()
                    .filter(c -> c.tagName().equals("th") || c.tagName().equals("td")).toList();
            if (cells.size() < 2) {
                continue;
            }
            labelKey(StorageDocument.visibleText(cells.get(0)))
                    .ifPresent(key -> rows.putIfAbsent(key, cells.get(1)));
        }
        return rows;
    }

    private static Optional<String> labelKey(String label) {
        for (String part : parts(label)) {
            for (String key : PlanFactLabels.ALL) {
                for (Messages messages : LANGUAGES) {
                    if (fold(messages.text(key)).equals(part)) {
                        return Optional.of(key);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static String parameter(Element macro, String name) {
        for (Element parameter : macro.getElementsByTag("ac:parameter")) {
            if (parameter.parent() == macro && name.equals(parameter.attr("ac:name"))) {
                return parameter.text().trim();
            }
        }
        return "";
    }

    private static String required(Map<String, Element> rows, String key,
            PlanFactsReading.Builder facts) {
        String text = optionalText(rows, key);
        if (text == null) {
            facts.problems.add(FieldError.of(key, READER + "missing"));
        }
        return text;
    }

    private static String optionalText(Map<String, Element> rows, String key) {
        Element cell = rows.get(key);
        String text = cell == null ? "" : StorageDocument.visibleText(cell);
        return text.isEmpty() ? null : text;
    }

    private static <T> T choice(Map<String, Element> rows, String key, boolean required,
            PlanFactsReading.Builder facts, Function<String, Optional<T>> lookup) {
        String text = optionalText(rows, key);
        if (text == null) {
            if (required) {
                facts.problems.add(FieldError.of(key, READER + "missing"));
            }
            return null;
        }
        Optional<T> value = lookup.apply(text);
        if (value.isEmpty()) {
            facts.problems.add(FieldError.of(key, READER + "unknown-value", text));
        }
        return value.orElse(null);
    }

    private static LocalDate date(Map<String, Element> rows, String key, boolean required,
            PlanFactsReading.Builder facts) {
        Element cell = rows.get(key);
        Element time = cell == null ? null : cell.getElementsByTag("time").first();
        if (time != null) {
            String datetime = time.attr("datetime").trim();
            try {
                return LocalDate.parse(datetime);
            } catch (DateTimeParseException invalid) {
                facts.problems.add(FieldError.of(key, READER + "invalid-date", datetime));
                return null;
            }
        }
        String text = optionalText(rows, key);
        if (text == null) {
            if (required) {
                facts.problems.add(FieldError.of(key, READER + "missing"));
            }
            return null;
        }
        Optional<LocalDate> typed = DateInput.parse(text);
        if (typed.isEmpty()) {
            facts.problems.add(FieldError.of(key, READER + "invalid-date", text));
        }
        return typed.orElse(null);
    }

    private static String planStatus(Element cell) {
        if (cell == null) {
            return null;
        }
        for (Element macro : cell.getElementsByTag("ac:structured-macro")) {
            if ("status".equalsIgnoreCase(macro.attr("ac:name"))) {
                String title = parameter(macro, "title");
                return title.isEmpty() ? null : title;
            }
        }
        String text = StorageDocument.visibleText(cell);
        return text.isEmpty() ? null : text;
    }

    private static Optional<LocalAuthority> localAuthority(String text) {
        Optional<LocalAuthority> whole = LocalAuthority.fromFormValue(text);
        if (whole.isPresent()) {
            return whole;
        }
        for (String part : text.split("/")) {
            Optional<LocalAuthority> found = LocalAuthority.fromFormValue(part);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** Finds the constant whose form value or display name in either language matches. */
    private static <T> Optional<T> byName(String text, T[] values, Function<T, String> nameKey,
            Function<String, Optional<T>> fromFormValue) {
        Optional<T> byFormValue = fromFormValue.apply(text);
        if (byFormValue.isPresent()) {
            return byFormValue;
        }
        List<String> wanted = parts(text);
        for (T value : values) {
            for (Messages messages : LANGUAGES) {
                if (wanted.contains(fold(messages.text(nameKey.apply(value))))) {
                    return Optional.of(value);
                }
            }
        }
        return Optional.empty();
    }

    /** Splits a bilingual "Welsh / English" text into folded halves, plus the whole text. */
    private static List<String> parts(String text) {
        List<String> parts = new ArrayList<>();
        parts.add(fold(text));
        for (String half : text.split("/")) {
            parts.add(fold(half));
        }
        return parts;
    }

    /**
     * Folds case, accents, spacing, curly apostrophes and a trailing colon, so "Setting:"
     * matches "setting" and the editor's "cyhoeddi\u2019r" matches "cyhoeddi'r".
     */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "")
                .replace('\u00a0', ' ')
                .replaceAll("[\u2018\u2019\u02bc]", "'")
                .replaceAll("\\s+", " ")
                .replaceAll("[\\s:]+$", "")
                .trim()
                .toLowerCase(Locale.ROOT);
    }
}
