package wales.piap.preview.plugin;

import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import wales.piap.preview.view.StorageXml;
import wales.piap.render.Messages;

/**
 * Fills a storage-format content template as Confluence's create-content plugin does:
 * {@code <at:var at:name="x"/>} becomes the XML-escaped value with each line break as
 * {@code <br/>}; with {@code at:rawxhtml="true"} the value is inserted as markup after a
 * well-formedness check; {@code <at:i18n at:key="k"/>} becomes the localised text; and
 * {@code <at:declarations>} is dropped. A missing value becomes empty text.
 */
final class TemplateVariables {

    private TemplateVariables() {
    }

    /** Returns the filled template; throws IllegalArgumentException for bad raw markup. */
    static String fill(String template, Map<String, Object> context, Messages messages) {
        Document document = StorageXml.parse(template);
        document.select("at|declarations").remove();
        for (Element variable : document.select("at|var")) {
            String name = variable.attr("at:name");
            Object value = context.get(name);
            String text = value == null ? "" : String.valueOf(value);
            boolean raw = "true".equalsIgnoreCase(variable.attr("at:rawxhtml"))
                    || "true".equalsIgnoreCase(variable.attr("at:rawXhtml"));
            if (raw) {
                insertMarkup(variable, name, text);
            } else {
                insertText(variable, text);
            }
        }
        for (Element i18n : document.select("at|i18n")) {
            i18n.replaceWith(new TextNode(messages.text(i18n.attr("at:key"))));
        }
        return StorageXml.serialize(document);
    }

    private static void insertText(Element variable, String text) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                variable.before(new Element("br"));
            }
            variable.before(new TextNode(lines[i]));
        }
        variable.remove();
    }

    private static void insertMarkup(Element variable, String name, String markup) {
        Optional<String> error = StorageXml.findWellFormednessError(markup);
        if (error.isPresent()) {
            throw new IllegalArgumentException("Template variable " + name
                    + " contains markup that is not well-formed: " + error.get());
        }
        for (Node node : StorageXml.parse(markup).childNodesCopy()) {
            variable.before(node);
        }
        variable.remove();
    }
}
