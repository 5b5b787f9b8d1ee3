package wales.piap.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import wales.piap.plan.Finding;

/**
 * Builds the view model of the validation macro from a plan's findings.
 *
 * <p>The plan is complete when no finding blocks it (see
 * {@link wales.piap.plan.Severity#blocking()}). Blocking findings are grouped by page and
 * then by recommendation, in the order found. Weak findings are listed the same way as
 * suggestions, also when the plan is complete. Stateless and thread-safe.
 */
public final class ValidationReportView {

    /** The template this view model is for. */
    public static final String TEMPLATE = "templates/validation-report.vm";

    private ValidationReportView() {
    }

    /**
     * Returns the template context.
     *
     * @param findings the plan's findings, in page order
     * @param pageLinks links to the pages by page id. A page whose link is missing, or is not
     *     a host-relative or http(s) URL, is shown without a link.
     * @param messages text in the reader's language
     */
    public static Map<String, Object> build(
            List<Finding> findings, Map<String, String> pageLinks, Messages messages) {
        List<Finding> blocking = findings.stream().filter(f -> f.severity().blocking()).toList();
        List<Finding> weak = findings.stream().filter(f -> !f.severity().blocking()).toList();
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("lang", FindingText.lang(messages));
        context.put("title", messages.text("piap.validation.report.title"));
        context.put("complete", blocking.isEmpty());
        context.put("statusText", blocking.isEmpty()
                ? messages.text("piap.validation.report.complete")
                : messages.text("piap.validation.report.incomplete",
                        String.valueOf(blocking.size())));
        context.put("groups", groups(blocking, pageLinks, messages));
        context.put("suggestions", groups(weak, pageLinks, messages));
        context.put("hasSuggestions", !weak.isEmpty());
        context.put("suggestionsTitle", messages.text("piap.validation.report.suggestions"));
        context.put("openPageText", messages.text("piap.validation.report.openPage"));
        context.put("columns", List.of(
                messages.text("piap.validation.report.column.severity"),
                messages.text("piap.validation.report.column.reference"),
                messages.text("piap.validation.report.column.field"),
                messages.text("piap.validation.report.column.fix")));
        return context;
    }

    private static List<Map<String, Object>> groups(
            List<Finding> findings, Map<String, String> pageLinks, Messages messages) {
        Map<String, Map<String, Object>> groups = new LinkedHashMap<>();
        for (Finding finding : findings) {
            String recommendation = FindingText.recommendationOf(finding.reference());
            String key = finding.pageId() + "\u0000" + recommendation;
            Map<String, Object> group = groups.computeIfAbsent(key,
                    k -> newGroup(finding, recommendation, pageLinks, messages));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> rows = (List<Map<String, Object>>) group.get("rows");
            rows.add(FindingText.row(finding, messages));
        }
        return new ArrayList<>(groups.values());
    }

    private static Map<String, Object> newGroup(Finding finding, String recommendation,
            Map<String, String> pageLinks, Messages messages) {
        String title = finding.pageTitle();
        if (title.isBlank()) {
            title = "LA".equals(recommendation)
                    ? messages.text("piap.validation.report.laStatement") : recommendation;
        }
        Map<String, Object> group = new LinkedHashMap<>();
        group.put("heading", FindingText.shorten(title));
        group.put("reference", recommendation);
        group.put("url", FindingText.safeLink(pageLinks.get(finding.pageId())));
        group.put("rows", new ArrayList<Map<String, Object>>());
        return group;
    }
}
