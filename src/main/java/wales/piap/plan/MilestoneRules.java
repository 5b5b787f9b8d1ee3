package wales.piap.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * Checks an action's milestone dates against the plan's period.
 *
 * <p>A date must name a real day, fall after the report's publication, fall on or before
 * {@link PlanFacts#improvementHorizon()} and not come before the date written ahead of it.
 * Each kind of problem is reported once per action, for the first date that shows it. Dates
 * are passed to messages in ISO form (yyyy-MM-dd) for the view to format per language.
 */
final class MilestoneRules {

    private MilestoneRules() {
    }

    static void check(ActionRow action, PlanFacts facts, FindingSink sink) {
        CellContent timescale = action.timescale();
        String reference = action.reference();
        if (!timescale.invalidDates().isEmpty()) {
            sink.add(Severity.INCONSISTENT, reference, Field.MILESTONE, "invalid",
                    timescale.invalidDates().get(0));
        }
        List<LocalDate> dates = timescale.dates();
        if (dates.isEmpty()) {
            if (timescale.invalidDates().isEmpty()) {
                sink.add(Severity.MISSING, reference, Field.MILESTONE, "missing");
            }
            return;
        }
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
}
