package wales.piap.preview.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The modules of the plugin's real atlassian-plugin.xml, read from the class path (the build
 * copies it to the class path root with the plugin key filled in): macros, the blueprint and
 * its content template, and web resources.
 */
public final class PluginDescriptor {

    private static final String RESOURCE = "atlassian-plugin.xml";

    private final String pluginKey;
    private final Map<String, String> macroClasses;
    private final Blueprint blueprint;
    private final Map<String, WebResource> webResources;
    private final Path classesRoot;

    private PluginDescriptor(String pluginKey, Map<String, String> macroClasses,
            Blueprint blueprint, Map<String, WebResource> webResources, Path classesRoot) {
        this.pluginKey = pluginKey;
        this.macroClasses = macroClasses;
        this.blueprint = blueprint;
        this.webResources = webResources;
        this.classesRoot = classesRoot;
    }

    /** Reads the descriptor through {@code loader}; fails with a message when it is absent. */
    public static PluginDescriptor load(ClassLoader loader) {
        URL url = loader.getResource(RESOURCE);
        if (url == null) {
            throw new IllegalStateException(RESOURCE + " is not on the class path; run the "
                    + "preview through Maven (mvn -B -Ppreview) so the resources are copied");
        }
        try (InputStream in = url.openStream()) {
            Document xml = Jsoup.parse(in, StandardCharsets.UTF_8.name(), "", Parser.xmlParser());
            return parse(xml, classesRoot(url));
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to read " + url, e);
        }
    }

    private static PluginDescriptor parse(Document xml, Path classesRoot) {
        Element root = xml.selectFirst("atlassian-plugin");
        if (root == null) {
            throw new IllegalStateException(RESOURCE + " has no atlassian-plugin element");
        }
        String pluginKey = root.attr("key");
        Map<String, String> macros = new LinkedHashMap<>();
        for (Element macro : root.select("> xhtml-macro")) {
            macros.put(macro.attr("name"), macro.attr("class"));
        }
        Map<String, WebResource> resources = new LinkedHashMap<>();
        for (Element resource : root.select("> web-resource")) {
            List<String> css = new ArrayList<>();
            for (Element file : resource.select("> resource[type=download]")) {
                if (file.attr("location").endsWith(".css")) {
                    css.add(file.attr("location"));
                }
            }
            List<String> contexts = resource.select("> context").eachText();
            String completeKey = pluginKey + ":" + resource.attr("key");
            resources.put(completeKey, new WebResource(completeKey, css, contexts));
        }
        return new PluginDescriptor(pluginKey, macros, blueprint(root, pluginKey), resources,
                classesRoot);
    }

    private static Blueprint blueprint(Element root, String pluginKey) {
        Element blueprint = root.selectFirst("> blueprint");
        if (blueprint == null) {
            return null;
        }
        String templateKey = blueprint.attr("content-template-key");
        Element reference = blueprint.selectFirst("> content-template[ref]");
        if (templateKey.isEmpty() && reference != null) {
            templateKey = reference.attr("ref");
        }
        Element template = null;
        for (Element candidate : root.select("> content-template")) {
            if (candidate.attr("key").equals(templateKey)) {
                template = candidate;
            }
        }
        if (template == null) {
            throw new IllegalStateException("Blueprint " + blueprint.attr("key")
                    + " names content template \"" + templateKey + "\", which is not declared");
        }
        Element resource = template.selectFirst("> resource[name=template]");
        Element provider = template.selectFirst("> context-provider");
        return new Blueprint(pluginKey + ":" + blueprint.attr("key"), blueprint.attr("key"),
                blueprint.attr("index-key"),
                resource == null ? null : resource.attr("location"),
                provider == null ? null : provider.attr("class"));
    }

    private static Path classesRoot(URL url) {
        if (!"file".equals(url.getProtocol())) {
            return null;
        }
        try {
            return Path.of(url.toURI()).getParent();
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** Returns the plugin key, such as wales.piap.piap-confluence. */
    public String pluginKey() {
        return pluginKey;
    }

    /** Returns macro names mapped to their class names, in descriptor order. */
    public Map<String, String> macroClasses() {
        return macroClasses;
    }

    /** Returns the blueprint, or empty when the descriptor declares none. */
    public Optional<Blueprint> blueprint() {
        return Optional.ofNullable(blueprint);
    }

    /** Returns the web resources by complete key. */
    public Map<String, WebResource> webResources() {
        return webResources;
    }

    /** Returns the folder holding the compiled plugin classes, or null inside a jar. */
    public Path classesRoot() {
        return classesRoot;
    }

    /**
     * A page blueprint and its single content template.
     *
     * @param completeKey plugin key, colon, blueprint key
     * @param key blueprint module key
     * @param indexKey label put on created pages
     * @param templateLocation class-path location of the storage-format template
     * @param contextProviderClass class name of the template's context provider, or null
     */
    public record Blueprint(String completeKey, String key, String indexKey,
            String templateLocation, String contextProviderClass) {
    }

    /**
     * A web resource module's CSS files and contexts.
     *
     * @param completeKey plugin key, colon, module key
     * @param cssLocations class-path locations of its CSS files
     * @param contexts contexts such as atl.general that include it on every page
     */
    public record WebResource(String completeKey, List<String> cssLocations,
            List<String> contexts) {
    }
}
