package wales.piap.plan;

import java.util.Arrays;
import java.util.Optional;

/**
 * How one-week half-terms are treated when counting working days.
 *
 * <p>The regulations exclude days in a school holiday "longer than a week". A Monday-to-Friday
 * half-term with its two weekends is nine calendar days off but one school week, and no
 * source settles which reading applies, so the plan records the reading and the banner shows
 * the date under the other reading too.
 */
public enum HalfTermReading {
    /** One-week half-terms are not longer than a week, so their weekdays count. The default. */
    HALF_TERMS_COUNT("half-terms-count"),
    /** One-week half-terms are treated as holidays longer than a week and are skipped. */
    HALF_TERMS_SKIPPED("half-terms-skipped");

    private final String formValue;

    HalfTermReading(String formValue) {
        this.formValue = formValue;
    }

    /** Returns the value used in forms, plan facts and macro parameters. */
    public String formValue() {
        return formValue;
    }

    /** Returns the i18n key of this reading's description. */
    public String messageKey() {
        return "piap.half-term-reading." + formValue;
    }

    /** Finds the reading whose form value equals {@code value} after trimming. */
    public static Optional<HalfTermReading> fromFormValue(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String trimmed = value.trim();
        return Arrays.stream(values()).filter(r -> r.formValue.equals(trimmed)).findFirst();
    }
}
