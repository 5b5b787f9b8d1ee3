package wales.piap.confluence;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import javax.inject.Inject;
import javax.inject.Named;
import wales.piap.render.ViewRenderer;

/**
 * Renders the plugin's Velocity templates through Confluence's template renderer, which
 * HTML-escapes every reference whose name does not end in "Html".
 */
@Named
public class HostViewRenderer implements ViewRenderer {

    private final TemplateRenderer templateRenderer;

    @Inject
    public HostViewRenderer(@ComponentImport TemplateRenderer templateRenderer) {
        this.templateRenderer = templateRenderer;
    }

    @Override
    public String render(String templatePath, Map<String, Object> context) {
        StringWriter out = new StringWriter();
        try {
            templateRenderer.render(templatePath, context, out);
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to render " + templatePath, e);
        }
        return out.toString();
    }
}
