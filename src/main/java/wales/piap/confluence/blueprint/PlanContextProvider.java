package wales.piap.confluence.blueprint;

import com.atlassian.confluence.plugins.createcontent.api.contextproviders.AbstractBlueprintContextProvider;
import com.atlassian.confluence.plugins.createcontent.api.contextproviders.BlueprintContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import wales.piap.plan.PlanLanguage;
import wales.piap.plan.WizardForm;
import wales.piap.plan.WizardInput;
import wales.piap.plan.WizardResult;
import wales.piap.storage.InvalidPlanStorage;
import wales.piap.storage.PageDraft;
import wales.piap.storage.PageText;
import wales.piap.storage.PlanPages;

/**
 * Fills the plan home page template from the wizard's values: sets the page title and puts
 * the generated home page body under {@value #BODY_KEY}, which {@code blueprint/plan-home.xml}
 * inserts. Invalid values (possible only without the wizard script) give a home page that
 * lists the problems and keeps the values, and {@link PlanCreatedListener} then creates no
 * child pages.
 */
public class PlanContextProvider extends AbstractBlueprintContextProvider {

    /** Context key of the generated home page body, used by the content template. */
    public static final String BODY_KEY = "piapHomeBody";

    private static final Logger LOG = LoggerFactory.getLogger(PlanContextProvider.class);

    /** Creates the provider; Confluence instantiates it through the plugin's container. */
    @SuppressWarnings("deprecation")
    public PlanContextProvider() {
        super();
    }

    @Override
    protected BlueprintContext updateBlueprintContext(BlueprintContext context) {
        WizardResult result = WizardForm.parse(context.getMap());
        if (result.isValid()) {
            WizardInput input = result.input().orElseThrow();
            PageDraft home = PlanPages.home(input.facts());
            context.setTitle(home.title());
            context.put(BODY_KEY, home.body());
            return context;
        }
        LOG.warn("Plan wizard values in space {} are invalid ({} problems); writing a page "
                + "that lists them", context.getSpaceKey(), result.errors().size());
        String title = PageText.forLanguage(PlanLanguage.BILINGUAL)
                .text("piap.blueprint.invalid.title");
        context.setTitle(title);
        context.put(BODY_KEY, InvalidPlanStorage.write(result.errors(), context.getMap()));
        return context;
    }
}
