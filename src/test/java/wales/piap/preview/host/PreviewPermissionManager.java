package wales.piap.preview.host;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.user.User;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Permissions for the preview's users. Every space is open to every known user and readable by
 * anonymous users; a page's view restriction (a list of user names) limits who can see it and,
 * as in Confluence, applies to all its descendants too. Anonymous users never edit.
 * Administrators bypass restrictions in {@link #hasPermission}, but not in
 * {@link #hasPermissionNoExemptions}, which CQL search uses.
 */
public final class PreviewPermissionManager implements PermissionManager {

    private final PageStore store;

    public PreviewPermissionManager(PageStore store) {
        this.store = store;
    }

    @Override
    public boolean hasPermission(User user, Permission permission, Object target) {
        if (user instanceof PreviewUser previewUser && previewUser.isAdministrator()) {
            return target != null;
        }
        return hasPermissionNoExemptions(user, permission, target);
    }

    /** Checks {@code permission} with page restrictions applied to administrators too. */
    public boolean hasPermissionNoExemptions(User user, Permission permission, Object target) {
        if (!(target instanceof Page page)) {
            return false;
        }
        if (permission == Permission.EDIT && user == null) {
            return false;
        }
        if (permission != Permission.VIEW && permission != Permission.EDIT) {
            return false;
        }
        return canView(user, page);
    }

    private boolean canView(User user, Page page) {
        List<Page> chain = new ArrayList<>(page.getAncestors());
        chain.add(page);
        for (Page each : chain) {
            Set<String> allowed = store.viewRestrictions(each.getId());
            if (!allowed.isEmpty() && (user == null || !allowed.contains(user.getName()))) {
                return false;
            }
        }
        return true;
    }
}
