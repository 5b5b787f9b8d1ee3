package wales.piap.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Collects the findings for one page, naming their message keys uniformly:
 * {@code piap.validation.fix.<field>.<variant>}, with the field in lower case and hyphens
 * ("piap.validation.fix.monitoring-who.weak"). Not thread-safe.
 */
final class FindingSink {

    private final String pageId;
    private final String pageTitle;
    private final List<Finding> findings = new ArrayList<>();

    FindingSink(String pageId, String pageTitle) {
        this.pageId = pageId;
        this.pageTitle = pageTitle;
    }

    static String messageKey(Field field, String variant) {
        return "piap.validation.fix." + field.name().toLowerCase(Locale.ROOT).replace('_', '-')
                + "." + variant;
    }

    void add(Severity severity, String reference, Field field, String variant,
            String... arguments) {
        findings.add(new Finding(severity, reference, field, messageKey(field, variant),
                List.of(arguments), pageId, pageTitle));
    }

    /** Adds a MISSING finding with the "missing" variant when {@code content} is missing. */
    boolean requirePresent(CellContent content, String reference, Field field) {
        if (TextRules.isMissing(content)) {
            add(Severity.MISSING, reference, field, "missing");
            return false;
        }
        return true;
    }

    void addAll(List<Finding> more) {
        findings.addAll(more);
    }

    List<Finding> findings() {
        return findings;
    }
}
