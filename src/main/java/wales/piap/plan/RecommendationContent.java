package wales.piap.plan;

import java.util.List;
import java.util.Objects;

/**
 * Content the parser read from one recommendation page.
 *
 * <p>Immutable. {@code problems} contains the {@link Severity#UNREADABLE} findings the parser
 * raised for content it could not read; the validator reports them with its own.
 *
 * @param pageId Confluence id of the page, or an empty string
 * @param pageTitle title of the page, or an empty string
 * @param reference the recommendation's reference, "R1", "R2", ..., or "R?" when the page,
 *     its title and its headings name no number
 * @param text the recommendation as published
 * @param successCriteria the recommendation-level success criteria section
 * @param actions the rows of every actions table on the page, in page order
 * @param parents the section on informing parents and carers
 * @param problems findings for content that could not be read
 */
public record RecommendationContent(
        String pageId,
        String pageTitle,
        String reference,
        CellContent text,
        CellContent successCriteria,
        List<ActionRow> actions,
        ParentsContent parents,
        List<Finding> problems) {

    /** Copies the lists and rejects nulls. */
    public RecommendationContent {
        pageId = pageId == null ? "" : pageId;
        pageTitle = pageTitle == null ? "" : pageTitle;
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(successCriteria, "successCriteria");
        actions = List.copyOf(actions);
        Objects.requireNonNull(parents, "parents");
        problems = List.copyOf(problems);
    }
}
