package wales.piap.plan;

import java.util.Arrays;
import java.util.Optional;

/**
 * Estyn follow-up category that requires a post-inspection action plan.
 *
 * <p>Special measures and significant improvement apply to maintained schools and pupil
 * referral units (Education Act 2005, sections 39 and 40); focused improvement applies to
 * non-maintained settings, where Estyn requires a plan although the law does not.
 */
public enum Category {
    SIGNIFICANT_IMPROVEMENT("significant-improvement", 1),
    SPECIAL_MEASURES("special-measures", 2),
    FOCUSED_IMPROVEMENT("focused-improvement", 0);

    private final String formValue;
    private final int horizonYears;

    Category(String formValue, int horizonYears) {
        this.formValue = formValue;
        this.horizonYears = horizonYears;
    }

    /** Returns the value used in wizard forms and macro parameters. */
    public String formValue() {
        return formValue;
    }

    /** Returns the i18n key of this category's display name. */
    public String messageKey() {
        return "piap.category." + formValue;
    }

    /**
     * Returns the years Estyn expects improvement to take (one for significant improvement,
     * two for special measures), or 0 for focused improvement, where Estyn sets the horizon.
     */
    public int horizonYears() {
        return horizonYears;
    }

    /** Tells whether a provider of {@code type} can be placed in this category. */
    public boolean appliesTo(SettingType type) {
        if (this == FOCUSED_IMPROVEMENT) {
            return type == SettingType.NON_MAINTAINED_SETTING;
        }
        return type != SettingType.NON_MAINTAINED_SETTING;
    }

    /** Finds the category whose form value equals {@code value} after trimming. */
    public static Optional<Category> fromFormValue(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String trimmed = value.trim();
        return Arrays.stream(values()).filter(c -> c.formValue.equals(trimmed)).findFirst();
    }
}
