package wales.piap.preview.host;

import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;

/** Space manager over the {@link PageStore}. */
public final class PreviewSpaceManager implements SpaceManager {

    private final PageStore store;

    public PreviewSpaceManager(PageStore store) {
        this.store = store;
    }

    @Override
    public Space getSpace(String spaceKey) {
        return store.space(spaceKey);
    }

    /** Creates the space, or renames it when the key exists. */
    public Space addSpace(String key, String name) {
        return store.addSpace(key, name);
    }
}
