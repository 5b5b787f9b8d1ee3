package wales.piap.plan;

import java.util.List;
import java.util.Objects;

/**
 * One problem found in a plan page, with what to do about it.
 *
 * <p>Immutable. The message is an i18n key with its arguments, so the same finding can be
 * shown in English and in Welsh; the sentence shows the reader how to fix the problem.
 *
 * @param severity how serious the problem is
 * @param reference where it is: "R2.3" for an action, "R2" for a recommendation, "LA" for the
 *     local authority statement
 * @param field the part of the page concerned
 * @param messageKey i18n key of a one-sentence fix, such as {@code piap.validation.fix.lead}
 * @param arguments the values the message names, as text (never null, may be empty)
 * @param pageId Confluence id of the page the finding came from, or an empty string
 * @param pageTitle title of that page, or an empty string
 */
public record Finding(
        Severity severity,
        String reference,
        Field field,
        String messageKey,
        List<String> arguments,
        String pageId,
        String pageTitle) {

    /** Checks that every part is present and copies the arguments. */
    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(messageKey, "messageKey");
        arguments = List.copyOf(arguments);
        pageId = pageId == null ? "" : pageId;
        pageTitle = pageTitle == null ? "" : pageTitle;
    }

    /** Returns the finding as "SEVERITY REF FIELD", the form the test corpus lists. */
    public String summary() {
        return severity + " " + reference + " " + field;
    }
}
