package wales.piap.preview.web;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import org.owasp.encoder.Encode;
import wales.piap.preview.host.PreviewUser;
import wales.piap.render.Messages;

/** Page chrome in Confluence's look (header bar, breadcrumbs, title) and response writing. */
final class Layout {

    private Layout() {
    }

    /** Wraps {@code contentHtml} in a full page; {@code title} is plain text. */
    static String page(Request request, String title, String breadcrumbsHtml, String contentHtml,
            Collection<String> stylesheets) {
        Messages messages = Messages.forLocale(request.locale());
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html><html lang=\"")
                .append(Messages.isWelsh(request.locale()) ? "cy" : "en")
                .append("\"><head><meta charset=\"utf-8\"><title>")
                .append(Encode.forHtml(title)).append(" - ")
                .append(Encode.forHtml(messages.text("piap.preview.title")))
                .append("</title><link rel=\"stylesheet\" href=\"/static/preview.css\">");
        for (String stylesheet : stylesheets) {
            html.append("<link rel=\"stylesheet\" href=\"")
                    .append(Encode.forHtmlAttribute(stylesheet)).append("\">");
        }
        html.append("</head><body><header id=\"header\"><a class=\"logo\" href=\"/\">")
                .append(Encode.forHtml(messages.text("piap.preview.title"))).append("</a>")
                .append("<a href=\"/create\">")
                .append(Encode.forHtml(messages.text("piap.preview.create"))).append("</a>")
                .append("<a href=\"/index\">")
                .append(Encode.forHtml(messages.text("piap.preview.index"))).append("</a>")
                .append(switcher(request, messages)).append("</header><main id=\"main\">");
        request.unrecognisedRememberedUser().ifPresent(name -> html.append(
                "<div class=\"aui-message aui-message-warning\" id=\"user-not-recognised\">")
                .append(Encode.forHtml(messages.text("piap.preview.user.not-recognised", name,
                        String.join(", ", PreviewUser.choiceNames()))))
                .append("</div>"));
        if (breadcrumbsHtml != null) {
            html.append("<nav class=\"breadcrumbs\">").append(breadcrumbsHtml).append("</nav>");
        }
        html.append("<h1 id=\"title-text\">").append(Encode.forHtml(title)).append("</h1>")
                .append(contentHtml).append("</main></body></html>");
        return html.toString();
    }

    private static String switcher(Request request, Messages messages) {
        StringBuilder html = new StringBuilder("<span class=\"switcher\">");
        html.append(Encode.forHtml(messages.text("piap.preview.user"))).append(':');
        for (PreviewUser user : PreviewUser.ALL) {
            link(html, "as=" + user.getName(), user.getName(),
                    user.getName().equals(request.userName()));
        }
        link(html, "as=" + PreviewUser.ANONYMOUS, messages.text("piap.preview.anonymous"),
                PreviewUser.ANONYMOUS.equals(request.userName()));
        html.append(" | ").append(Encode.forHtml(messages.text("piap.preview.language")))
                .append(':');
        link(html, "lang=en", "English", !Messages.isWelsh(request.locale()));
        link(html, "lang=cy", "Cymraeg", Messages.isWelsh(request.locale()));
        return html.append("</span>").toString();
    }

    private static void link(StringBuilder html, String query, String text, boolean current) {
        html.append(" <a href=\"?").append(Encode.forHtmlAttribute(query)).append('"')
                .append(current ? " class=\"current\"" : "").append('>')
                .append(Encode.forHtml(text)).append("</a>");
    }

    /** Sends {@code html} with {@code status} and safe headers. */
    static void send(Request request, int status, String html) throws IOException {
        send(request, status, "text/html; charset=utf-8", html);
    }

    /** Sends {@code body} with {@code status} and {@code contentType}. */
    static void send(Request request, int status, String contentType, String body)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        HttpExchange exchange = request.exchange();
        exchange.getResponseHeaders().set("Content-Type", contentType);
        headers(request);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Sends a 303 redirect to {@code location}. */
    static void redirect(Request request, String location) throws IOException {
        request.exchange().getResponseHeaders().set("Location", location);
        headers(request);
        request.exchange().sendResponseHeaders(303, -1);
        request.exchange().close();
    }

    private static void headers(Request request) {
        HttpExchange exchange = request.exchange();
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.getResponseHeaders().set("Content-Security-Policy",
                "default-src 'self'; style-src 'self' 'unsafe-inline'; script-src 'none'");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        for (String cookie : request.choiceCookies()) {
            exchange.getResponseHeaders().add("Set-Cookie", cookie);
        }
    }

    /** Returns a short message page for an error status. */
    static String message(Request request, String title, String message) {
        return page(request, title, null, "<div class=\"aui-message aui-message-error\">"
                + Encode.forHtml(message) + "</div>", java.util.List.of());
    }
}
