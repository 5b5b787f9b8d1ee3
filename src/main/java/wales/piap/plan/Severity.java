package wales.piap.plan;

import java.util.Locale;

/**
 * Seriousness of a validation finding, most serious first.
 *
 * <p>A plan is complete when it has no finding of a blocking severity; {@link #WEAK} findings
 * are advice that the report still shows.
 */
public enum Severity {
    /** A required part is absent, empty, instructional text or a stand-in such as "TBC". */
    MISSING(true),
    /** Content that the parser could not read, with the reason in the message. */
    UNREADABLE(true),
    /** Dates that do not parse, fall outside the plan's period or run out of order. */
    INCONSISTENT(true),
    /** Present, but vague: for example success criteria with quantifiers and no figures. */
    WEAK(false);

    private final boolean blocking;

    Severity(boolean blocking) {
        this.blocking = blocking;
    }

    /** Tells whether a finding of this severity keeps the plan from being complete. */
    public boolean blocking() {
        return blocking;
    }

    /** Returns the i18n key of this severity's label, such as {@code piap.validation.severity.missing}. */
    public String messageKey() {
        return "piap.validation.severity." + name().toLowerCase(Locale.ROOT);
    }
}
