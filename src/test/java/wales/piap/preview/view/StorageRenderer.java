package wales.piap.preview.view;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.owasp.encoder.Encode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import wales.piap.preview.host.HostServices;
import wales.piap.preview.host.PreviewUser;
import wales.piap.preview.plugin.PluginModules;
import wales.piap.render.DateText;
import wales.piap.render.Messages;

/**
 * Renders a page's storage format to view HTML with Confluence's view class names. Every text
 * and attribute from storage is HTML-encoded on output; only the plugin's macros add markup of
 * their own. Elements outside the supported set keep their content and lose their tag.
 */
public final class StorageRenderer {

    private static final Set<String> PLAIN_TAGS = Set.of("p", "h1", "h2", "h3", "h4", "h5",
            "h6", "ul", "ol", "li", "thead", "tbody", "tfoot", "tr", "strong", "b", "em", "i",
            "u", "s", "del", "code", "pre", "blockquote", "sub", "sup", "span", "div", "small");
    /** Deepest element nesting rendered as markup; deeper content is shown as text. */
    public static final int MAX_DEPTH = 200;

    private static final Logger LOG = LoggerFactory.getLogger(StorageRenderer.class);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final HostServices host;
    private final MacroView macros;

    public StorageRenderer(PluginModules modules, HostServices host) {
        this.host = host;
        this.macros = new MacroView(modules, this);
    }

    /** Renders the body of {@code page} for the thread's user in {@code locale}. */
    public String render(Page page, Locale locale) {
        Target target = new Target(page, locale, new StringBuilder());
        children(StorageXml.parse(page.getBodyAsString()), target);
        return target.out().toString();
    }

    /**
     * Renders the child nodes of {@code element} into {@code target}. Below
     * {@link #MAX_DEPTH} levels it writes them as escaped storage format under a note, so deep
     * nesting cannot overflow the stack of this recursive renderer.
     */
    void children(Element element, Target target) {
        if (target.depth > MAX_DEPTH) {
            tooDeep(element, target);
            return;
        }
        target.depth++;
        try {
            for (Node node : element.childNodes()) {
                node(node, target);
            }
        } finally {
            target.depth--;
        }
    }

    private static void tooDeep(Element element, Target target) {
        if (!target.reportedTooDeep) {
            target.reportedTooDeep = true;
            LOG.warn("Page {} nests elements deeper than {} levels; the rest is shown as text",
                    target.page().getId(), MAX_DEPTH);
        }
        Messages m = Messages.forLocale(target.locale());
        StringBuilder inner = new StringBuilder();
        // jsoup serialises without recursion, so this is safe at any depth.
        element.childNodes().forEach(child -> inner.append(child.outerHtml()));
        target.out().append("<div class=\"aui-message aui-message-warning preview-too-deep\">")
                .append(Encode.forHtml(m.text("piap.preview.render.too-deep",
                        String.valueOf(MAX_DEPTH))))
                .append("<pre>").append(Encode.forHtml(inner.toString()))
                .append("</pre></div>");
    }

    private void node(Node node, Target target) {
        if (node instanceof TextNode text) {
            target.out().append(Encode.forHtml(text.getWholeText()));
        } else if (node instanceof Element element) {
            element(element, target);
        }
    }

    private void element(Element element, Target target) {
        String name = element.tagName();
        StringBuilder out = target.out();
        if (MacroView.isMacro(element)) {
            macros.render(element, target);
        } else if ("p".equals(name) && MacroView.isLoneMacroParagraph(element)) {
            children(element, target);
        } else if (PLAIN_TAGS.contains(name)) {
            out.append('<').append(name).append('>');
            children(element, target);
            out.append("</").append(name).append('>');
        } else if ("br".equals(name) || "hr".equals(name)) {
            out.append('<').append(name).append('>');
        } else if ("table".equals(name)) {
            out.append("<div class=\"table-wrap\"><table class=\"confluenceTable\">");
            children(element, target);
            out.append("</table></div>");
        } else if ("th".equals(name) || "td".equals(name)) {
            cell(element, target);
        } else if ("a".equals(name)) {
            anchor(element, target);
        } else if ("time".equals(name)) {
            time(element, target);
        } else if (name.startsWith("ac:")) {
            contentElement(element, target);
        } else if (!"colgroup".equals(name) && !"col".equals(name)
                && !name.startsWith("ri:") && !name.startsWith("at:")) {
            children(element, target);
        }
    }

    private void cell(Element cell, Target target) {
        StringBuilder out = target.out();
        String name = cell.tagName();
        out.append('<').append(name).append(" class=\"confluence")
                .append("th".equals(name) ? "Th" : "Td").append('"');
        for (String span : List.of("rowspan", "colspan")) {
            String value = cell.attr(span);
            if (value.matches("[1-9][0-9]{0,2}")) {
                out.append(' ').append(span).append("=\"").append(value).append('"');
            }
        }
        out.append('>');
        children(cell, target);
        out.append("</").append(name).append('>');
    }

    private void anchor(Element anchor, Target target) {
        String href = anchor.attr("href").trim();
        boolean safe = href.matches("(?i)(https?:|mailto:|/|#).*") && !href.startsWith("//");
        target.out().append("<a");
        if (safe) {
            target.out().append(" href=\"").append(Encode.forHtmlAttribute(href)).append('"');
        }
        target.out().append('>');
        children(anchor, target);
        target.out().append("</a>");
    }

    private void time(Element time, Target target) {
        String value = time.attr("datetime");
        try {
            LocalDate date = LocalDate.parse(value);
            LocalDate today = LocalDate.now(LONDON);
            String state = date.isBefore(today) ? "date-past"
                    : date.isAfter(today.plusDays(6)) ? "date-future" : "date-upcoming";
            target.out().append("<time datetime=\"").append(date).append("\" class=\"")
                    .append(state).append("\">")
                    .append(Encode.forHtml(DateText.format(date, target.locale())))
                    .append("</time>");
        } catch (DateTimeParseException e) {
            target.out().append("<span class=\"preview-invalid\">")
                    .append(Encode.forHtml(Messages.forLocale(target.locale())
                            .text("piap.preview.render.invalid-date", value)))
                    .append("</span>");
        }
    }

    private void contentElement(Element element, Target target) {
        StringBuilder out = target.out();
        switch (element.tagName()) {
            case "ac:placeholder" -> {
                out.append("<span class=\"text-placeholder\">");
                out.append(Encode.forHtml(element.text())).append("</span>");
            }
            case "ac:link" -> link(element, target);
            case "ac:inline-comment-marker" -> {
                out.append("<span class=\"inline-comment-marker\" data-ref=\"")
                        .append(Encode.forHtmlAttribute(element.attr("ac:ref"))).append("\">");
                children(element, target);
                out.append("</span>");
            }
            case "ac:layout" -> wrap("<div class=\"contentLayout2\">", element, target);
            case "ac:layout-section" -> wrap("<div class=\"columnLayout "
                    + Encode.forHtmlAttribute(element.attr("ac:type").replace('_', '-'))
                    + "\">", element, target);
            case "ac:layout-cell" -> {
                out.append("<div class=\"cell normal\"><div class=\"innerCell\">");
                children(element, target);
                out.append("</div></div>");
            }
            case "ac:task-list" -> {
                out.append("<ul class=\"inline-task-list\">");
                for (Element task : element.select("> ac|task")) {
                    boolean done = "complete".equals(task.select("> ac|task-status").text());
                    out.append(done ? "<li class=\"checked\">" : "<li>");
                    Element body = task.selectFirst("> ac|task-body");
                    if (body != null) {
                        children(body, target);
                    }
                    out.append("</li>");
                }
                out.append("</ul>");
            }
            case "ac:emoticon" -> out.append("<span class=\"emoticon\">(")
                    .append(Encode.forHtml(element.attr("ac:name"))).append(")</span>");
            case "ac:image" -> out.append("<span class=\"preview-image\">")
                    .append(Encode.forHtml(Messages.forLocale(target.locale()).text(
                            "piap.preview.render.image", element.select("ri|attachment")
                                    .attr("ri:filename")))).append("</span>");
            case "ac:rich-text-body", "ac:link-body" -> children(element, target);
            default -> {
                // Parameters, plain-text bodies and unknown ac: elements show nothing alone.
            }
        }
    }

    private void wrap(String start, Element element, Target target) {
        target.out().append(start);
        children(element, target);
        target.out().append("</div>");
    }

    private void link(Element link, Target target) {
        StringBuilder out = target.out();
        Element user = link.selectFirst("> ri|user");
        Element pageRef = link.selectFirst("> ri|page");
        if (user != null) {
            String key = user.hasAttr("ri:userkey") ? user.attr("ri:userkey")
                    : user.attr("ri:username");
            String name = PreviewUser.byKeyOrName(key).map(PreviewUser::getName).orElse(key);
            out.append("<a class=\"confluence-userlink user-mention\">@")
                    .append(Encode.forHtml(name)).append("</a>");
            return;
        }
        Page current = target.page();
        String title = pageRef == null ? current.getTitle() : pageRef.attr("ri:content-title");
        String space = pageRef == null || !pageRef.hasAttr("ri:space-key")
                ? current.getSpaceKey() : pageRef.attr("ri:space-key");
        Page linked = host.pageManager().getPage(space, title);
        boolean visible = linked != null && host.permissionManager().hasPermission(
                AuthenticatedUserThreadLocal.get(), Permission.VIEW, linked);
        out.append(visible ? "<a href=\"/pages/" + linked.getId() + "\">"
                : "<a class=\"createlink\">");
        Element plain = link.selectFirst("> ac|plain-text-link-body");
        Element rich = link.selectFirst("> ac|link-body");
        if (plain != null) {
            out.append(Encode.forHtml(plain.text()));
        } else if (rich != null) {
            children(rich, target);
        } else {
            out.append(Encode.forHtml(title));
        }
        out.append("</a>");
    }

    /** Output buffer, the page and locale being rendered, and the current nesting depth. */
    static final class Target {

        private final Page page;
        private final Locale locale;
        private final StringBuilder out;
        private int depth;
        private boolean reportedTooDeep;

        Target(Page page, Locale locale, StringBuilder out) {
            this.page = page;
            this.locale = locale;
            this.out = out;
        }

        Page page() {
            return page;
        }

        Locale locale() {
            return locale;
        }

        StringBuilder out() {
            return out;
        }
    }
}
