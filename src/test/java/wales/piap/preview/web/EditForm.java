package wales.piap.preview.web;

import com.atlassian.confluence.pages.Page;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.owasp.encoder.Encode;
import wales.piap.preview.host.PreviewUser;
import wales.piap.preview.view.StorageXml;

/** The storage-format edit form: shown with the user's text kept, and its checks. */
final class EditForm {

    private EditForm() {
    }

    /** Returns why the edit cannot be saved, or null when it can. */
    static String problem(Request request, Page page, String body, List<String> users,
            String version) {
        if (!String.valueOf(page.getVersion()).equals(version)) {
            return "Conflict: someone saved version " + page.getVersion() + " after you opened "
                    + "version " + version + ". Your text is below; copy it, reload the page "
                    + "and apply your changes again.";
        }
        Optional<String> error = StorageXml.findWellFormednessError(body);
        if (error.isPresent()) {
            return "The storage format is not well-formed XML, so nothing was saved. "
                    + error.get();
        }
        for (String user : users) {
            if (PreviewUser.byName(user).isEmpty()) {
                return "Unknown user \"" + user + "\" in the view restriction. Known users: "
                        + String.join(", ", PreviewUser.ALL.stream().map(PreviewUser::getName)
                        .toList()) + ".";
            }
        }
        boolean admin = request.user().map(PreviewUser::isAdministrator).orElse(false);
        if (!users.isEmpty() && !admin && !users.contains(request.userName())) {
            return "The view restriction leaves out you (" + request.userName() + "), so you "
                    + "could not see the page after saving. Add your name to the list.";
        }
        return null;
    }

    static void send(Request request, Page page, int status, String body, String restrictions,
            int version, String problem) throws IOException {
        StringBuilder html = new StringBuilder();
        if (problem != null) {
            html.append("<div class=\"aui-message aui-message-error\" role=\"alert\">")
                    .append(Encode.forHtml(problem)).append("</div>");
        }
        html.append("<form class=\"aui\" method=\"post\" action=\"/pages/").append(page.getId())
                .append("/edit\"><input type=\"hidden\" name=\"version\" value=\"")
                .append(version).append("\"><div class=\"field-group\"><label for=\"body\">"
                        + "Storage format</label><textarea id=\"body\" name=\"body\" rows=\"24\""
                        + " class=\"storage-editor\">")
                .append(Encode.forHtml(body))
                .append("</textarea></div><div class=\"field-group\"><label for=\"restrictions\">"
                        + "Users who can view (comma-separated; blank: everyone)</label>"
                        + "<input class=\"text\" type=\"text\" id=\"restrictions\" "
                        + "name=\"restrictions\" value=\"")
                .append(Encode.forHtmlAttribute(restrictions))
                .append("\"></div><div class=\"buttons\"><button type=\"submit\" class=\""
                        + "aui-button aui-button-primary\">Save</button> <a href=\"/pages/")
                .append(page.getId()).append("\">Cancel</a></div></form>");
        Layout.send(request, status, Layout.page(request, "Edit " + page.getTitle(), null,
                html.toString(), List.of()));
    }
}
