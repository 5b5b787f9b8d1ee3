package wales.piap.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import wales.piap.plan.Finding;
import wales.piap.plan.RecommendationContent;

/**
 * Builds the view model of the plan summary macro: a table per recommendation, or one row
 * per recommendation, rolled up from the recommendation pages.
 *
 * <p>Stateless and thread-safe.
 */
public final class PlanSummaryView {

    /** The template this view model is for. */
    public static final String TEMPLATE = "templates/plan-summary.vm";

    /** Layout of the recommendations in the summary, chosen by macro parameter. */
    public enum Layout {
        /** A table of actions per recommendation; the default. */
        TABLES,
        /** One row per recommendation. */
        ROWS;

        /**
         * Reads a macro parameter, ignoring case and surrounding spaces: "tables" or "rows",
         * with null or blank giving {@link #TABLES}. Returns empty for any other value, which
         * the macro rejects.
         */
        public static Optional<Layout> fromParameter(String value) {
            String trimmed = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
            return switch (trimmed) {
                case "", "tables" -> Optional.of(TABLES);
                case "rows" -> Optional.of(ROWS);
                default -> Optional.empty();
            };
        }
    }

    private PlanSummaryView() {
    }

    /**
     * Returns the template context.
     *
     * @param pages the recommendation pages in plan order
     * @param findings the validator's findings for the whole plan
     * @param pageLinks links to the pages by page id; unusable links are dropped
     * @param today the date milestones are compared with
     * @param layout tables or rows
     * @param messages text in the reader's language
     */
    public static Map<String, Object> build(List<RecommendationContent> pages,
            List<Finding> findings, Map<String, String> pageLinks, LocalDate today,
            Layout layout, Messages messages) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("lang", FindingText.lang(messages));
        context.put("title", messages.text("piap.validation.summary.title"));
        context.put("layoutRows", layout == Layout.ROWS);
        context.put("empty", pages.isEmpty());
        context.put("emptyText", messages.text("piap.validation.summary.empty"));
        context.put("columns", List.of(
                messages.text("piap.validation.summary.column.recommendation"),
                messages.text("piap.validation.summary.column.actions"),
                messages.text("piap.validation.summary.column.toFix"),
                messages.text("piap.validation.summary.column.suggestions"),
                messages.text("piap.validation.summary.column.rag"),
                messages.text("piap.validation.summary.column.nextMilestone")));
        List<Map<String, Object>> recommendations = new ArrayList<>();
        for (RecommendationContent page : pages) {
            List<Finding> own = findings.stream()
                    .filter(finding -> finding.pageId().equals(page.pageId())).toList();
            Map<String, Object> recommendation =
                    RecommendationTableView.table(page, own, today, messages);
            recommendation.put("url", FindingText.safeLink(pageLinks.get(page.pageId())));
            recommendation.put("actionCount", page.actions().size());
            recommendation.put("toFix", own.stream().filter(f -> f.severity().blocking())
                    .count());
            recommendation.put("suggestionCount", own.stream()
                    .filter(f -> !f.severity().blocking()).count());
            recommendations.add(recommendation);
        }
        context.put("recommendations", recommendations);
        return context;
    }
}
