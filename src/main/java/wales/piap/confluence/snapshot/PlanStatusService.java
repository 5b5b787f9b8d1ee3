package wales.piap.confluence.snapshot;

import com.atlassian.confluence.pages.Page;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.inject.Inject;
import javax.inject.Named;
import wales.piap.calendar.Deadline;
import wales.piap.calendar.DeadlineCalculator;
import wales.piap.calendar.DraftSentCheck;
import wales.piap.confluence.PlanCalendars;
import wales.piap.confluence.PlanLocator;
import wales.piap.confluence.PlanTreeCheck;
import wales.piap.plan.ActionRow;
import wales.piap.plan.Finding;
import wales.piap.plan.PlanFacts;
import wales.piap.plan.PlanStatus;
import wales.piap.plan.Rag;
import wales.piap.plan.RecommendationContent;
import wales.piap.plan.Severity;
import wales.piap.storage.PlanFactsReading;

/**
 * Recomputes a plan's status snapshot from its pages and stores it on the plan home page.
 */
@Named
public class PlanStatusService {

    /** Findings listed in the snapshot as text; the counts cover all of them. */
    static final int MAX_PROBLEMS = 50;

    private final PlanLocator locator;
    private final PlanCalendars calendars;
    private final PlanStatusStore store;
    private final PlanTreeCheck treeCheck;
    private final Clock clock;

    @Inject
    public PlanStatusService(PlanLocator locator, PlanCalendars calendars,
            PlanStatusStore store, PlanTreeCheck treeCheck) {
        this(locator, calendars, store, treeCheck, Clock.system(DeadlineCalculator.ZONE));
    }

    PlanStatusService(PlanLocator locator, PlanCalendars calendars, PlanStatusStore store,
            PlanTreeCheck treeCheck, Clock clock) {
        this.locator = locator;
        this.calendars = calendars;
        this.store = store;
        this.treeCheck = treeCheck;
        this.clock = clock;
    }

    /**
     * Recomputes and stores the snapshot of the plan {@code page} belongs to; returns it, or
     * empty when the page is in no plan tree.
     */
    public Optional<PlanStatus> refresh(Page page) {
        Optional<Page> home = locator.findHome(page);
        if (home.isEmpty()) {
            return Optional.empty();
        }
        PlanStatus status = compute(home.get());
        store.write(status);
        return Optional.of(status);
    }

    /** Computes the snapshot of the plan whose home page is {@code home}, without storing it. */
    public PlanStatus compute(Page home) {
        PlanFactsReading reading = locator.readFacts(home);
        Optional<PlanFacts> facts = reading.facts();
        LocalDate today = LocalDate.ofInstant(clock.instant(), DeadlineCalculator.ZONE);
        Optional<PlanFacts> usable = facts.map(f -> DraftSentCheck.usable(f, today));
        Optional<Deadline> deadline = usable.flatMap(f -> deadline(f, home, today));

        PlanTreeCheck.Result tree = treeCheck.checkAllPages(home, facts.orElse(null));
        List<Finding> findings = tree.findings();
        Map<String, Integer> ragCounts = new TreeMap<>();
        int actionCount = 0;
        for (RecommendationContent recommendation : tree.recommendations()) {
            for (ActionRow action : recommendation.actions()) {
                actionCount++;
                List<Finding> own = findings.stream()
                        .filter(f -> f.reference().equals(action.reference())).toList();
                ragCounts.merge(Rag.of(own).key(), 1, Integer::sum);
            }
        }
        List<String> problems = findings.stream().limit(MAX_PROBLEMS)
                .map(Finding::summary).toList();

        return new PlanStatus(PlanStatus.SCHEMA_VERSION, home.getId(),
                reading.settingName().orElse(home.getTitle()),
                reading.settingType().map(t -> t.formValue()).orElse(null),
                reading.localAuthority().map(la -> la.code()).orElse(null),
                reading.category().map(c -> c.formValue()).orElse(null),
                facts.map(f -> f.language().formValue()).orElse(null),
                facts.map(f -> iso(f.reportPublished())).orElse(null),
                deadline.map(d -> iso(d.dueDate())).orElse(null),
                deadline.map(d -> d.state().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                        .orElse("unknown"),
                usable.map(f -> iso(f.draftSentToEstyn())).orElse(null),
                facts.map(f -> iso(f.improvementHorizon())).orElse(null),
                tree.recommendations().size(), actionCount,
                count(findings, Severity.MISSING), count(findings, Severity.WEAK),
                count(findings, Severity.INCONSISTENT), count(findings, Severity.UNREADABLE),
                ragCounts, problems, clock.instant().toString());
    }

    /**
     * Returns the deadline of {@code facts} on the plan's calendar, or empty when the directed
     * deadline is not after publication, which the banner explains.
     */
    private Optional<Deadline> deadline(PlanFacts facts, Page home, LocalDate today) {
        if (!directedAfterPublication(facts)) {
            return Optional.empty();
        }
        PlanCalendars.Choice choice = calendars.calendarFor(facts, home);
        return Optional.of(new DeadlineCalculator().calculate(facts, choice.calendar(), today));
    }

    private static boolean directedAfterPublication(PlanFacts facts) {
        return facts.directedDeadline() == null
                || facts.directedDeadline().isAfter(facts.reportPublished());
    }

    private static int count(List<Finding> findings, Severity severity) {
        return (int) findings.stream().filter(f -> f.severity() == severity).count();
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
