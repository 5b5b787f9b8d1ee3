package wales.piap.preview.view;

import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.owasp.encoder.Encode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import wales.piap.preview.host.PreviewConversionContext;
import wales.piap.preview.plugin.PluginModules;
import wales.piap.preview.plugin.PluginModules.ModuleUnavailableException;
import wales.piap.preview.view.StorageRenderer.Target;
import wales.piap.render.Messages;

/**
 * Renders {@code ac:structured-macro} elements: the plugin's macros through
 * {@link Macro#execute}, the Confluence macros that plan pages use (details, status, the
 * information macros, panel, expand, code), and a grey notice for any other macro.
 */
final class MacroView {

    private static final Logger LOG = LoggerFactory.getLogger(MacroView.class);
    private static final Map<String, String> INFORMATION_TYPES = Map.of(
            "info", "information", "tip", "tip", "note", "note", "warning", "warning");
    private static final Map<String, String> STATUS_CLASSES = Map.of(
            "green", " aui-lozenge-success", "red", " aui-lozenge-error",
            "yellow", " aui-lozenge-moved", "blue", " aui-lozenge-current");
    private static final Set<String> INLINE_MACROS = Set.of("status");

    private final PluginModules modules;
    private final StorageRenderer renderer;

    MacroView(PluginModules modules, StorageRenderer renderer) {
        this.modules = modules;
        this.renderer = renderer;
    }

    static boolean isMacro(Element element) {
        return "ac:structured-macro".equals(element.tagName())
                || "ac:macro".equals(element.tagName());
    }

    /** Tells whether {@code paragraph} contains one block macro and nothing but whitespace. */
    static boolean isLoneMacroParagraph(Element paragraph) {
        Element only = null;
        for (Node node : paragraph.childNodes()) {
            if (node instanceof TextNode text && text.isBlank()) {
                continue;
            }
            if (only != null || !(node instanceof Element element) || !isMacro(element)) {
                return false;
            }
            only = element;
        }
        return only != null && !INLINE_MACROS.contains(only.attr("ac:name"));
    }

    void render(Element macro, Target target) {
        String name = macro.attr("ac:name");
        Map<String, String> parameters = parameters(macro);
        Element body = macro.selectFirst("> ac|rich-text-body");
        StringBuilder out = target.out();
        if (modules.isPluginMacro(name)) {
            pluginMacro(name, parameters, target);
            return;
        }
        switch (name) {
            case "details" -> {
                if (!"true".equalsIgnoreCase(parameters.get("hidden"))) {
                    out.append("<div class=\"plugin-tabmeta-details conf-macro output-block\" "
                            + "data-macro-name=\"details\">");
                    body(body, target);
                    out.append("</div>");
                }
            }
            case "status" -> status(parameters, out);
            case "info", "tip", "note", "warning" -> information(name, parameters, body, target);
            case "panel" -> {
                out.append("<div class=\"panel conf-macro output-block\">");
                title("<div class=\"panelHeader\"><b>", parameters.get("title"),
                        "</b></div>", out);
                out.append("<div class=\"panelContent\">");
                body(body, target);
                out.append("</div></div>");
            }
            case "expand" -> {
                String title = parameters.getOrDefault("title",
                        parameters.getOrDefault("", Messages.forLocale(target.locale())
                                .text("piap.preview.render.expand")));
                out.append("<details class=\"expand-container\"><summary class=\""
                        + "expand-control-text\">").append(Encode.forHtml(title))
                        .append("</summary><div class=\"expand-content\">");
                body(body, target);
                out.append("</div></details>");
            }
            case "code", "noformat" -> out.append("<pre class=\"code panel\">")
                    .append(Encode.forHtml(macro.select("> ac|plain-text-body").text()))
                    .append("</pre>");
            default -> out.append("<div class=\"preview-unsupported\">")
                    .append(Encode.forHtml(Messages.forLocale(target.locale())
                            .text("piap.preview.render.macro-unsupported", name)))
                    .append("</div>");
        }
    }

    private void pluginMacro(String name, Map<String, String> parameters, Target target) {
        StringBuilder out = target.out();
        long pageId = target.page().getId();
        try {
            Macro macro = modules.macro(name);
            String html = macro.execute(parameters, "", new PreviewConversionContext(
                    target.page(), target.page().getSpaceKey(), "display"));
            out.append("<div class=\"conf-macro output-block\" data-hasbody=\"false\" "
                    + "data-macro-name=\"").append(Encode.forHtmlAttribute(name)).append("\">")
                    .append(html == null ? "" : html).append("</div>");
        } catch (ModuleUnavailableException e) {
            errorPanel(e.getMessage(), out);
        } catch (MacroExecutionException | RuntimeException e) {
            LOG.error("Macro {} failed on page {}", name, pageId, e);
            errorPanel(Messages.forLocale(target.locale()).text(
                    "piap.preview.render.macro-failed", name, String.valueOf(e.getMessage())),
                    out);
        }
    }

    private static void errorPanel(String message, StringBuilder out) {
        out.append("<div class=\"aui-message aui-message-error preview-macro-error\">")
                .append(Encode.forHtml(message)).append("</div>");
    }

    private void information(String name, Map<String, String> parameters, Element body,
            Target target) {
        StringBuilder out = target.out();
        out.append("<div class=\"confluence-information-macro confluence-information-macro-")
                .append(INFORMATION_TYPES.get(name)).append(" conf-macro output-block\">");
        title("<p class=\"title\">", parameters.get("title"), "</p>", out);
        out.append("<div class=\"confluence-information-macro-body\">");
        body(body, target);
        out.append("</div></div>");
    }

    private static void status(Map<String, String> parameters, StringBuilder out) {
        String colour = parameters.getOrDefault("colour", parameters.getOrDefault("color",
                "Grey"));
        String title = parameters.getOrDefault("title", colour);
        out.append("<span class=\"status-macro aui-lozenge")
                .append(STATUS_CLASSES.getOrDefault(colour.toLowerCase(Locale.ROOT), ""))
                .append("true".equalsIgnoreCase(parameters.get("subtle"))
                        ? " aui-lozenge-subtle" : "")
                .append(" conf-macro output-inline\" data-macro-name=\"status\">")
                .append(title.isBlank() ? "&nbsp;" : Encode.forHtml(title)).append("</span>");
    }

    private static void title(String start, String title, String end, StringBuilder out) {
        if (title != null && !title.isBlank()) {
            out.append(start).append(Encode.forHtml(title)).append(end);
        }
    }

    private void body(Element body, Target target) {
        if (body != null) {
            renderer.children(body, target);
        }
    }

    /** Reads parameters: trimmed text, or the keys and titles of resource identifiers. */
    static Map<String, String> parameters(Element macro) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (Element parameter : macro.select("> ac|parameter, > ac|default-parameter")) {
            String name = parameter.attr("ac:name");
            StringJoiner values = new StringJoiner(",");
            for (Element resource : parameter.select("ri|space, ri|page, ri|user")) {
                values.add(switch (resource.tagName()) {
                    case "ri:space" -> resource.attr("ri:space-key");
                    case "ri:page" -> resource.attr("ri:content-title");
                    default -> resource.hasAttr("ri:userkey") ? resource.attr("ri:userkey")
                            : resource.attr("ri:username");
                });
            }
            parameters.put(name, values.length() > 0 ? values.toString()
                    : parameter.text().trim());
        }
        return parameters;
    }
}
