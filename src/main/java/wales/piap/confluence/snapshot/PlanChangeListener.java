package wales.piap.confluence.snapshot;

import com.atlassian.confluence.event.events.content.page.PageCreateEvent;
import com.atlassian.confluence.event.events.content.page.PageMoveEvent;
import com.atlassian.confluence.event.events.content.page.PageRestoreEvent;
import com.atlassian.confluence.event.events.content.page.PageTrashedEvent;
import com.atlassian.confluence.event.events.content.page.PageUpdateEvent;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.event.events.label.LabelAddEvent;
import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.labels.LabelManager;
import com.atlassian.confluence.pages.Page;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import javax.inject.Inject;
import javax.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import wales.piap.confluence.PlanCalendars;
import wales.piap.confluence.PlanLabels;
import wales.piap.confluence.PlanLocator;

/**
 * Keeps each plan's status snapshot current: when a page in a plan tree is created, edited,
 * moved, trashed or restored, the plan's status is recomputed and stored on its home page.
 *
 * <p>A local authority's calendar page (labelled {@value PlanCalendars#LA_CALENDAR_LABEL}) can
 * move the due date of every plan in its space, so a change to one recomputes those plans, up
 * to {@value #MAX_PLANS_PER_SPACE} of them.
 *
 * <p>Page events fire only on the cluster node where the change happened, which is why the
 * result goes to the database as a content property rather than into memory. A failure is
 * logged and never stops the page change itself.
 */
@Named
public class PlanChangeListener implements InitializingBean, DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(PlanChangeListener.class);

    /** Plans recomputed at most after one change to a calendar page. */
    static final int MAX_PLANS_PER_SPACE = 200;

    private final EventPublisher eventPublisher;
    private final PlanStatusService statusService;
    private final LabelManager labelManager;

    @Inject
    public PlanChangeListener(@ComponentImport EventPublisher eventPublisher,
            PlanStatusService statusService, @ComponentImport LabelManager labelManager) {
        this.eventPublisher = eventPublisher;
        this.statusService = statusService;
        this.labelManager = labelManager;
    }

    @Override
    public void afterPropertiesSet() {
        eventPublisher.register(this);
    }

    @Override
    public void destroy() {
        eventPublisher.unregister(this);
    }

    /** Recomputes the plan of a new page, or the plans a new calendar page affects. */
    @EventListener
    public void onPageCreated(PageCreateEvent event) {
        refreshAffected(event.getPage());
    }

    /** Recomputes the plan of an edited page, or the plans an edited calendar page affects. */
    @EventListener
    public void onPageUpdated(PageUpdateEvent event) {
        refreshAffected(event.getPage());
    }

    /** Recomputes the plans a page affects once it is labelled as a calendar page. */
    @EventListener
    public void onLabelAdded(LabelAddEvent event) {
        Label label = event.getLabel();
        if (label == null || !(event.getLabelled() instanceof Page)) {
            return;
        }
        String name = label.getName();
        if (PlanCalendars.LA_CALENDAR_LABEL.equals(name)
                || PlanCalendars.OWN_CALENDAR_LABEL.equals(name)) {
            refreshAffected((Page) event.getLabelled());
        }
    }

    /** Recomputes the plan a page left and the plan it joined. */
    @EventListener
    public void onPageMoved(PageMoveEvent event) {
        refresh(event.getOldParentPage());
        refresh(event.getPage());
    }

    /** Recomputes the plan a trashed page belonged to, through its parent. */
    @EventListener
    public void onPageTrashed(PageTrashedEvent event) {
        Page page = event.getPage();
        refresh(page == null ? null : page.getParent());
    }

    /** Recomputes the plan of a page restored from the trash. */
    @EventListener
    public void onPageRestored(PageRestoreEvent event) {
        refresh(event.getPage());
    }

    private void refreshAffected(Page page) {
        if (page != null && PlanLocator.hasLabel(page, PlanCalendars.LA_CALENDAR_LABEL)) {
            refreshSpace(page.getSpaceKey());
        } else {
            refresh(page);
        }
    }

    private void refreshSpace(String spaceKey) {
        Label home = labelManager.getLabel(PlanLabels.HOME);
        if (home == null || spaceKey == null) {
            return;
        }
        for (ContentEntityObject content : labelManager
                .getContentForLabel(0, MAX_PLANS_PER_SPACE, home).getList()) {
            if (content instanceof Page && spaceKey.equals(((Page) content).getSpaceKey())) {
                refresh((Page) content);
            }
        }
    }

    private void refresh(Page page) {
        if (page == null) {
            return;
        }
        try {
            statusService.refresh(page);
        } catch (RuntimeException e) {
            LOG.warn("Could not update the plan status after a change to page {}",
                    page.getId(), e);
        }
    }
}
