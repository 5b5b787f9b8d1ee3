package wales.piap.preview.host;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.core.Modification;
import com.atlassian.confluence.core.SaveContext;
import com.atlassian.confluence.event.events.content.page.PageCreateEvent;
import com.atlassian.confluence.event.events.content.page.PageUpdateEvent;
import com.atlassian.confluence.pages.DuplicateDataRuntimeException;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.event.api.EventPublisher;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;

/**
 * Page manager over the {@link PageStore}. Like Confluence's, it checks no permissions, rejects
 * a title already used in the space, and publishes PageCreateEvent for a new page and
 * PageUpdateEvent otherwise, unless the save context suppresses events.
 */
public final class PreviewPageManager implements PageManager {

    private final PageStore store;
    private final EventPublisher eventPublisher;

    public PreviewPageManager(PageStore store, EventPublisher eventPublisher) {
        this.store = store;
        this.eventPublisher = eventPublisher;
    }

    @Override
    @Deprecated
    public ContentEntityObject getById(long id) {
        return store.page(id);
    }

    /** Returns the page with {@code id}, or null; the preview stores pages only. */
    public Page page(long id) {
        return store.page(id);
    }

    @Override
    @Deprecated
    public Page getPage(String spaceKey, String title) {
        return store.pageByTitle(spaceKey, title).orElse(null);
    }

    @Override
    public Collection<Long> getDescendantIds(Page page) {
        List<Long> ids = new ArrayList<>();
        collectDescendants(page, ids);
        return ids;
    }

    private static void collectDescendants(Page page, List<Long> ids) {
        for (Page child : new ArrayList<>(page.getChildren())) {
            ids.add(child.getId());
            collectDescendants(child, ids);
        }
    }

    @Override
    public void saveContentEntity(ContentEntityObject object, SaveContext saveContext) {
        Page page = asPage(object);
        boolean created = page.getId() == 0 || store.page(page.getId()) == null;
        try {
            checkTitle(page);
        } catch (DuplicateDataRuntimeException e) {
            if (created && page.getParent() != null) {
                page.getParent().removeChild(page);
            }
            throw e;
        }
        Date now = new Date();
        ConfluenceUser user = AuthenticatedUserThreadLocal.get();
        if (created) {
            if (page.getId() == 0) {
                page.setId(store.nextId());
            }
            page.setCreationDate(now);
            if (page.getCreator() == null) {
                page.setCreator(user);
            }
        }
        if (saveContext == null || saveContext.doUpdateLastModifier()) {
            page.setLastModificationDate(now);
            page.setLastModifier(user);
        }
        store.put(page);
        if (saveContext != null && saveContext.isEventSuppressed()) {
            return;
        }
        eventPublisher.publish(created ? new PageCreateEvent(this, page)
                : new PageUpdateEvent(this, page));
    }

    @Override
    public <T extends ContentEntityObject> void saveNewVersion(T current,
            Modification<T> modification, SaveContext saveContext) {
        Page page = asPage(current);
        if (store.page(page.getId()) == null) {
            throw new IllegalArgumentException("Page " + page.getId()
                    + " is not saved yet; save it with saveContentEntity first");
        }
        modification.modify(current);
        page.setVersion(page.getVersion() + 1);
        saveContentEntity(page, saveContext);
    }

    private void checkTitle(Page page) {
        if (page.getTitle() == null || page.getTitle().isBlank()) {
            throw new IllegalArgumentException("A page needs a title; the title is blank");
        }
        if (page.getSpace() == null) {
            throw new IllegalArgumentException("Page \"" + page.getTitle() + "\" has no space");
        }
        store.pageByTitle(page.getSpaceKey(), page.getTitle())
                .filter(other -> other.getId() != page.getId())
                .ifPresent(other -> {
                    throw new DuplicateDataRuntimeException("A page titled \"" + page.getTitle()
                            + "\" already exists in space " + page.getSpaceKey());
                });
    }

    private static Page asPage(ContentEntityObject object) {
        if (object instanceof Page page) {
            return page;
        }
        throw new IllegalArgumentException("The preview host stores pages only, not "
                + (object == null ? "null" : object.getClass().getName()));
    }
}
