package wales.piap.preview.host;

import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import wales.piap.render.VelocityTestRenderer;

/**
 * Template renderer backed by {@link VelocityTestRenderer}, which HTML-escapes references the
 * way Confluence's renderer does, so the preview shows what Confluence would.
 */
public final class PreviewTemplateRenderer implements TemplateRenderer {

    private final VelocityTestRenderer velocity = new VelocityTestRenderer();

    @Override
    public void render(String templateName, Writer writer) throws IOException {
        render(templateName, Map.of(), writer);
    }

    @Override
    public void render(String templateName, Map<String, Object> context, Writer writer)
            throws IOException {
        try {
            writer.write(velocity.render(templateName, context));
        } catch (RuntimeException e) {
            throw new RenderingException("Failed to render template " + templateName, e);
        }
    }

    /** Not used by the plugin; the preview rejects it instead of guessing its escaping. */
    @Override
    public String renderFragment(String fragment, Map<String, Object> context) {
        throw new RenderingException("renderFragment is not supported by the preview host",
                new UnsupportedOperationException("renderFragment"));
    }

    @Override
    public boolean resolve(String templateName) {
        return getClass().getClassLoader().getResource(templateName) != null;
    }
}
