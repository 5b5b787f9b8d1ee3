package wales.piap.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Parses a storage-format fragment with jsoup's XML parser and offers the look-ups the plan
 * readers share. The HTML parser is never used, because it treats {@code <time ... />} as an
 * open tag that swallows what follows and moves stray elements out of tables.
 *
 * <p>Prefixed names such as {@code ac:structured-macro} are kept as literal tag names.
 * jsoup decodes the XHTML named entities Confluence writes ({@code &nbsp;}, {@code &ndash;}).
 * Instances are not thread-safe.
 */
public final class StorageDocument {

    private static final String ROOT = "piap-storage-root";

    private final Element root;

    private StorageDocument(Element root) {
        this.root = root;
    }

    /** Parses {@code storage}; null parses as an empty document. Never throws on bad markup. */
    public static StorageDocument parse(String storage) {
        String body = storage == null ? "" : storage;
        Document document = Parser.xmlParser().parseInput(
                "<" + ROOT + ">" + body + "</" + ROOT + ">", "");
        Element root = document.selectFirst(ROOT);
        return new StorageDocument(root == null ? document : root);
    }

    /** Returns the root element that contains the fragment's top-level nodes. */
    public Element root() {
        return root;
    }

    /**
     * Returns every structured macro named {@code name}, at any depth (inside layouts, panels,
     * expand macros and tables), in document order. Macro names compare ignoring case.
     */
    public List<Element> macros(String name) {
        List<Element> found = new ArrayList<>();
        for (Element macro : root.getElementsByTag("ac:structured-macro")) {
            if (name.equalsIgnoreCase(macro.attr("ac:name"))) {
                found.add(macro);
            }
        }
        return found;
    }

    /**
     * Returns the visible text of {@code element}: placeholders are left out, non-breaking
     * spaces become spaces, and runs of whitespace collapse to one space, trimmed.
     */
    public static String visibleText(Element element) {
        StringBuilder text = new StringBuilder();
        appendVisible(element, text);
        return text.toString().replace('\u00a0', ' ').replaceAll("\\s+", " ").trim();
    }

    /** Tells whether {@code element} contains no visible text, date or macro. */
    public static boolean isEmpty(Element element) {
        return visibleText(element).isEmpty()
                && element.getElementsByTag("time").isEmpty()
                && element.getElementsByTag("ac:structured-macro").isEmpty();
    }

    private static void appendVisible(Node node, StringBuilder text) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode textNode) {
                text.append(textNode.getWholeText());
            } else if (child instanceof Element element) {
                String tag = element.tagName().toLowerCase(Locale.ROOT);
                if (tag.equals("ac:placeholder")) {
                    continue;
                }
                boolean block = tag.equals("p") || tag.equals("br") || tag.equals("li")
                        || tag.equals("div") || tag.startsWith("h");
                if (block) {
                    text.append(' ');
                }
                appendVisible(element, text);
                if (block) {
                    text.append(' ');
                }
            }
        }
    }
}
