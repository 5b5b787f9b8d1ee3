package wales.piap.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks an action's milestone dates against the plan's period.
 *
 * <p>A date must name a real day, fall after the report's publication, fall on or before
 * {@link PlanFacts#improvementHorizon()} and not come before the date written ahead of it.
 * A milestone written as a school term counts as a dated milestone. With a
 * {@link TermResolver} it becomes the term's first or last term day and is checked like a
 * typed date, and a term the school calendar does not contain is reported. Without a
 * resolver it is not checked. A timescale with text but no date is reported as unreadable,
 * quoting the text. Every date that names no real day is reported. Each other kind of problem
 * is reported once per action, for the first date that shows it. Dates are passed to messages in ISO form (yyyy-MM-dd) for the view to
 * format per language.
 */
final class MilestoneRules {

    /** Maximum characters of a timescale quoted in a finding, the ellipsis included. */
    static final int MAX_QUOTED = 80;

    private MilestoneRules() {
    }

    /**
     * Checks the timescale of {@code action}.
     *
     * @param facts the plan's facts, or null to skip the checks against publication and horizon
     * @param terms the resolver of term references, or null to leave them unchecked
     */
    static void check(ActionRow action, PlanFacts facts, TermResolver terms, FindingSink sink) {
        CellContent timescale = action.timescale();
        String reference = action.reference();
        for (String invalid : timescale.invalidDates()) {
            sink.add(Severity.INCONSISTENT, reference, Field.MILESTONE, "invalid", invalid);
        }
        if (timescale.dates().isEmpty() && timescale.termReferences().isEmpty()) {
            if (timescale.invalidDates().isEmpty()) {
                reportNoDate(timescale.text(), reference, sink);
            }
            return;
        }
        List<LocalDate> dates = datesInOrder(timescale, terms, reference, sink);
        if (facts != null) {
            LocalDate published = facts.reportPublished();
            dates.stream().filter(date -> !date.isAfter(published)).findFirst()
                    .ifPresent(date -> sink.add(Severity.INCONSISTENT, reference,
                            Field.MILESTONE, "beforePublication", date.toString(),
                            published.toString()));
            LocalDate horizon = facts.improvementHorizon();
            if (horizon != null) {
                dates.stream().filter(date -> date.isAfter(horizon)).findFirst()
                        .ifPresent(date -> sink.add(Severity.INCONSISTENT, reference,
                                Field.MILESTONE, "afterHorizon", date.toString(),
                                horizon.toString()));
            }
        }
        for (int i = 1; i < dates.size(); i++) {
            if (dates.get(i).isBefore(dates.get(i - 1))) {
                sink.add(Severity.INCONSISTENT, reference, Field.MILESTONE, "outOfOrder",
                        dates.get(i - 1).toString(), dates.get(i).toString());
                return;
            }
        }
    }

    /**
     * Reports a timescale without a date: as unreadable, quoting the start of its text, when
     * the author wrote something, and as missing when the cell contains only a mention.
     */
    private static void reportNoDate(String text, String reference, FindingSink sink) {
        String written = Words.collapseSpaces(text);
        if (written.isEmpty()) {
            sink.add(Severity.MISSING, reference, Field.MILESTONE, "missing");
            return;
        }
        if (written.length() > MAX_QUOTED) {
            written = written.substring(0, MAX_QUOTED - 1).stripTrailing() + "\u2026";
        }
        sink.add(Severity.UNREADABLE, reference, Field.MILESTONE, "noDate", written);
    }

    /**
     * Returns the typed dates with the resolved term dates placed among them in text order.
     * Reports the first term the calendar does not contain; unresolved terms are left out.
     */
    private static List<LocalDate> datesInOrder(CellContent timescale, TermResolver terms,
            String reference, FindingSink sink) {
        List<LocalDate> typed = timescale.dates();
        if (terms == null) {
            return typed;
        }
        List<LocalDate> merged = new ArrayList<>();
        boolean unknownReported = false;
        int nextTerm = 0;
        List<TermReference> references = timescale.termReferences();
        for (int i = 0; i <= typed.size(); i++) {
            while (nextTerm < references.size() && references.get(nextTerm).datesBefore() <= i) {
                TermReference term = references.get(nextTerm++);
                Optional<LocalDate> date = terms.resolve(term);
                if (date.isPresent()) {
                    merged.add(date.get());
                } else if (!unknownReported) {
                    sink.add(Severity.INCONSISTENT, reference, Field.TIMESCALE, "termUnknown",
                            term.text(), String.valueOf(term.year()));
                    unknownReported = true;
                }
            }
            if (i < typed.size()) {
                merged.add(typed.get(i));
            }
        }
        return merged;
    }
}
