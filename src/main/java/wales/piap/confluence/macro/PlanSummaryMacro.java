package wales.piap.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.pages.Page;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import wales.piap.calendar.DeadlineCalculator;
import wales.piap.confluence.PlanLocator;
import wales.piap.confluence.PlanTreeCheck;
import wales.piap.confluence.ViewerLocale;
import wales.piap.plan.PlanFacts;
import wales.piap.render.Messages;
import wales.piap.render.PlanSummaryView;
import wales.piap.render.ViewRenderer;

/**
 * Rolls the plan's recommendation pages up into a table per recommendation, or one row each
 * with {@code layout=rows}. Another layout value is rejected with a message naming it; other
 * parameters are ignored. Only pages the viewer may see are read.
 */
public class PlanSummaryMacro extends BlockMacro {

    private static final Logger LOG = LoggerFactory.getLogger(PlanSummaryMacro.class);

    private final PlanLocator planLocator;
    private final ViewerLocale viewerLocale;
    private final ViewRenderer renderer;
    private final ApplicationProperties applicationProperties;
    private final PlanTreeCheck treeCheck;
    private final Clock clock;

    @Inject
    public PlanSummaryMacro(PlanLocator planLocator, ViewerLocale viewerLocale,
            ViewRenderer renderer,
            @ComponentImport ApplicationProperties applicationProperties,
            PlanTreeCheck treeCheck) {
        this(planLocator, viewerLocale, renderer, applicationProperties, treeCheck,
                Clock.system(DeadlineCalculator.ZONE));
    }

    PlanSummaryMacro(PlanLocator planLocator, ViewerLocale viewerLocale, ViewRenderer renderer,
            ApplicationProperties applicationProperties, PlanTreeCheck treeCheck,
            Clock clock) {
        this.planLocator = planLocator;
        this.viewerLocale = viewerLocale;
        this.renderer = renderer;
        this.applicationProperties = applicationProperties;
        this.treeCheck = treeCheck;
        this.clock = clock;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context) {
        Messages messages = Messages.forLocale(viewerLocale.current());
        try {
            String layoutValue = parameters == null ? null : parameters.get("layout");
            Optional<PlanSummaryView.Layout> layout =
                    PlanSummaryView.Layout.fromParameter(layoutValue);
            if (layout.isEmpty()) {
                return MacroPanels.error(messages, messages.text(
                        "piap.error.invalid-parameter", "layout", layoutValue.trim(),
                        messages.text("piap.validation.macro.layoutValues")));
            }
            Optional<Page> home = planLocator.findHome(context.getEntity());
            if (home.isEmpty()) {
                return MacroPanels.warning(messages, messages.text("piap.error.not-in-plan"));
            }
            StringBuilder html = new StringBuilder();
            PlanFacts facts = ValidationMacro.readFacts(home.get(), messages, html, planLocator);
            PlanTreeCheck.Result result = treeCheck.check(home.get(), facts,
                    applicationProperties.getBaseUrl(UrlMode.CANONICAL));
            LocalDate today = LocalDate.now(clock);
            return html.append(PlanLanguageOutput.render(facts, messages, planMessages ->
                    renderer.render(PlanSummaryView.TEMPLATE, PlanSummaryView.build(
                            result.recommendations(), result.findings(), result.links(),
                            today, layout.get(),
                            planMessages)))).toString();
        } catch (RuntimeException e) {
            LOG.warn("Plan summary failed on {}", MacroPanels.describe(context), e);
            return MacroPanels.error(messages, messages.text("piap.error.macro-failed",
                    e.getClass().getSimpleName()));
        }
    }
}
