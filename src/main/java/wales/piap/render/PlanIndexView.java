package wales.piap.render;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import wales.piap.calendar.DeadlineCalculator;
import wales.piap.calendar.StoredDeadline;
import wales.piap.plan.Category;
import wales.piap.plan.LocalAuthority;
import wales.piap.plan.PlanStatus;

/**
 * Builds the view model of the plan index macro from plan status snapshots.
 *
 * <p>Holds no state between calls; every method is thread-safe.
 */
public final class PlanIndexView {

    /** Sort orders of the index, by macro parameter value. */
    public enum Sort {
        DEADLINE("deadline"), SETTING("setting"), LOCAL_AUTHORITY("local-authority");

        private final String formValue;

        Sort(String formValue) {
            this.formValue = formValue;
        }

        /** Finds the sort order named {@code value}; empty when none. */
        public static Optional<Sort> fromFormValue(String value) {
            for (Sort sort : values()) {
                if (sort.formValue.equals(value)) {
                    return Optional.of(sort);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * One plan the viewer may see.
     *
     * @param title title of the plan home page
     * @param url absolute or host-relative link to it
     * @param status its snapshot, or null when none has been stored yet
     */
    public record Entry(String title, String url, PlanStatus status) {
    }

    private PlanIndexView() {
    }

    /**
     * Returns the template context: one row map per entry, sorted, with the first
     * {@code pageSize} rows marked visible and a note when {@code truncated} is true because more plans
     * exist than were read.
     */
    public static Map<String, Object> build(List<Entry> entries, Sort sort, int pageSize,
            boolean truncated, boolean staticOutput, LocalDate today, Messages messages) {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(comparator(sort, messages.locale()));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Map<String, Object> row = row(sorted.get(i), today, messages);
            row.put("visible", staticOutput || i < pageSize);
            rows.add(row);
        }
        Map<String, Object> context = new HashMap<>();
        context.put("rows", rows);
        context.put("count", rows.size());
        context.put("hiddenCount", staticOutput ? 0 : Math.max(0, rows.size() - pageSize));
        context.put("lang", messages.locale().getLanguage());
        context.put("heading", messages.text("piap.index.heading"));
        context.put("emptyText", messages.text("piap.index.empty"));
        context.put("countText", messages.text("piap.index.count", rows.size()));
        context.put("showMoreText",
                messages.text("piap.index.show-more", Math.max(0, rows.size() - pageSize)));
        context.put("truncatedText", truncated ? messages.text("piap.index.truncated") : "");
        context.put("columns", List.of(
                messages.text("piap.index.column.setting"),
                messages.text("piap.index.column.local-authority"),
                messages.text("piap.index.column.category"),
                messages.text("piap.index.column.due"),
                messages.text("piap.index.column.deadline-state"),
                messages.text("piap.index.column.validation"),
                messages.text("piap.index.column.review")));
        return context;
    }

    private static Map<String, Object> row(Entry entry, LocalDate today, Messages messages) {
        Map<String, Object> row = new HashMap<>();
        PlanStatus status = entry.status();
        row.put("title", entry.title());
        row.put("url", entry.url());
        if (status == null) {
            row.put("setting", entry.title());
            row.put("localAuthority", "");
            row.put("category", "");
            row.put("due", "");
            row.put("deadlineState", messages.text("piap.index.no-status"));
            row.put("deadlineClass", "none");
            row.put("validation", messages.text("piap.index.no-status"));
            row.put("validationClass", "none");
            row.put("review", "");
            return row;
        }
        Locale locale = messages.locale();
        row.put("setting", status.settingName());
        row.put("localAuthority", LocalAuthority.fromFormValue(status.localAuthority())
                .map(la -> la.displayName(locale)).orElse(nullToEmpty(status.localAuthority())));
        row.put("category", Category.fromFormValue(status.category())
                .map(c -> messages.text(c.messageKey())).orElse(nullToEmpty(status.category())));
        row.put("due", parse(status.dueDate()).map(d -> DateText.format(d, locale))
                .orElse(messages.text("piap.index.due-unknown")));
        String current = StoredDeadline.currentState(status, today,
                DeadlineCalculator.DEFAULT_DUE_SOON_WINDOW);
        String state = current == null ? "unknown" : current;
        String stateKey = stateKey(state);
        row.put("deadlineState", "unknown".equals(stateKey)
                ? messages.text("piap.index.state.unknown")
                : messages.text("piap.deadline.state." + stateKey));
        row.put("deadlineClass", stateKey);
        if (status.complete()) {
            row.put("validation", messages.text("piap.index.validation.complete"));
            row.put("validationClass", "complete");
        } else {
            row.put("validation", messages.text("piap.index.validation.gaps",
                    status.missingCount() + status.inconsistentCount()
                            + status.unreadableCount(), status.weakCount()));
            row.put("validationClass", "gaps");
        }
        row.put("review", parse(status.draftSentToEstyn())
                .map(d -> messages.text("piap.index.review.sent", DateText.format(d, locale)))
                .orElse(messages.text("piap.index.review.not-sent")));
        return row;
    }

    private static String stateKey(String state) {
        switch (state) {
            case "not-yet-published":
            case "on-track":
            case "due-soon":
            case "due-today":
            case "overdue":
            case "sent-to-estyn":
            case "outside-calendar":
                return state;
            default:
                return "unknown";
        }
    }

    private static Comparator<Entry> comparator(Sort sort, Locale locale) {
        Comparator<Entry> bySetting = Comparator.comparing(
                e -> e.status() == null ? e.title() : e.status().settingName(),
                String.CASE_INSENSITIVE_ORDER);
        switch (sort) {
            case LOCAL_AUTHORITY:
                return Comparator.<Entry, String>comparing(e -> e.status() == null
                                ? "~" : LocalAuthority.fromFormValue(e.status().localAuthority())
                                .map(la -> la.displayName(locale)).orElse("~"))
                        .thenComparing(bySetting);
            case SETTING:
                return bySetting;
            default:
                return Comparator.<Entry, LocalDate>comparing(
                                e -> e.status() == null ? null
                                        : parse(e.status().dueDate()).orElse(null),
                                Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(bySetting);
        }
    }

    private static Optional<LocalDate> parse(String isoDate) {
        if (isoDate == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(isoDate));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
