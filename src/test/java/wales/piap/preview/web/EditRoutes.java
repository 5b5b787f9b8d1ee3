package wales.piap.preview.web;

import com.atlassian.confluence.core.DefaultSaveContext;
import com.atlassian.confluence.pages.Page;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import wales.piap.preview.PreviewHost;

/** GET and POST /pages/{id}/edit: storage format, view restriction and labels of a page. */
final class EditRoutes {

    private final PreviewHost host;
    private final PageAccess access;

    EditRoutes(PreviewHost host, PageAccess access) {
        this.host = host;
        this.access = access;
    }

    void form(Request request, long id) throws IOException {
        Optional<Page> found = access.editable(request, id);
        if (found.isEmpty()) {
            return;
        }
        Page page = found.get();
        String restrictions = String.join(", ", host.services().store().viewRestrictions(id));
        EditForm.Values values = new EditForm.Values(page.getBodyAsString(), restrictions,
                LabelNames.text(page), String.valueOf(page.getVersion()));
        EditForm.send(request, page, 200, values, null);
    }

    void save(Request request, long id) throws IOException {
        Optional<Page> found = access.editable(request, id);
        if (found.isEmpty()) {
            return;
        }
        Page page = found.get();
        Map<String, String> form = request.form();
        // A post without the labels field (an older form or a script) keeps the labels.
        String labelText = form.getOrDefault("labels", LabelNames.text(page));
        EditForm.Values values = new EditForm.Values(form.getOrDefault("body", ""),
                form.getOrDefault("restrictions", ""), labelText,
                form.getOrDefault("version", ""));

        List<String> users = Arrays.stream(values.restrictions().split("[,\\s]+"))
                .filter(s -> !s.isEmpty()).distinct().toList();
        EditForm.Problem problem = EditForm.problem(request, page, values, users);
        if (problem != null) {
            // The form keeps the version the user opened, so after a conflict a second Save is
            // refused too, rather than overwriting the other person's version.
            EditForm.send(request, page, problem.status(), values, problem.message());
            return;
        }

        List<String> labels = LabelNames.split(values.labels());
        PreviewHost.as(request.user().orElse(null), request.locale(), () -> {
            // Labels first, so listeners of the update event see the page's new labels.
            LabelNames.replace(host.services().labelManager(), page, labels);
            host.services().pageManager().saveNewVersion(page,
                    p -> p.setBodyAsString(values.body()), DefaultSaveContext.DEFAULT);
            return null;
        });
        host.services().store().setViewRestrictions(id, users);
        Layout.redirect(request, "/pages/" + id);
    }
}
