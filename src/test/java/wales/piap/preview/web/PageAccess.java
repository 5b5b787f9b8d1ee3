package wales.piap.preview.web;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.security.Permission;
import java.io.IOException;
import java.util.Optional;
import wales.piap.preview.PreviewHost;
import wales.piap.render.Messages;

/**
 * Finds the page a route works on and checks the request's user against it. A page the user
 * cannot view is "not found" (404) on every route, as in Confluence, so the status never
 * reveals that a restricted page exists; 403 is only for a page the user can view but not edit.
 */
final class PageAccess {

    private final PreviewHost host;

    PageAccess(PreviewHost host) {
        this.host = host;
    }

    /** Returns the page when the user may view it; otherwise sends 404 and returns empty. */
    Optional<Page> viewable(Request request, long id) throws IOException {
        Page page = host.services().pageManager().page(id);
        if (page == null || !can(request, Permission.VIEW, page)) {
            notFound(request, id);
            return Optional.empty();
        }
        return Optional.of(page);
    }

    /**
     * Returns the page when the user may edit it; otherwise sends 404 (cannot view) or 403
     * (can view, cannot edit) and returns empty.
     */
    Optional<Page> editable(Request request, long id) throws IOException {
        Optional<Page> page = viewable(request, id);
        if (page.isPresent() && !can(request, Permission.EDIT, page.get())) {
            Messages m = Messages.forLocale(request.locale());
            Layout.send(request, 403, Layout.message(request,
                    m.text("piap.preview.page.cannot-edit-title"),
                    m.text("piap.preview.page.cannot-edit", request.userName(),
                            String.valueOf(id))));
            return Optional.empty();
        }
        return page;
    }

    /** Tells whether the request's user has {@code permission} on {@code page}. */
    boolean can(Request request, Permission permission, Page page) {
        return host.services().permissionManager().hasPermission(request.user().orElse(null),
                permission, page);
    }

    private static void notFound(Request request, long id) throws IOException {
        Messages m = Messages.forLocale(request.locale());
        // The id goes in as text: MessageFormat would group its digits ("65,537").
        String message = m.text("piap.preview.page.not-found", String.valueOf(id),
                request.userName());
        Layout.send(request, 404, Layout.message(request,
                m.text("piap.preview.page.not-found-title"), message));
    }
}
