package wales.piap.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import wales.piap.render.Messages;

/** Every i18n bundle of the plugin, read raw as English and Welsh key sets. */
final class I18nBundles {

    private I18nBundles() {
    }

    /** Returns base name to properties for the English files ({@code NAME.properties}). */
    static Map<String, Properties> english() {
        return load("");
    }

    /** Returns base name to properties for the Welsh files ({@code NAME_cy.properties}). */
    static Map<String, Properties> welsh() {
        return load("_cy");
    }

    static String path(String baseName, String suffix) {
        return "/" + baseName.replace('.', '/') + suffix + ".properties";
    }

    private static Map<String, Properties> load(String suffix) {
        Map<String, Properties> bundles = new LinkedHashMap<>();
        for (String baseName : Messages.BUNDLES) {
            try (InputStream in = I18nBundles.class.getResourceAsStream(path(baseName, suffix))) {
                Properties properties = new Properties();
                if (in != null) {
                    properties.load(in);
                }
                bundles.put(baseName, properties);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return bundles;
    }

    static boolean englishHas(String key) {
        return english().values().stream().anyMatch(p -> p.containsKey(key));
    }

    static boolean welshHas(String key) {
        return welsh().values().stream().anyMatch(p -> p.containsKey(key));
    }
}
