package wales.piap.confluence.blueprint;

import com.atlassian.confluence.core.DefaultSaveContext;
import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.labels.LabelManager;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.plugins.createcontent.api.events.BlueprintPageCreateEvent;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.plugin.ModuleCompleteKey;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.util.List;
import javax.inject.Inject;
import javax.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import wales.piap.confluence.snapshot.PlanStatusService;
import wales.piap.plan.PageRole;
import wales.piap.plan.WizardForm;
import wales.piap.plan.WizardResult;
import wales.piap.storage.PageDraft;
import wales.piap.storage.PlanPages;

/**
 * Completes a plan's page tree after the blueprint creates its home page: labels the home
 * page and creates, under it, one page per recommendation, the local authority statement
 * and the progress reviews, each labelled with "piap-plan" and its role.
 *
 * <p>Child pages are saved with notifications suppressed, so watchers get one notice for
 * the plan, not one per page. A child that fails to save is logged and skipped, and the
 * others are still created. A save fails, for example, when the space already has a page
 * with that title.
 */
@Named
public class PlanCreatedListener implements InitializingBean, DisposableBean {

    /** Complete key of the plan blueprint, as the blueprint event reports it. */
    public static final String BLUEPRINT_KEY = "wales.piap.piap-confluence:piap-blueprint";

    private static final Logger LOG = LoggerFactory.getLogger(PlanCreatedListener.class);

    private final EventPublisher eventPublisher;
    private final PageManager pageManager;
    private final LabelManager labelManager;
    private final PlanStatusService statusService;

    /** Creates the listener, which registers for events once Spring has built it. */
    @Inject
    public PlanCreatedListener(@ComponentImport EventPublisher eventPublisher,
            @ComponentImport PageManager pageManager,
            @ComponentImport LabelManager labelManager, PlanStatusService statusService) {
        this.eventPublisher = eventPublisher;
        this.pageManager = pageManager;
        this.labelManager = labelManager;
        this.statusService = statusService;
    }

    @Override
    public void afterPropertiesSet() {
        eventPublisher.register(this);
    }

    @Override
    public void destroy() {
        eventPublisher.unregister(this);
    }

    /** Creates the child pages when the created page comes from the plan blueprint. */
    @EventListener
    @SuppressWarnings("deprecation")
    public void onBlueprintPageCreated(BlueprintPageCreateEvent event) {
        ModuleCompleteKey key = event.getBlueprintKey();
        if (key == null || !BLUEPRINT_KEY.equals(key.getCompleteKey())) {
            return;
        }
        Page home = event.getPage();
        WizardResult result = WizardForm.parse(event.getContext());
        if (!result.isValid()) {
            LOG.warn("Plan page {} was created from invalid wizard values; no child pages made",
                    home.getId());
            return;
        }
        addLabels(home, PageRole.HOME.labels());
        List<PageDraft> children = PlanPages.children(result.input().orElseThrow());
        int created = 0;
        for (PageDraft draft : children) {
            if (createChild(event, home, draft)) {
                created++;
            }
        }
        LOG.info("Plan page {} got {} of {} child pages", home.getId(), created,
                children.size());
        try {
            statusService.refresh(home);
        } catch (RuntimeException failed) {
            LOG.warn("Could not store the first status of plan page {}", home.getId(), failed);
        }
    }

    private boolean createChild(BlueprintPageCreateEvent event, Page home, PageDraft draft) {
        Page child = new Page();
        child.setTitle(draft.title());
        child.setBodyAsString(draft.body());
        if (event.getCreator() != null) {
            child.setCreator(event.getCreator());
        }
        // The space must be set before the parent: setParentPage rejects a parent in
        // another space.
        child.setSpace(home.getSpace());
        home.addChild(child);
        try {
            pageManager.saveContentEntity(child, DefaultSaveContext.SUPPRESS_NOTIFICATIONS);
        } catch (RuntimeException failed) {
            home.removeChild(child);
            LOG.warn("Could not create page \"{}\" under plan page {}", draft.title(),
                    home.getId(), failed);
            return false;
        }
        addLabels(child, draft.labels());
        return true;
    }

    private void addLabels(Page page, List<String> names) {
        for (String name : names) {
            try {
                labelManager.addLabel(page, new Label(name));
            } catch (RuntimeException failed) {
                LOG.warn("Could not add label {} to page {}", name, page.getId(), failed);
            }
        }
    }
}
