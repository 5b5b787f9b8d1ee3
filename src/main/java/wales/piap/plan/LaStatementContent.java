package wales.piap.plan;

import java.util.Map;
import java.util.Objects;

/**
 * Content the parser read from the local authority statement page.
 *
 * <p>Immutable. Maps iterate in page order.
 *
 * @param pageId Confluence id of the page, or an empty string
 * @param pageTitle title of the page, or an empty string
 * @param capacity the authority's assessment of the school's capacity to carry out the plan
 * @param actionsByRecommendation the authority's actions, keyed by recommendation ("R1")
 * @param unassignedActions text in the actions section that names no recommendation
 * @param powers the authority's decision on each power it addresses
 * @param noPowersStatement a statement that no power will be used, with its reasons, or
 *     {@link CellContent#EMPTY}
 * @param parents the section on informing parents and carers
 * @param problems findings for content that could not be read
 */
public record LaStatementContent(
        String pageId,
        String pageTitle,
        CellContent capacity,
        Map<String, CellContent> actionsByRecommendation,
        CellContent unassignedActions,
        Map<InterventionPower, CellContent> powers,
        CellContent noPowersStatement,
        ParentsContent parents,
        java.util.List<Finding> problems) {

    /** Copies the collections, keeping their order, and rejects nulls. */
    public LaStatementContent {
        pageId = pageId == null ? "" : pageId;
        pageTitle = pageTitle == null ? "" : pageTitle;
        Objects.requireNonNull(capacity, "capacity");
        actionsByRecommendation = java.util.Collections.unmodifiableMap(
                new java.util.LinkedHashMap<>(actionsByRecommendation));
        Objects.requireNonNull(unassignedActions, "unassignedActions");
        powers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(powers));
        Objects.requireNonNull(noPowersStatement, "noPowersStatement");
        Objects.requireNonNull(parents, "parents");
        problems = java.util.List.copyOf(problems);
    }
}
