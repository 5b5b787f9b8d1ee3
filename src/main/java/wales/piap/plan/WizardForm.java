package wales.piap.plan;

import java.lang.reflect.Array;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * Reads the plan wizard's form values into a {@link WizardInput}, or into field errors that
 * name the field, the value and the fix. The wizard script checks the same rules in the
 * browser; this class is the authority, because a page can be created without the script.
 *
 * <p>Values may be strings, string arrays or collections (joined with line breaks), as form
 * posts and blueprint contexts carry them. A report publication date is accepted from
 * 1 September 2014, when the 20-working-day rule began, to one year after today (in
 * Europe/London), since a plan can be started before the report is out. A directed deadline
 * must be from the publication date to two years after it, and a direction reference needs
 * a directed deadline. A focused-improvement horizon is kept only for the focused
 * improvement category. Stateless and thread-safe.
 */
public final class WizardForm {

    /** Maximum length of a setting name, in characters (Confluence's limit for a title). */
    public static final int MAX_SETTING_NAME = 255;
    /** Maximum length of a direction reference, in characters. */
    public static final int MAX_DIRECTION_REFERENCE = 255;
    /** Most recommendations accepted; real reports have four to six. */
    public static final int MAX_RECOMMENDATIONS = 30;

    /** Time zone of the date that counts as today: the plans are for settings in Wales. */
    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private static final int MAX_ECHO = 60;
    private static final String ERROR = "piap.blueprint.error.";

    private WizardForm() {
    }

    /**
     * Parses {@code form} with today's date from the system clock; never throws for bad
     * values, which come back as errors.
     */
    public static WizardResult parse(Map<String, ?> form) {
        return parse(form, Clock.system(ZONE));
    }

    /**
     * Parses {@code form}, taking today's date from {@code clock} as a date in {@link #ZONE}
     * (the clock's own zone is not used); never throws for bad values.
     */
    public static WizardResult parse(Map<String, ?> form, Clock clock) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZONE);
        List<FieldError> errors = new ArrayList<>();

        String settingName = settingName(value(form, WizardField.SETTING_NAME), errors);
        SettingType type = choice(form, WizardField.SETTING_TYPE, "setting-type",
                SettingType::fromFormValue, errors);
        LocalAuthority authority = choice(form, WizardField.LOCAL_AUTHORITY, "local-authority",
                LocalAuthority::fromFormValue, errors);
        Category category = choice(form, WizardField.CATEGORY, "category",
                Category::fromFormValue, errors);
        if (type != null && category != null && !category.appliesTo(type)) {
            String key = category == Category.FOCUSED_IMPROVEMENT
                    ? "category.needs-non-maintained" : "category.needs-school";
            errors.add(FieldError.of(WizardField.CATEGORY, ERROR + key));
        }

        LocalDate published = WizardDates.published(form, today, errors);
        LocalDate directed = WizardDates.directedDeadline(form, published, errors);
        String reference = directionReference(value(form, WizardField.DIRECTION_REFERENCE),
                isBlank(value(form, WizardField.DIRECTED_DEADLINE)), errors);
        LocalDate horizon = category == Category.FOCUSED_IMPROVEMENT
                ? WizardDates.horizon(form, published, errors) : null;

        PlanLanguage language = choice(form, WizardField.PLAN_LANGUAGE, "plan-language",
                PlanLanguage::fromFormValue, errors);
        HalfTermReading reading = halfTermReading(value(form, WizardField.HALF_TERM_READING),
                errors);
        List<String> recommendations = recommendations(value(form, WizardField.RECOMMENDATIONS),
                errors);

        if (!errors.isEmpty()) {
            return WizardResult.failed(errors);
        }
        PlanFacts facts = new PlanFacts(settingName, type, authority, category, published,
                directed, reference, language, null, horizon, reading);
        return WizardResult.of(new WizardInput(facts, recommendations));
    }

    /** Returns the form value of {@code field} as one string; null when absent. */
    static String value(Map<String, ?> form, String field) {
        Object raw = form == null ? null : form.get(field);
        if (raw == null) {
            return null;
        }
        if (raw instanceof String text) {
            return text;
        }
        if (raw.getClass().isArray()) {
            StringJoiner joined = new StringJoiner("\n");
            for (int i = 0; i < Array.getLength(raw); i++) {
                joined.add(String.valueOf(Array.get(raw, i)));
            }
            return joined.toString();
        }
        if (raw instanceof Collection<?> values) {
            StringJoiner joined = new StringJoiner("\n");
            values.forEach(v -> joined.add(String.valueOf(v)));
            return joined.toString();
        }
        return raw.toString();
    }

    private static boolean isBlank(String text) {
        return text == null || text.strip().isEmpty();
    }

    /** Shortens a user's value for quoting in a message. */
    static String echo(String text) {
        String stripped = text.strip();
        if (stripped.length() <= MAX_ECHO) {
            return stripped;
        }
        return stripped.substring(0, MAX_ECHO) + "\u2026";
    }

    private static String settingName(String raw, List<FieldError> errors) {
        if (isBlank(raw)) {
            errors.add(FieldError.of(WizardField.SETTING_NAME,
                    ERROR + "setting-name.missing"));
            return null;
        }
        String name = raw.strip();
        if (name.length() > MAX_SETTING_NAME) {
            errors.add(FieldError.of(WizardField.SETTING_NAME, ERROR + "setting-name.too-long",
                    name.length(), MAX_SETTING_NAME));
            return null;
        }
        return name;
    }

    private static <T> T choice(Map<String, ?> form, String field, String keyPart,
            Function<String, Optional<T>> lookup, List<FieldError> errors) {
        String raw = value(form, field);
        if (isBlank(raw)) {
            errors.add(FieldError.of(field, ERROR + keyPart + ".missing"));
            return null;
        }
        Optional<T> found = lookup.apply(raw.strip());
        if (found.isEmpty()) {
            errors.add(FieldError.of(field, ERROR + keyPart + ".unknown", echo(raw)));
            return null;
        }
        return found.get();
    }

    private static String directionReference(String raw, boolean deadlineBlank,
            List<FieldError> errors) {
        if (isBlank(raw)) {
            return null;
        }
        String reference = raw.strip();
        if (deadlineBlank) {
            errors.add(FieldError.of(WizardField.DIRECTION_REFERENCE,
                    ERROR + "direction-reference.without-deadline", echo(reference)));
            return null;
        }
        if (reference.length() > MAX_DIRECTION_REFERENCE) {
            errors.add(FieldError.of(WizardField.DIRECTION_REFERENCE,
                    ERROR + "direction-reference.too-long", reference.length(),
                    MAX_DIRECTION_REFERENCE));
            return null;
        }
        return reference;
    }

    private static HalfTermReading halfTermReading(String raw, List<FieldError> errors) {
        if (isBlank(raw)) {
            return HalfTermReading.HALF_TERMS_COUNT;
        }
        Optional<HalfTermReading> reading = HalfTermReading.fromFormValue(raw);
        if (reading.isEmpty()) {
            errors.add(FieldError.of(WizardField.HALF_TERM_READING,
                    ERROR + "half-term-reading.unknown", echo(raw)));
            return null;
        }
        return reading.get();
    }

    private static List<String> recommendations(String raw, List<FieldError> errors) {
        List<String> cleaned = RecommendationList.clean(raw);
        if (cleaned.isEmpty()) {
            errors.add(FieldError.of(WizardField.RECOMMENDATIONS,
                    ERROR + "recommendations.missing"));
            return cleaned;
        }
        if (cleaned.size() > MAX_RECOMMENDATIONS) {
            errors.add(FieldError.of(WizardField.RECOMMENDATIONS,
                    ERROR + "recommendations.too-many", cleaned.size(), MAX_RECOMMENDATIONS));
        }
        for (int i = 0; i < cleaned.size(); i++) {
            int length = cleaned.get(i).length();
            if (length > RecommendationList.MAX_LENGTH) {
                errors.add(FieldError.of(WizardField.RECOMMENDATIONS,
                        ERROR + "recommendation.too-long", "R" + (i + 1), length,
                        RecommendationList.MAX_LENGTH));
            }
        }
        return cleaned;
    }
}
