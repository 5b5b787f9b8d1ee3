package wales.piap.preview.web;

import com.atlassian.confluence.core.DefaultSaveContext;
import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.spaces.Space;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.owasp.encoder.Encode;
import wales.piap.preview.PreviewHost;
import wales.piap.render.Messages;

/** Home, index, and the view, edit and storage routes of one page. */
final class PageRoutes {

    private final PreviewHost host;

    PageRoutes(PreviewHost host) {
        this.host = host;
    }

    void home(Request request) throws IOException {
        Messages m = Messages.forLocale(request.locale());
        StringBuilder html = new StringBuilder("<h2>")
                .append(Encode.forHtml(m.text("piap.preview.spaces"))).append("</h2><ul>");
        for (Space space : host.services().store().spaces()) {
            html.append("<li>").append(Encode.forHtml(space.getName())).append(" (")
                    .append(Encode.forHtml(space.getKey())).append(")</li>");
        }
        html.append("</ul><h2>").append(Encode.forHtml(m.text("piap.preview.plans")))
                .append("</h2><ul class=\"plans\">");
        List<Page> plans = PreviewHost.as(request.user().orElse(null), request.locale(),
                host::plans);
        for (Page plan : plans) {
            html.append("<li>").append(pageLink(plan)).append("</li>");
        }
        if (plans.isEmpty()) {
            html.append("<li>").append(Encode.forHtml(m.text("piap.preview.no-plans")))
                    .append("</li>");
        }
        html.append("</ul><p><a class=\"aui-button aui-button-primary\" href=\"/create\">")
                .append(Encode.forHtml(m.text("piap.preview.create"))).append("</a></p>");
        Layout.send(request, 200, Layout.page(request, m.text("piap.preview.title"), null,
                html.toString(), List.of()));
    }

    void index(Request request) throws IOException {
        Page page = new Page();
        page.setTitle(Messages.forLocale(request.locale()).text("piap.preview.index"));
        page.setSpace(host.services().spaceManager().getSpace(PreviewHost.LA_SPACE));
        page.setBodyAsString("<p><ac:structured-macro ac:name=\"piap-plan-index\" "
                + "ac:schema-version=\"1\"/></p>");
        show(request, page);
    }

    void view(Request request, long id) throws IOException {
        Optional<Page> page = visiblePage(request, id, Permission.VIEW);
        if (page.isEmpty()) {
            notFound(request, id);
            return;
        }
        show(request, page.get());
    }

    private void show(Request request, Page page) throws IOException {
        host.services().pageBuilderService().startPage();
        String body = PreviewHost.as(request.user().orElse(null), request.locale(),
                () -> host.renderer().render(page, request.locale()));
        Set<String> required = host.services().pageBuilderService().finishPage();
        StringBuilder html = new StringBuilder("<div id=\"main-content\" class=\"wiki-content\">")
                .append(body).append("</div>");
        if (page.getId() != 0) {
            html.append(pageFooter(request, page));
        }
        Layout.send(request, 200, Layout.page(request, page.getTitle(), breadcrumbs(page),
                html.toString(), host.stylesheets(required)));
    }

    private String pageFooter(Request request, Page page) {
        StringBuilder html = new StringBuilder();
        List<Page> children = page.getChildren().stream()
                .filter(c -> canView(request, c, Permission.VIEW)).toList();
        if (!children.isEmpty()) {
            html.append("<div class=\"children\"><h3>Child pages</h3><ul>");
            children.forEach(c -> html.append("<li>").append(pageLink(c)).append("</li>"));
            html.append("</ul></div>");
        }
        html.append("<div class=\"labels\">Labels:");
        for (Label label : page.getLabels()) {
            html.append(" <span class=\"aui-label\">").append(Encode.forHtml(label.getName()))
                    .append("</span>");
        }
        html.append("</div><div class=\"page-metadata\">Version ").append(page.getVersion())
                .append(" · <a href=\"/pages/").append(page.getId())
                .append("/storage\">View storage format</a>");
        if (canView(request, page, Permission.EDIT)) {
            html.append(" · <a id=\"edit-link\" href=\"/pages/").append(page.getId())
                    .append("/edit\">Edit</a>");
        }
        return html.append("</div>").toString();
    }

    void storage(Request request, long id) throws IOException {
        Optional<Page> page = visiblePage(request, id, Permission.VIEW);
        if (page.isEmpty()) {
            notFound(request, id);
            return;
        }
        Layout.send(request, 200, "text/plain; charset=utf-8", page.get().getBodyAsString());
    }

    void edit(Request request, long id, boolean save) throws IOException {
        Optional<Page> found = visiblePage(request, id, Permission.EDIT);
        if (found.isEmpty()) {
            Layout.send(request, 403, Layout.message(request, "Cannot edit", "Page " + id
                    + " does not exist, or user " + request.userName() + " may not edit it."));
            return;
        }
        Page page = found.get();
        if (!save) {
            String restrictions = String.join(", ",
                    host.services().store().viewRestrictions(id));
            EditForm.send(request, page, 200, page.getBodyAsString(), restrictions,
                    page.getVersion(), null);
            return;
        }
        Map<String, String> form = request.form();
        String body = form.getOrDefault("body", "");
        String restrictions = form.getOrDefault("restrictions", "");
        String version = form.getOrDefault("version", "");
        List<String> users = new ArrayList<>(Arrays.stream(restrictions.split("[,\\s]+"))
                .filter(s -> !s.isEmpty()).distinct().toList());
        String problem = EditForm.problem(request, page, body, users, version);
        if (problem != null) {
            int status = problem.startsWith("Conflict") ? 409 : 400;
            EditForm.send(request, page, status, body, restrictions, page.getVersion(), problem);
            return;
        }
        PreviewHost.as(request.user().orElse(null), request.locale(), () -> {
            host.services().pageManager().saveNewVersion(page, p -> p.setBodyAsString(body),
                    DefaultSaveContext.DEFAULT);
            return null;
        });
        host.services().store().setViewRestrictions(id, users);
        Layout.redirect(request, "/pages/" + id);
    }

    private Optional<Page> visiblePage(Request request, long id, Permission permission) {
        Page page = host.services().pageManager().page(id);
        if (page == null || !canView(request, page, permission)) {
            return Optional.empty();
        }
        return Optional.of(page);
    }

    private boolean canView(Request request, Page page, Permission permission) {
        return host.services().permissionManager().hasPermission(request.user().orElse(null),
                permission, page);
    }

    private void notFound(Request request, long id) throws IOException {
        Layout.send(request, 404, Layout.message(request, "Page not found", "Page " + id
                + " does not exist, or user " + request.userName() + " may not view it."));
    }

    private static String breadcrumbs(Page page) {
        StringBuilder html = new StringBuilder("<a href=\"/\">");
        Space space = page.getSpace();
        html.append(Encode.forHtml(space == null ? "" : space.getName())).append("</a>");
        for (Page ancestor : page.getAncestors()) {
            html.append(" / ").append(pageLink(ancestor));
        }
        return html.toString();
    }

    static String pageLink(Page page) {
        return "<a href=\"/pages/" + page.getId() + "\">" + Encode.forHtml(page.getTitle())
                + "</a>";
    }
}
