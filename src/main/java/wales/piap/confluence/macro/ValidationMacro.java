package wales.piap.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.pages.Page;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import wales.piap.confluence.PlanLocator;
import wales.piap.confluence.PlanTreeCheck;
import wales.piap.confluence.ViewerLocale;
import wales.piap.plan.Finding;
import wales.piap.plan.PlanFacts;
import wales.piap.render.Messages;
import wales.piap.render.ValidationReportView;
import wales.piap.render.ViewRenderer;
import wales.piap.storage.PlanFactsReading;

/**
 * Lists every missing or weak part of the plan, or of the current page with
 * {@code scope=page}, linked to its page; a plan with nothing missing shows as complete.
 *
 * <p>Parameters: {@code scope} is {@code auto} (the default: the whole plan on its home page,
 * the page itself on a recommendation or local authority statement page), {@code plan} or
 * {@code page}; {@code show} is {@code all} (the default) or {@code missing}, which leaves out
 * the suggestions. Other values are rejected with a message and other parameters are ignored.
 * When the plan facts cannot be read, the dates are not checked and a warning names the facts
 * that could not be read.
 */
public class ValidationMacro extends BlockMacro {

    private static final Logger LOG = LoggerFactory.getLogger(ValidationMacro.class);

    private final PlanLocator planLocator;
    private final ViewerLocale viewerLocale;
    private final ViewRenderer renderer;
    private final ApplicationProperties applicationProperties;
    private final PlanTreeCheck treeCheck;

    @Inject
    public ValidationMacro(PlanLocator planLocator, ViewerLocale viewerLocale,
            ViewRenderer renderer,
            @ComponentImport ApplicationProperties applicationProperties,
            PlanTreeCheck treeCheck) {
        this.planLocator = planLocator;
        this.viewerLocale = viewerLocale;
        this.renderer = renderer;
        this.applicationProperties = applicationProperties;
        this.treeCheck = treeCheck;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context) {
        Messages messages = Messages.forLocale(viewerLocale.current());
        try {
            String scope = parameter(parameters, "scope", "auto");
            if (!List.of("auto", "plan", "page").contains(scope)) {
                return MacroPanels.error(messages, messages.text(
                        "piap.error.invalid-parameter", "scope", scope,
                        messages.text("piap.validation.macro.scopeValues")));
            }
            String show = parameter(parameters, "show", "all");
            if (!List.of("all", "missing").contains(show)) {
                return MacroPanels.error(messages, messages.text(
                        "piap.error.invalid-parameter", "show", show,
                        messages.text("piap.validation.macro.showValues")));
            }
            Optional<Page> home = planLocator.findHome(context.getEntity());
            if (home.isEmpty()) {
                return MacroPanels.warning(messages, messages.text("piap.error.not-in-plan"));
            }
            StringBuilder html = new StringBuilder();
            PlanFacts facts = readFacts(home.get(), messages, html);
            String baseUrl = applicationProperties.getBaseUrl(UrlMode.CANONICAL);
            Page page = (Page) context.getEntity();
            boolean onePage = scope.equals("page")
                    || (scope.equals("auto") && !page.getIdAsString().equals(
                            home.get().getIdAsString()));
            PlanTreeCheck.Result result = onePage
                    ? treeCheck.checkPage(page, facts, baseUrl)
                    : treeCheck.check(home.get(), facts, baseUrl);
            List<Finding> findings = show.equals("missing")
                    ? result.findings().stream().filter(f -> f.severity().blocking()).toList()
                    : result.findings();
            return html.append(PlanLanguageOutput.render(facts, messages, planMessages ->
                    renderer.render(ValidationReportView.TEMPLATE, ValidationReportView.build(
                            findings, result.links(), planMessages)))).toString();
        } catch (RuntimeException e) {
            LOG.warn("Validation macro failed on {}", MacroPanels.describe(context), e);
            return MacroPanels.error(messages, messages.text("piap.error.macro-failed",
                    e.getClass().getSimpleName()));
        }
    }

    private static String parameter(Map<String, String> parameters, String name,
            String defaultValue) {
        String value = parameters == null ? null : parameters.get(name);
        return value == null || value.isBlank() ? defaultValue : value.trim();
    }

    /** Returns the facts, or null after adding a warning that names what could not be read. */
    static PlanFacts readFacts(Page home, Messages messages, StringBuilder html,
            PlanLocator planLocator) {
        PlanFactsReading reading = planLocator.readFacts(home);
        if (reading.facts().isPresent()) {
            return reading.facts().get();
        }
        html.append(MacroPanels.warning(messages, MacroPanels.factsProblems(
                "piap.error.facts-unreadable", reading, messages)
                + " " + messages.text("piap.validation.macro.datesNotChecked")));
        return null;
    }

    private PlanFacts readFacts(Page home, Messages messages, StringBuilder html) {
        return readFacts(home, messages, html, planLocator);
    }
}
