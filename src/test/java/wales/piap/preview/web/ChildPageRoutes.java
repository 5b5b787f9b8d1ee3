package wales.piap.preview.web;

import com.atlassian.confluence.core.DefaultSaveContext;
import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.pages.DuplicateDataRuntimeException;
import com.atlassian.confluence.pages.Page;
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
 * GET and POST /pages/{id}/create-child: a new page under page {id}, with a title, storage
 * format and labels, saved through the page manager so the app's listeners get the create event.
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
            send(request, parent.get(), 200, "", "<p></p>", "", null);
        }
    }

    void save(Request request, long parentId) throws IOException {
        Optional<Page> found = access.editable(request, parentId);
        if (found.isEmpty()) {
            return;
        }
        Page parent = found.get();

        Map<String, String> form = request.form();
        String title = form.getOrDefault("title", "").strip();
        String body = form.getOrDefault("body", "");
        String labelText = form.getOrDefault("labels", "");
        List<String> labels = LabelNames.split(labelText);
        Messages m = Messages.forLocale(request.locale());
        String problem = problem(m, title, body, labels);
        if (problem != null) {
            send(request, parent, 400, title, body, labelText, problem);
            return;
        }

        Page child = new Page();
        child.setTitle(title);
        child.setSpace(parent.getSpace());
        child.setBodyAsString(body);
        parent.addChild(child);

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
            send(request, parent, 409, title, body, labelText,
                    m.text("piap.preview.child.duplicate", title));
            return;
        }
        LOG.info("User {} created page {} under page {}", request.userName(), child.getId(),
                parentId);
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

    private static void send(Request request, Page parent, int status, String title,
            String body, String labels, String problem) throws IOException {
        Messages m = Messages.forLocale(request.locale());
        StringBuilder html = new StringBuilder();
        if (problem != null) {
            html.append("<div class=\"aui-message aui-message-error\" role=\"alert\">")
                    .append(Encode.forHtml(problem)).append("</div>");
        }
        html.append("<form class=\"aui\" method=\"post\" action=\"/pages/")
                .append(parent.getId()).append("/create-child\">");
        EditForm.textField(html, "title", m.text("piap.preview.child.title"), title);
        EditForm.textArea(html, "body", m.text("piap.preview.edit.body"), body);
        EditForm.textField(html, "labels", m.text("piap.preview.labels"), labels);
        EditForm.buttons(html, m, "/pages/" + parent.getId());
        html.append("</form>");
        Layout.send(request, status, Layout.page(request,
                m.text("piap.preview.child.heading", parent.getTitle()), null, html.toString(),
                List.of()));
    }
}
