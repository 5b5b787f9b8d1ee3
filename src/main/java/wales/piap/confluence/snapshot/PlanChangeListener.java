package wales.piap.confluence.snapshot;

import com.atlassian.confluence.event.events.content.page.PageCreateEvent;
import com.atlassian.confluence.event.events.content.page.PageMoveEvent;
import com.atlassian.confluence.event.events.content.page.PageRestoreEvent;
import com.atlassian.confluence.event.events.content.page.PageTrashedEvent;
import com.atlassian.confluence.event.events.content.page.PageUpdateEvent;
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

/**
 * Keeps each plan's status snapshot current: when a page in a plan tree is created, edited,
 * moved, trashed or restored, the plan's status is recomputed and stored on its home page.
 *
 * <p>Page events fire only on the cluster node where the change happened, which is why the
 * result goes to the database as a content property rather than into memory. A failure is
 * logged and never stops the page change itself.
 */
@Named
public class PlanChangeListener implements InitializingBean, DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(PlanChangeListener.class);

    private final EventPublisher eventPublisher;
    private final PlanStatusService statusService;

    @Inject
    public PlanChangeListener(@ComponentImport EventPublisher eventPublisher,
            PlanStatusService statusService) {
        this.eventPublisher = eventPublisher;
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

    /** Recomputes the plan of a new page. */
    @EventListener
    public void onPageCreated(PageCreateEvent event) {
        refresh(event.getPage());
    }

    /** Recomputes the plan of an edited page. */
    @EventListener
    public void onPageUpdated(PageUpdateEvent event) {
        refresh(event.getPage());
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
