package wales.piap.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import wales.piap.calendar.Confidence;
import wales.piap.calendar.Deadline;
import wales.piap.calendar.DeadlineState;
import wales.piap.plan.PlanFacts;

/**
 * Builds the view model of the deadline banner ({@value #TEMPLATE}): one panel per language of
 * the plan, Welsh first for bilingual plans, each with its state in words as well as colour.
 *
 * <p>Every value is plain text that the renderer escapes; nothing is markup. Thread-safe when
 * the messages function is.
 */
public final class DeadlineBannerView {

    /** Class-path path of the banner template. */
    public static final String TEMPLATE = "templates/deadline-banner.vm";

    private static final String PREFIX = "piap.deadline.";

    private final Function<Locale, Messages> messagesForLocale;

    /** Creates a view whose text comes from {@code messagesForLocale}, such as Messages::forLocale. */
    public DeadlineBannerView(Function<Locale, Messages> messagesForLocale) {
        this.messagesForLocale = Objects.requireNonNull(messagesForLocale, "messagesForLocale");
    }

    /**
     * Builds the template context for {@code facts} and their {@code deadline}: a list
     * "panels" with one panel per locale of the plan's language, and "bilingual".
     */
    public Map<String, Object> build(PlanFacts facts, Deadline deadline) {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(deadline, "deadline");
        List<Map<String, Object>> panels = new ArrayList<>();
        for (Locale locale : facts.language().locales()) {
            panels.add(panel(facts, deadline, messagesForLocale.apply(locale)));
        }
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("panels", panels);
        context.put("bilingual", panels.size() > 1);
        return context;
    }

    /** Builds one panel of the banner in the language of {@code messages}. */
    public static Map<String, Object> panel(PlanFacts facts, Deadline deadline,
            Messages messages) {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(messages, "messages");
        Text text = new Text(messages);
        String stateKey = stateKey(deadline.state());
        Map<String, Object> panel = new LinkedHashMap<>();
        panel.put("lang", messages.locale().getLanguage());
        panel.put("stateClass", stateKey);
        panel.put("auiType", auiType(deadline.state()));
        panel.put("heading", text.get("heading", facts.settingName()));
        panel.put("stateLabel", text.get("state-label", text.get("state." + stateKey)));
        panel.put("summary", summary(facts, deadline, text));
        List<String> warnings = warnings(facts, deadline, text);
        panel.put("warnings", warnings);
        panel.put("hasWarnings", !warnings.isEmpty());
        panel.put("details", details(facts, deadline, text));
        return panel;
    }

    private static String summary(PlanFacts facts, Deadline deadline, Text text) {
        LocalDate due = deadline.dueDate();
        switch (deadline.state()) {
            case NOT_YET_PUBLISHED:
                return due == null
                        ? text.get("summary.not-yet-published-no-date",
                                text.date(deadline.reportPublished()))
                        : text.get("summary.not-yet-published",
                                text.date(deadline.reportPublished()), text.date(due));
            case ON_TRACK:
            case DUE_SOON:
                return text.get("summary.days-left", text.date(due), deadline.workingDaysLeft());
            case DUE_TODAY:
                return text.get("summary.due-today", text.date(due));
            case OVERDUE:
                return deadline.workingDaysOverdue() == null
                        ? text.get("summary.overdue-no-count", text.date(due))
                        : text.get("summary.overdue", text.date(due),
                                deadline.workingDaysOverdue());
            case SENT_TO_ESTYN:
                return sentSummary(deadline, text);
            default:
                return text.get("summary.outside-calendar", text.date(deadline.firstUnknownDate()),
                        facts.localAuthority().displayName(text.locale()));
        }
    }

    private static String sentSummary(Deadline deadline, Text text) {
        String sent = text.date(deadline.draftSentToEstyn());
        Boolean onTime = deadline.sentOnTime();
        if (onTime == null) {
            return text.get("summary.sent", sent);
        }
        String key = onTime ? "summary.sent-on-time" : "summary.sent-late";
        return text.get(key, sent, text.date(deadline.dueDate()));
    }

    private static List<String> warnings(PlanFacts facts, Deadline deadline, Text text) {
        List<String> warnings = new ArrayList<>();
        if (deadline.directedLaterThanComputed()) {
            warnings.add(text.get("warning.directed-later",
                    text.date(facts.directedDeadline()), text.date(deadline.computedDate())));
        }
        if (deadline.outsideCalendar() && deadline.state() != DeadlineState.OUTSIDE_CALENDAR) {
            warnings.add(text.get("warning.count-outside-calendar",
                    text.date(deadline.firstUnknownDate()),
                    facts.localAuthority().displayName(text.locale())));
        }
        if (deadline.calendarConfidence() == Confidence.LOW) {
            warnings.add(text.get("warning.low-confidence",
                    facts.localAuthority().displayName(text.locale())));
        }
        return warnings;
    }

    private static List<String> details(PlanFacts facts, Deadline deadline, Text text) {
        List<String> details = new ArrayList<>();
        details.add(text.get("detail.published", text.date(deadline.reportPublished())));
        if (deadline.directed()) {
            String reference = deadline.directionReference() == null
                    || deadline.directionReference().isBlank()
                    ? text.get("detail.no-reference") : deadline.directionReference();
            details.add(text.get("detail.directed", text.date(deadline.dueDate()), reference));
            if (deadline.computedDate() != null) {
                details.add(text.get("detail.directed-computed",
                        text.date(deadline.computedDate())));
            }
        }
        details.add(text.get("detail.rule"));
        details.add(text.get("detail.reading." + deadline.reading().formValue()));
        if (deadline.otherReadingDiffers()) {
            details.add(text.get("detail.other-reading." + deadline.otherReading().formValue(),
                    text.date(deadline.otherReadingDate())));
        }
        details.add(text.get("detail.category",
                text.get("category." + facts.category().formValue())));
        LocalDate horizon = deadline.improvementHorizon();
        details.add(horizon == null ? text.get("detail.horizon-not-set")
                : text.get("detail.horizon", text.date(horizon)));
        return details;
    }

    private static String stateKey(DeadlineState state) {
        return state.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String auiType(DeadlineState state) {
        switch (state) {
            case OVERDUE:
                return "error";
            case DUE_SOON:
            case DUE_TODAY:
            case OUTSIDE_CALENDAR:
                return "warning";
            case ON_TRACK:
            case SENT_TO_ESTYN:
                return "success";
            default:
                return "info";
        }
    }

    /** Looks up banner keys and formats dates in one locale. */
    private static final class Text {

        private final Messages messages;

        Text(Messages messages) {
            this.messages = messages;
        }

        String get(String key, Object... args) {
            return messages.text(PREFIX + key, args);
        }

        String date(LocalDate date) {
            return DateText.format(date, messages.locale());
        }

        Locale locale() {
            return messages.locale();
        }
    }
}
