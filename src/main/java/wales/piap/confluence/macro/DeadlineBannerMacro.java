package wales.piap.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.pages.Page;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import wales.piap.calendar.Deadline;
import wales.piap.calendar.DeadlineCalculator;
import wales.piap.calendar.DraftSentCheck;
import wales.piap.confluence.PlanCalendars;
import wales.piap.confluence.PlanLocator;
import wales.piap.confluence.ViewerLocale;
import wales.piap.plan.PlanFacts;
import wales.piap.render.DeadlineBannerParameters;
import wales.piap.render.DateText;
import wales.piap.render.DeadlineBannerView;
import wales.piap.render.Messages;
import wales.piap.render.ViewRenderer;
import wales.piap.storage.PlanFactsReading;

/**
 * Shows when the plan's draft is due at Estyn and how many working days remain, from the facts
 * on the plan home page and the local authority's school calendar.
 */
public class DeadlineBannerMacro extends BlockMacro {

    private static final Logger LOG = LoggerFactory.getLogger(DeadlineBannerMacro.class);

    private final PlanLocator planLocator;
    private final PlanCalendars calendars;
    private final ViewerLocale viewerLocale;
    private final ViewRenderer renderer;
    private final Clock clock;

    @Inject
    public DeadlineBannerMacro(PlanLocator planLocator, PlanCalendars calendars,
            ViewerLocale viewerLocale, ViewRenderer renderer) {
        this(planLocator, calendars, viewerLocale, renderer,
                Clock.system(DeadlineCalculator.ZONE));
    }

    DeadlineBannerMacro(PlanLocator planLocator, PlanCalendars calendars,
            ViewerLocale viewerLocale, ViewRenderer renderer, Clock clock) {
        this.planLocator = planLocator;
        this.calendars = calendars;
        this.viewerLocale = viewerLocale;
        this.renderer = renderer;
        this.clock = clock;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context) {
        Messages viewerMessages = Messages.forLocale(viewerLocale.current());
        try {
            DeadlineBannerParameters checked =
                    DeadlineBannerParameters.parse(parameters, viewerMessages);
            if (!checked.valid()) {
                return MacroPanels.error(viewerMessages, checked.error());
            }
            Optional<Page> home = planLocator.findHome(context.getEntity());
            if (home.isEmpty()) {
                return MacroPanels.warning(viewerMessages,
                        viewerMessages.text("piap.error.not-in-plan"));
            }
            PlanFactsReading reading = planLocator.readFacts(home.get());
            Optional<PlanFacts> facts = reading.facts();
            if (facts.isEmpty()) {
                return MacroPanels.error(viewerMessages, MacroPanels.factsProblems(
                        "piap.error.facts-unreadable", reading, viewerMessages));
            }
            LocalDate today = LocalDate.ofInstant(clock.instant(), DeadlineCalculator.ZONE);
            PlanFacts recorded = facts.get();
            LocalDate directed = recorded.directedDeadline();
            if (directed != null && !directed.isAfter(recorded.reportPublished())) {
                return PlanLanguageOutput.render(recorded, viewerMessages, m -> MacroPanels.error(
                        m, m.text("piap.error.directed-not-after", date(directed, m),
                                date(recorded.reportPublished(), m))));
            }
            PlanFacts planFacts = DraftSentCheck.usable(withReading(recorded, checked), today);
            PlanCalendars.Choice choice = calendars.calendarFor(planFacts, home.get());
            Deadline deadline = new DeadlineCalculator(checked.dueSoonDays())
                    .calculate(planFacts, choice.calendar(), today);
            Map<String, Object> view =
                    new DeadlineBannerView(Messages::forLocale).build(planFacts, deadline);
            Optional<DraftSentCheck.Problem> sentProblem = DraftSentCheck.check(recorded, today);
            String warnings = PlanLanguageOutput.render(recorded, viewerMessages,
                    m -> warnings(m, reading, recorded, sentProblem, choice));
            return warnings + renderer.render(DeadlineBannerView.TEMPLATE, view);
        } catch (RuntimeException e) {
            LOG.warn("Deadline banner failed on {}", MacroPanels.describe(context), e);
            return MacroPanels.error(viewerMessages, viewerMessages.text(
                    "piap.error.macro-failed", e.getClass().getSimpleName()));
        }
    }

    /**
     * Returns the warning panels shown above the banner, in the language of {@code m}: facts
     * that could not be read, an impossible draft-sent date and calendar pages left out.
     */
    private static String warnings(Messages m, PlanFactsReading reading, PlanFacts facts,
            Optional<DraftSentCheck.Problem> sentProblem, PlanCalendars.Choice choice) {
        StringBuilder html = new StringBuilder();
        if (!reading.problems().isEmpty()) {
            html.append(MacroPanels.warning(m, MacroPanels.factsProblems(
                    "piap.error.facts-partly-unreadable", reading, m)));
        }
        if (sentProblem.isPresent()) {
            String key = "piap.error.draft-sent." + sentProblem.get().name()
                    .toLowerCase(Locale.ROOT).replace('_', '-');
            html.append(MacroPanels.warning(m, m.text(key, date(facts.draftSentToEstyn(), m),
                    date(facts.reportPublished(), m))));
        }
        for (String problem : choice.problems()) {
            html.append(MacroPanels.warning(m, m.text("piap.error.calendar-page", problem)));
        }
        return html.toString();
    }

    private static String date(LocalDate date, Messages m) {
        return DateText.format(date, m.locale());
    }

    private static PlanFacts withReading(PlanFacts facts, DeadlineBannerParameters parameters) {
        return new PlanFacts(facts.settingName(), facts.settingType(), facts.localAuthority(),
                facts.category(), facts.reportPublished(), facts.directedDeadline(),
                facts.directionReference(), facts.language(), facts.draftSentToEstyn(),
                facts.focusedImprovementHorizon(),
                parameters.readingFor(facts.halfTermReading()));
    }
}
