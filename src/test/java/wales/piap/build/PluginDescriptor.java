package wales.piap.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/** The built atlassian-plugin.xml (with Maven properties filled in), parsed for tests. */
final class PluginDescriptor {

    final Document document;

    private PluginDescriptor(Document document) {
        this.document = document;
    }

    static PluginDescriptor load() {
        try (InputStream in = PluginDescriptor.class.getResourceAsStream("/atlassian-plugin.xml")) {
            if (in == null) {
                throw new IllegalStateException("atlassian-plugin.xml is not on the class path");
            }
            return new PluginDescriptor(Jsoup.parse(in, "UTF-8", "", Parser.xmlParser()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Element root() {
        return document.selectFirst("atlassian-plugin");
    }

    String pluginKey() {
        return root().attr("key");
    }

    List<Element> modules(String type) {
        return new ArrayList<>(root().select("> " + type));
    }

    Element module(String type, String key) {
        return root().select("> " + type + "[key=" + key + "]").first();
    }

    /** Returns every i18n key the descriptor names, in any attribute or description. */
    List<String> i18nKeys() {
        List<String> keys = new ArrayList<>();
        for (Element element : document.getAllElements()) {
            for (String attribute : List.of("i18n-name-key", "i18n-index-title-key", "title-key",
                    "description-header-key", "description-content-key")) {
                if (element.hasAttr(attribute)) {
                    keys.add(element.attr(attribute));
                }
            }
            if ("description".equals(element.tagName()) && element.hasAttr("key")) {
                keys.add(element.attr("key"));
            }
        }
        return keys;
    }
}
