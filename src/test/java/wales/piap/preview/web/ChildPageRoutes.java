package wales.piap.preview.web;

import com.atlassian.confluence.core.DefaultSaveContext;
import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.pages.DuplicateDataRuntimeException;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.spaces.Space;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.owasp.encoder.Encode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import wales.piap.preview.PreviewHost;
import wales.piap.render.Messages;

/**
 * GET and POST /pages/{id}/create-child and /spaces/{KEY}/create-page: a new page under page
 * {id}, or at the top level of space {KEY}, with a title, storage format and labels, saved
 * through the page manager so the app's listeners get the create event.
 */
final class ChildPageRoutes {

    /** Largest page title, in characters (Confluence's limit). */
    static final int MAX_TITLE_LENGTH = 255;

    private static final Logger LOG = LoggerFactory.getLogger(ChildPageRoutes.class);

    private final PreviewHost host;
    private final PageAccess access;

    ChildPageRoutes(PreviewHost host, PageAccess access) {
        this.host = host;
        this.access = access;
    }

    void form(Request request, long parentId) throws IOException {
        Optional<Page> parent = access.editable(request, parentId);
        if (parent.isPresent()) {
            send(request, Where.under(parent.get(), m(request)), 200, "", "<p></p>", "", null);
        }
    }

    /** Sends the form for a top-level page in space {@code key}. */
    void spaceForm(Request request, String key) throws IOException {
        Optional<Space> space = creatableSpace(request, key);
        if (space.isPresent()) {
            send(request, Where.inSpace(space.get(), m(request)), 200, "", "<p></p>", "", null);
        }
    }

    /** Saves a new top-level page in space {@code key}. */
    void spaceSave(Request request, String key) throws IOException {
        Optional<Space> space = creatableSpace(request, key);
        if (space.isPresent()) {
            create(request, Where.inSpace(space.get(), m(request)), null);
        }
    }

    /**
     * Returns the space when it exists and the user is not anonymous; otherwise sends 404 or
     * 403. The preview has no space permissions, so every known user may add pages.
     */
    private Optional<Space> creatableSpace(Request request, String key) throws IOException {
        Messages m = m(request);
        Space space = host.services().spaceManager().getSpace(key);
        if (space == null) {
            Layout.send(request, 404, Layout.message(request,
                    m.text("piap.preview.error.not-found.title"),
                    m.text("piap.preview.space.not-found", key)));
            return Optional.empty();
        }
        if (request.user().isEmpty()) {
            Layout.send(request, 403, Layout.message(request,
                    m.text("piap.preview.page.cannot-edit-title"),
                    m.text("piap.preview.error.anonymous-create")));
            return Optional.empty();
        }
        return Optional.of(space);
    }

    private static Messages m(Request request) {
        return Messages.forLocale(request.locale());
    }

    void save(Request request, long parentId) throws IOException {
        Optional<Page> found = access.editable(request, parentId);
        if (found.isEmpty()) {
            return;
        }
        create(request, Where.under(found.get(), m(request)), found.get());
    }

    /** Checks the posted form and saves the page in {@code where}, under {@code parent}. */
    private void create(Request request, Where where, Page parent) throws IOException {
        Map<String, String> form = request.form();
        String title = form.getOrDefault("title", "").strip();
        String body = form.getOrDefault("body", "");
        String labelText = form.getOrDefault("labels", "");
        List<String> labels = LabelNames.split(labelText);
        Messages m = Messages.forLocale(request.locale());
        String problem = problem(m, title, body, labels);
        if (problem != null) {
            send(request, where, 400, title, body, labelText, problem);
            return;
        }

        Page child = new Page();
        child.setTitle(title);
        child.setSpace(where.space());
        child.setBodyAsString(body);
        if (parent != null) {
            parent.addChild(child);
        }

        try {
            PreviewHost.as(request.user().orElse(null), request.locale(), () -> {
                // Labels go on before the save, as labels typed in Confluence's editor before
                // publishing do, so listeners of the create event see them.
                labels.forEach(l -> host.services().labelManager().addLabel(child, new Label(l)));
                host.services().pageManager().saveContentEntity(child,
                        DefaultSaveContext.DEFAULT);
                return null;
            });
        } catch (DuplicateDataRuntimeException e) {
            send(request, where, 409, title, body, labelText,
                    m.text("piap.preview.child.duplicate", title));
            return;
        }
        LOG.info("User {} created page {} at {}", request.userName(), child.getId(),
                where.action());
        Layout.redirect(request, "/pages/" + child.getId());
    }

    private static String problem(Messages m, String title, String body, List<String> labels) {
        if (title.isEmpty()) {
            return m.text("piap.preview.child.title-missing");
        }
        int length = title.codePointCount(0, title.length());
        if (length > MAX_TITLE_LENGTH) {
            return m.text("piap.preview.child.title-too-long", String.valueOf(length),
                    String.valueOf(MAX_TITLE_LENGTH));
        }
        Optional<String> error = EditForm.storageProblem(m, body);
        if (error.isPresent()) {
            return error.get();
        }
        return LabelNames.problem(labels, m).orElse(null);
    }

    private static void send(Request request, Where where, int status, String title,
            String body, String labels, String problem) throws IOException {
        Messages m = Messages.forLocale(request.locale());
        StringBuilder html = new StringBuilder();
        if (problem != null) {
            html.append("<div class=\"aui-message aui-message-error\" role=\"alert\">")
                    .append(Encode.forHtml(problem)).append("</div>");
        }
        html.append("<form class=\"aui\" method=\"post\" action=\"")
                .append(Encode.forHtmlAttribute(where.action())).append("\">");
        EditForm.textField(html, "title", m.text("piap.preview.child.title"), title);
        EditForm.textArea(html, "body", m.text("piap.preview.edit.body"), body);
        EditForm.textField(html, "labels", m.text("piap.preview.labels"), labels);
        EditForm.buttons(html, m, where.cancel());
        html.append("</form>");
        Layout.send(request, status, Layout.page(request, where.heading(), null,
                html.toString(), List.of()));
    }

    /**
     * Where a new page goes: its space, the form's address, the Cancel link and the heading.
     */
    private record Where(Space space, String action, String cancel, String heading) {

        static Where under(Page parent, Messages m) {
            return new Where(parent.getSpace(), "/pages/" + parent.getId() + "/create-child",
                    "/pages/" + parent.getId(), m.text("piap.preview.child.heading",
                    parent.getTitle()));
        }

        static Where inSpace(Space space, Messages m) {
            return new Where(space, "/spaces/" + space.getKey() + "/create-page", "/",
                    m.text("piap.preview.space.create-heading", PageRoutes.spaceName(space, m)));
        }
    }
}
