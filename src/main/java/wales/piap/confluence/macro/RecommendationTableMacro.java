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
import wales.piap.render.RecommendationTableView;
import wales.piap.render.ViewRenderer;

/**
 * Shows the actions of the recommendation page it sits on, with the completeness of each
 * field, a RAG status and the next milestone. It takes no parameters; any given are ignored.
 */
public class RecommendationTableMacro extends BlockMacro {

    private static final Logger LOG = LoggerFactory.getLogger(RecommendationTableMacro.class);

    private final PlanLocator planLocator;
    private final ViewerLocale viewerLocale;
    private final ViewRenderer renderer;
    private final ApplicationProperties applicationProperties;
    private final PlanTreeCheck treeCheck;
    private final Clock clock;

    @Inject
    public RecommendationTableMacro(PlanLocator planLocator, ViewerLocale viewerLocale,
            ViewRenderer renderer,
            @ComponentImport ApplicationProperties applicationProperties,
            PlanTreeCheck treeCheck) {
        this(planLocator, viewerLocale, renderer, applicationProperties, treeCheck,
                Clock.system(DeadlineCalculator.ZONE));
    }

    RecommendationTableMacro(PlanLocator planLocator, ViewerLocale viewerLocale,
            ViewRenderer renderer, ApplicationProperties applicationProperties,
            PlanTreeCheck treeCheck, Clock clock) {
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
            Optional<Page> home = planLocator.findHome(context.getEntity());
            if (home.isEmpty()) {
                return MacroPanels.warning(messages, messages.text("piap.error.not-in-plan"));
            }
            Page page = (Page) context.getEntity();
            StringBuilder html = new StringBuilder();
            PlanFacts facts = ValidationMacro.readFacts(home.get(), messages, html, planLocator);
            PlanTreeCheck.Result result = treeCheck.checkPage(page, facts,
                    applicationProperties.getBaseUrl(UrlMode.CANONICAL));
            if (result.recommendations().isEmpty()) {
                return MacroPanels.warning(messages,
                        messages.text("piap.validation.macro.notRecommendation"));
            }
            LocalDate today = LocalDate.now(clock);
            return html.append(PlanLanguageOutput.render(facts, messages, planMessages ->
                    renderer.render(RecommendationTableView.TEMPLATE,
                            RecommendationTableView.build(result.recommendations().get(0),
                                    result.findings(), today, planMessages)))).toString();
        } catch (RuntimeException e) {
            LOG.warn("Recommendation table failed on {}", MacroPanels.describe(context), e);
            return MacroPanels.error(messages, messages.text("piap.error.macro-failed",
                    e.getClass().getSimpleName()));
        }
    }
}
