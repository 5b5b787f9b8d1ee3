package wales.piap.render;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import wales.piap.plan.Finding;
import wales.piap.plan.Severity;

/**
 * Resolves findings into the text and CSS classes the templates show.
 *
 * <p>Severity is written as text and as a colour: the lozenge classes follow the AUI colours
 * Confluence uses for status (red for missing, yellow for inconsistent dates, blue for
 * unreadable content, grey for weak). Message arguments in ISO form (yyyy-MM-dd) are shown as
 * dates in the reader's language. Stateless and thread-safe.
 */
final class FindingText {

    /** Maximum length of text copied from a page into a view; longer text ends in "...". */
    static final int MAX_TEXT = 300;

    private FindingText() {
    }

    /** Returns the row map of one finding: severity, classes, reference, field and fix. */
    static Map<String, Object> row(Finding finding, Messages messages) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("severity", messages.text(finding.severity().messageKey()));
        row.put("severityClass", "piap-severity-" + finding.severity().name()
                .toLowerCase(Locale.ROOT));
        row.put("lozengeClass", lozengeClass(finding.severity()));
        row.put("reference", finding.reference());
        row.put("field", messages.text(finding.field().messageKey()));
        row.put("fix", fix(finding, messages));
        return row;
    }

    /** Returns the one-sentence fix of {@code finding} in the reader's language. */
    static String fix(Finding finding, Messages messages) {
        List<Object> arguments = new ArrayList<>();
        for (String argument : finding.arguments()) {
            arguments.add(dateOrText(argument, messages.locale()));
        }
        return messages.text(finding.messageKey(), arguments.toArray());
    }

    static String lozengeClass(Severity severity) {
        return switch (severity) {
            case MISSING -> "aui-lozenge-error";
            case INCONSISTENT -> "aui-lozenge-moved";
            case UNREADABLE -> "aui-lozenge-current";
            case WEAK -> "aui-lozenge-subtle";
        };
    }

    /** Returns the recommendation a reference belongs to: "R2" for "R2.3", "LA" for "LA". */
    static String recommendationOf(String reference) {
        int dot = reference.indexOf('.');
        String head = dot < 0 ? reference : reference.substring(0, dot);
        return head.replaceFirst("^(R\\d+)[a-z]$", "$1");
    }

    /** Cuts {@code text} to {@link #MAX_TEXT} characters, ending with an ellipsis if cut. */
    static String shorten(String text) {
        if (text.length() <= MAX_TEXT) {
            return text;
        }
        return text.substring(0, MAX_TEXT - 1).stripTrailing() + "\u2026";
    }

    /** Keeps only links a page may carry: host-relative paths and http(s) URLs. */
    static String safeLink(String url) {
        if (url == null) {
            return "";
        }
        String trimmed = url.trim();
        boolean relative = trimmed.startsWith("/") && !trimmed.startsWith("//");
        String lower = trimmed.toLowerCase(Locale.ROOT);
        boolean web = lower.startsWith("https://") || lower.startsWith("http://");
        return relative || web ? trimmed : "";
    }

    /** Returns the language code for the template's {@code lang} attribute. */
    static String lang(Messages messages) {
        return Messages.isWelsh(messages.locale()) ? "cy" : "en";
    }

    private static String dateOrText(String argument, Locale locale) {
        if (argument.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                return DateText.format(LocalDate.parse(argument), locale);
            } catch (DateTimeParseException notADate) {
                return argument;
            }
        }
        return argument;
    }
}
