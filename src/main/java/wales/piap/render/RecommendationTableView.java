package wales.piap.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import wales.piap.plan.ActionRow;
import wales.piap.plan.Field;
import wales.piap.plan.Finding;
import wales.piap.plan.RecommendationContent;
import wales.piap.plan.Severity;

/**
 * Builds the view model of the recommendation table macro: one recommendation's actions with
 * the completeness of each required field, a RAG status and the next milestone.
 *
 * <p>RAG is about completeness, not progress: red when a required part is missing or
 * unreadable, amber when dates are inconsistent or a part is weak, green otherwise. It is
 * written as text as well as colour. Stateless and thread-safe.
 */
public final class RecommendationTableView {

    /** The template this view model is for. */
    public static final String TEMPLATE = "templates/recommendation-table.vm";

    /** The per-action fields shown, each with the finding fields that count against it. */
    private static final Map<Field, List<Field>> SHOWN_FIELDS = shownFields();

    private RecommendationTableView() {
    }

    /**
     * Returns the template context for one recommendation page.
     *
     * @param page the parsed page
     * @param findings the validator's findings for that page
     * @param today the date milestones are compared with, in the plan's time zone
     * @param messages text in the reader's language
     */
    public static Map<String, Object> build(RecommendationContent page, List<Finding> findings,
            LocalDate today, Messages messages) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("lang", FindingText.lang(messages));
        context.put("table", table(page, findings, today, messages));
        return context;
    }

    /** Returns the table map of one recommendation; the plan summary reuses it. */
    static Map<String, Object> table(RecommendationContent page, List<Finding> findings,
            LocalDate today, Messages messages) {
        String reference = page.reference();
        Map<String, Object> table = new LinkedHashMap<>();
        table.put("reference", reference);
        table.put("caption", messages.text("piap.validation.table.caption", reference));
        table.put("text", FindingText.shorten(page.text().text()));
        table.put("columns", List.of(
                messages.text("piap.validation.table.column.reference"),
                messages.text("piap.validation.table.column.action"),
                messages.text("piap.validation.table.column.fields"),
                messages.text("piap.validation.table.column.rag"),
                messages.text("piap.validation.table.column.nextMilestone")));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ActionRow action : page.actions()) {
            rows.add(row(action, findings, today, messages));
        }
        table.put("rows", rows);
        table.put("hasActions", !rows.isEmpty());
        table.put("noActionsText", messages.text("piap.validation.table.noActions"));
        List<Map<String, Object>> general = new ArrayList<>();
        for (Finding finding : findings) {
            if (finding.reference().equals(reference)) {
                general.add(FindingText.row(finding, messages));
            }
        }
        table.put("recommendationFindings", general);
        table.put("hasRecommendationFindings", !general.isEmpty());
        putRag(table, findings, messages);
        table.put("nextMilestone", nextMilestone(page.actions(), today, messages));
        return table;
    }

    /** Puts {@code rag} (text) and {@code ragClass} for {@code findings}. */
    static void putRag(Map<String, Object> target, List<Finding> findings, Messages messages) {
        String rag = "green";
        for (Finding finding : findings) {
            if (finding.severity() == Severity.MISSING
                    || finding.severity() == Severity.UNREADABLE) {
                rag = "red";
                break;
            }
            rag = "amber";
        }
        target.put("rag", messages.text("piap.validation.rag." + rag));
        target.put("ragClass", "piap-rag-" + rag);
    }

    /** Returns the earliest milestone on or after {@code today}, as text. */
    static String nextMilestone(List<ActionRow> actions, LocalDate today, Messages messages) {
        Optional<LocalDate> next = actions.stream()
                .flatMap(action -> action.timescale().dates().stream())
                .filter(date -> !date.isBefore(today))
                .min(LocalDate::compareTo);
        return next.map(date -> DateText.format(date, messages.locale()))
                .orElseGet(() -> messages.text("piap.validation.table.noMilestone"));
    }

    private static Map<String, Object> row(ActionRow action, List<Finding> findings,
            LocalDate today, Messages messages) {
        List<Finding> own = findings.stream()
                .filter(finding -> finding.reference().equals(action.reference())).toList();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("reference", action.reference());
        row.put("action", FindingText.shorten(action.action().text()));
        List<Map<String, Object>> fields = new ArrayList<>();
        for (Map.Entry<Field, List<Field>> shown : SHOWN_FIELDS.entrySet()) {
            fields.add(fieldState(shown.getKey(), shown.getValue(), own, messages));
        }
        row.put("fields", fields);
        putRag(row, own, messages);
        row.put("nextMilestone", nextMilestone(List.of(action), today, messages));
        return row;
    }

    private static Map<String, Object> fieldState(Field field, List<Field> counted,
            List<Finding> own, Messages messages) {
        Optional<Finding> worst = own.stream()
                .filter(finding -> counted.contains(finding.field()))
                .min((a, b) -> a.severity().compareTo(b.severity()));
        String label = messages.text(field.messageKey());
        String state = worst.map(f -> messages.text(f.severity().messageKey()))
                .orElseGet(() -> messages.text("piap.validation.state.complete"));
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("text", messages.text("piap.validation.table.fieldState", label, state));
        map.put("stateClass", worst.map(f -> "piap-severity-"
                + f.severity().name().toLowerCase(Locale.ROOT)).orElse("piap-severity-none"));
        return map;
    }

    private static Map<Field, List<Field>> shownFields() {
        Map<Field, List<Field>> fields = new LinkedHashMap<>();
        fields.put(Field.ACTION, List.of(Field.ACTION));
        fields.put(Field.LEAD, List.of(Field.LEAD));
        fields.put(Field.SUPPORT, List.of(Field.SUPPORT));
        fields.put(Field.TIMESCALE, List.of(Field.TIMESCALE, Field.MILESTONE));
        fields.put(Field.RESOURCES, List.of(Field.RESOURCES));
        fields.put(Field.MONITORING, List.of(Field.MONITORING, Field.MONITORING_WHO,
                Field.MONITORING_WHEN, Field.MONITORING_HOW));
        return fields;
    }
}
