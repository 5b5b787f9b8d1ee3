package wales.piap.plan;

import java.util.List;
import java.util.Locale;

/**
 * Red, amber or green for an action or recommendation, from its findings: red when a required
 * part is missing or unreadable, amber when only weak or inconsistent parts remain, green when
 * nothing is found. It measures how complete the plan is, not how the work is progressing.
 */
public enum Rag {
    RED, AMBER, GREEN;

    /** Returns the status for {@code findings}; an empty list is green. */
    public static Rag of(List<Finding> findings) {
        Rag rag = GREEN;
        for (Finding finding : findings) {
            if (finding.severity() == Severity.MISSING
                    || finding.severity() == Severity.UNREADABLE) {
                return RED;
            }
            rag = AMBER;
        }
        return rag;
    }

    /** Returns the lower-case name used in JSON, CSS classes and i18n keys. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
