package wales.piap.preview.web;

import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.spaces.Space;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.owasp.encoder.Encode;
import wales.piap.preview.PreviewHost;
import wales.piap.render.Messages;

/** Home, index, and the view and storage routes of one page. */
final class PageRoutes {

    private final PreviewHost host;
    private final PageAccess access;

    PageRoutes(PreviewHost host, PageAccess access) {
        this.host = host;
        this.access = access;
    }

    void home(Request request) throws IOException {
        Messages m = Messages.forLocale(request.locale());
        StringBuilder html = new StringBuilder("<h2>")
                .append(Encode.forHtml(m.text("piap.preview.spaces"))).append("</h2><ul>");
        for (Space space : host.services().store().spaces()) {
            html.append("<li>").append(Encode.forHtml(spaceName(space, m))).append(" (")
                    .append(Encode.forHtml(space.getKey())).append(") <a class=\"create-page\" "
                            + "href=\"/spaces/").append(Encode.forUriComponent(space.getKey()))
                    .append("/create-page\">")
                    .append(Encode.forHtml(m.text("piap.preview.space.create-page")))
                    .append("</a></li>");
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
        Optional<Page> page = access.viewable(request, id);
        if (page.isEmpty()) {
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
        Layout.send(request, 200, Layout.page(request, page.getTitle(),
                breadcrumbs(page, Messages.forLocale(request.locale())),
                html.toString(), host.stylesheets(required)));
    }

    private String pageFooter(Request request, Page page) {
        Messages m = Messages.forLocale(request.locale());
        StringBuilder html = new StringBuilder();
        List<Page> children = page.getChildren().stream()
                .filter(c -> access.can(request, Permission.VIEW, c)).toList();
        if (!children.isEmpty()) {
            html.append("<div class=\"children\"><h3>")
                    .append(Encode.forHtml(m.text("piap.preview.page.children")))
                    .append("</h3><ul>");
            children.forEach(c -> html.append("<li>").append(pageLink(c)).append("</li>"));
            html.append("</ul></div>");
        }
        html.append("<div class=\"labels\">")
                .append(Encode.forHtml(m.text("piap.preview.page.labels")));
        for (Label label : page.getLabels()) {
            html.append(" <span class=\"aui-label\">").append(Encode.forHtml(label.getName()))
                    .append("</span>");
        }
        html.append("</div><div class=\"page-metadata\">")
                .append(Encode.forHtml(m.text("piap.preview.page.version",
                        String.valueOf(page.getVersion()))))
                .append(" · <a href=\"/pages/").append(page.getId()).append("/storage\">")
                .append(Encode.forHtml(m.text("piap.preview.page.storage"))).append("</a>");
        if (access.can(request, Permission.EDIT, page)) {
            html.append(" · <a id=\"edit-link\" href=\"/pages/").append(page.getId())
                    .append("/edit\">").append(Encode.forHtml(m.text("piap.preview.page.edit")))
                    .append("</a> · <a id=\"create-child-link\" href=\"/pages/")
                    .append(page.getId()).append("/create-child\">")
                    .append(Encode.forHtml(m.text("piap.preview.child.create")))
                    .append("</a>");
        }
        return html.append("</div>").toString();
    }

    void storage(Request request, long id) throws IOException {
        Optional<Page> page = access.viewable(request, id);
        if (page.isEmpty()) {
            return;
        }
        Layout.send(request, 200, "text/plain; charset=utf-8", page.get().getBodyAsString());
    }

    private static String breadcrumbs(Page page, Messages m) {
        StringBuilder html = new StringBuilder("<a href=\"/\">");
        Space space = page.getSpace();
        html.append(Encode.forHtml(space == null ? "" : spaceName(space, m))).append("</a>");
        for (Page ancestor : page.getAncestors()) {
            html.append(" / ").append(pageLink(ancestor));
        }
        return html.toString();
    }

    /**
     * Returns the name of {@code space} in the viewer's language: the bundle's name for the
     * spaces the preview creates, else the stored name.
     */
    static String spaceName(Space space, Messages m) {
        String key = space.getKey();
        return PreviewHost.PLANS_SPACE.equals(key) || PreviewHost.LA_SPACE.equals(key)
                ? m.text("piap.preview.space." + key.toLowerCase(Locale.ROOT))
                : space.getName();
    }

    static String pageLink(Page page) {
        return "<a href=\"/pages/" + page.getId() + "\">" + Encode.forHtml(page.getTitle())
                + "</a>";
    }
}
