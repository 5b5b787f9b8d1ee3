package wales.piap.preview.host;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.core.PartialList;
import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.labels.LabelManager;
import com.atlassian.confluence.labels.Labelable;
import com.atlassian.confluence.pages.Page;
import java.util.List;

/**
 * Label manager over the {@link PageStore}. As in Confluence it checks no permissions, and
 * {@link #getContentForLabel} is not permission-filtered. Labels live on the pages, so a
 * label "exists" while some page carries it.
 */
public final class PreviewLabelManager implements LabelManager {

    static final int NO_CHANGE = 0;
    static final int LABEL_ADDED = 1;
    static final int LABEL_CREATED = 2;
    static final int LABEL_REMOVED = 3;

    private final PageStore store;

    public PreviewLabelManager(PageStore store) {
        this.store = store;
    }

    @Override
    public int addLabel(Labelable content, Label label) {
        synchronized (store) {
            if (content.getLabels().contains(label)) {
                return NO_CHANGE;
            }
            boolean known = getLabel(label.getName()) != null;
            content.getLabels().add(new Label(label.getName()));
            saveIfStored(content);
            return known ? LABEL_ADDED : LABEL_CREATED;
        }
    }

    @Override
    public int removeLabel(Labelable content, Label label) {
        synchronized (store) {
            if (!content.getLabels().remove(label)) {
                return NO_CHANGE;
            }
            saveIfStored(content);
            return LABEL_REMOVED;
        }
    }

    @Override
    public Label getLabel(String name) {
        if (name == null) {
            return null;
        }
        Label wanted = new Label(name);
        boolean used = store.pages().stream().anyMatch(p -> p.getLabels().contains(wanted));
        return used ? wanted : null;
    }

    @Override
    public PartialList<ContentEntityObject> getContentForLabel(int offset, int maxResults,
            Label label) {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be 0 or more, not " + offset);
        }
        List<ContentEntityObject> all = store.pages().stream()
                .filter(p -> p.getLabels().contains(label))
                .map(ContentEntityObject.class::cast)
                .toList();
        int from = Math.min(offset, all.size());
        int to = maxResults < 0 ? all.size() : Math.min(all.size(), from + maxResults);
        return new PartialList<>(all.size(), offset, all.subList(from, to));
    }

    private void saveIfStored(Labelable content) {
        if (content instanceof Page page && store.page(page.getId()) == page) {
            store.put(page);
        }
    }
}
