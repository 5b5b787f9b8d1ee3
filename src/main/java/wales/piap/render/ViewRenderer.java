package wales.piap.render;

import java.util.Map;

/**
 * Renders a Velocity template from the plugin jar into HTML.
 *
 * <p>Implementations must HTML-escape every reference except those whose name ends in
 * {@code Html}, as Confluence's template renderer does, so view models pass plain text in
 * ordinary keys and only trusted markup in {@code ...Html} keys.
 */
public interface ViewRenderer {

    /**
     * Renders {@code templatePath} (a class-path path such as {@code templates/x.vm}) with
     * {@code context}, which holds only Maps, Lists, Strings, numbers and booleans.
     */
    String render(String templatePath, Map<String, Object> context);
}
