package wales.piap.preview.web;

import com.atlassian.confluence.pages.Page;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.owasp.encoder.Encode;
import wales.piap.preview.host.PreviewUser;
import wales.piap.preview.view.StorageXml;
import wales.piap.render.Messages;

/** The storage-format edit form: shown with the user's text kept, and its checks. */
final class EditForm {

    /**
     * Deepest element nesting a saved body may have. The view renders at most
     * {@link wales.piap.preview.view.StorageRenderer#MAX_DEPTH} levels as markup, and a limit
     * at save keeps hand-written or generated bodies far from the parsers' limits.
     */
    static final int MAX_SAVE_DEPTH = 500;

    private EditForm() {
    }

    /**
     * The form's fields as the user typed them.
     *
     * @param body storage format
     * @param restrictions user names who can view, separated by spaces or commas
     * @param labels label names, separated by spaces or commas
     * @param version the page version the form was opened at
     */
    record Values(String body, String restrictions, String labels, String version) {
    }

    /**
     * Why an edit cannot be saved: the HTTP status to answer with and the message to show.
     *
     * @param status 409 for a version conflict, 400 for invalid input
     * @param message the reason, in the viewer's language
     */
    record Problem(int status, String message) {
    }

    /** Returns why the edit cannot be saved, or null when it can. */
    static Problem problem(Request request, Page page, Values values, List<String> users) {
        Messages m = Messages.forLocale(request.locale());
        if (!values.version().matches("[1-9][0-9]{0,8}")) {
            return new Problem(400, m.text("piap.preview.edit.version-invalid",
                    values.version()));
        }
        if (Long.parseLong(values.version()) > page.getVersion()) {
            return new Problem(400, m.text("piap.preview.edit.version-unknown",
                    values.version(), String.valueOf(page.getVersion())));
        }
        if (!String.valueOf(page.getVersion()).equals(values.version())) {
            return new Problem(409, m.text("piap.preview.edit.conflict",
                    String.valueOf(page.getVersion()), values.version()));
        }
        Optional<String> error = storageProblem(m, values.body());
        if (error.isPresent()) {
            return new Problem(400, error.get());
        }
        for (String user : users) {
            if (PreviewUser.byName(user).isEmpty()) {
                return new Problem(400, m.text("piap.preview.edit.unknown-user", user,
                        String.join(", ", PreviewUser.ALL.stream().map(PreviewUser::getName)
                                .toList())));
            }
        }
        boolean admin = request.user().map(PreviewUser::isAdministrator).orElse(false);
        if (!users.isEmpty() && !admin && !users.contains(request.userName())) {
            return new Problem(400, m.text("piap.preview.edit.locks-out", request.userName()));
        }
        return LabelNames.problem(LabelNames.split(values.labels()), m)
                .map(message -> new Problem(400, message)).orElse(null);
    }

    /**
     * Returns why {@code body} cannot be saved as storage format: not well-formed, or nesting
     * deeper than {@link #MAX_SAVE_DEPTH}; empty when it can.
     */
    static Optional<String> storageProblem(Messages m, String body) {
        Optional<String> error = StorageXml.findWellFormednessError(body);
        if (error.isPresent()) {
            return Optional.of(m.text("piap.preview.edit.malformed", error.get()));
        }
        int depth = StorageXml.maxDepth(body);
        if (depth > MAX_SAVE_DEPTH) {
            return Optional.of(m.text("piap.preview.edit.too-deep", String.valueOf(depth),
                    String.valueOf(MAX_SAVE_DEPTH)));
        }
        return Optional.empty();
    }

    /**
     * Sends the form holding {@code values}, with {@code problem} above it when not null. On a
     * 409 the message links to a fresh form of the current version.
     */
    static void send(Request request, Page page, int status, Values values, String problem)
            throws IOException {
        Messages m = Messages.forLocale(request.locale());
        StringBuilder html = new StringBuilder();
        if (problem != null) {
            html.append("<div class=\"aui-message aui-message-error\" role=\"alert\">")
                    .append(Encode.forHtml(problem));
            if (status == 409) {
                html.append(" <a id=\"reload-link\" href=\"/pages/").append(page.getId())
                        .append("/edit\">").append(Encode.forHtml(m.text(
                                "piap.preview.edit.reload", String.valueOf(page.getVersion()))))
                        .append("</a>");
            }
            html.append("</div>");
        }
        html.append("<form class=\"aui\" method=\"post\" action=\"/pages/").append(page.getId())
                .append("/edit\"><input type=\"hidden\" name=\"version\" value=\"")
                .append(Encode.forHtmlAttribute(values.version())).append("\">");
        textArea(html, "body", m.text("piap.preview.edit.body"), values.body());
        textField(html, "restrictions", m.text("piap.preview.edit.restrictions"),
                values.restrictions());
        textField(html, "labels", m.text("piap.preview.labels"), values.labels());
        buttons(html, m, "/pages/" + page.getId());
        html.append("</form>");
        Layout.send(request, status, Layout.page(request,
                m.text("piap.preview.edit.title", page.getTitle()), null, html.toString(),
                List.of()));
    }

    /** Appends a labelled storage-format text area holding {@code value}. */
    static void textArea(StringBuilder html, String name, String label, String value) {
        html.append("<div class=\"field-group\"><label for=\"").append(name).append("\">")
                .append(Encode.forHtml(label)).append("</label><textarea id=\"").append(name)
                .append("\" name=\"").append(name)
                .append("\" rows=\"24\" class=\"storage-editor\">")
                .append(Encode.forHtml(value)).append("</textarea></div>");
    }

    /** Appends a labelled one-line text field holding {@code value}. */
    static void textField(StringBuilder html, String name, String label, String value) {
        html.append("<div class=\"field-group\"><label for=\"").append(name).append("\">")
                .append(Encode.forHtml(label))
                .append("</label><input class=\"text\" type=\"text\" id=\"").append(name)
                .append("\" name=\"").append(name).append("\" value=\"")
                .append(Encode.forHtmlAttribute(value)).append("\"></div>");
    }

    /** Appends the Save button and a Cancel link to {@code cancelHref}. */
    static void buttons(StringBuilder html, Messages m, String cancelHref) {
        html.append("<div class=\"buttons\"><button type=\"submit\" class=\""
                        + "aui-button aui-button-primary\">")
                .append(Encode.forHtml(m.text("piap.preview.edit.save")))
                .append("</button> <a href=\"").append(Encode.forHtmlAttribute(cancelHref))
                .append("\">").append(Encode.forHtml(m.text("piap.preview.edit.cancel")))
                .append("</a></div>");
    }
}
