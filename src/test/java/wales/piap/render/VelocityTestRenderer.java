package wales.piap.render;

import java.io.StringWriter;
import java.util.Map;
import java.util.Properties;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.owasp.encoder.Encode;

/**
 * Renders the plugin's real templates with Apache Velocity 1.7, escaping references the way
 * Confluence's template renderer does: every inserted value is HTML-escaped unless the
 * reference's last name part ends in "Html" (case-insensitive) or is {@code $body}.
 *
 * <p>Used by tests and by the preview host. Thread-safe after construction.
 */
public final class VelocityTestRenderer implements ViewRenderer {

    private final VelocityEngine engine;

    /** Creates an engine that loads templates from the class path and fails on bad syntax. */
    public VelocityTestRenderer() {
        Properties properties = new Properties();
        properties.setProperty("resource.loader", "class");
        properties.setProperty("class.resource.loader.class",
                "org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader");
        properties.setProperty("input.encoding", "UTF-8");
        properties.setProperty("output.encoding", "UTF-8");
        properties.setProperty("runtime.log.logsystem.class",
                "org.apache.velocity.runtime.log.NullLogChute");
        properties.setProperty("runtime.references.strict", "false");
        engine = new VelocityEngine(properties);
        engine.init();
    }

    @Override
    public String render(String templatePath, Map<String, Object> context) {
        VelocityContext velocityContext = new VelocityContext();
        context.forEach(velocityContext::put);
        EventCartridge cartridge = new EventCartridge();
        cartridge.addEventHandler(new HtmlEscaper());
        cartridge.attachToContext(velocityContext);
        Template template = engine.getTemplate(templatePath, "UTF-8");
        StringWriter out = new StringWriter();
        template.merge(velocityContext, out);
        return out.toString();
    }

    /** Escapes inserted values unless the reference is exempt, like the host's escaper. */
    static final class HtmlEscaper implements ReferenceInsertionEventHandler {

        @Override
        public Object referenceInsert(String reference, Object value) {
            if (value == null || isExempt(reference)) {
                return value;
            }
            return Encode.forHtml(String.valueOf(value));
        }

        static boolean isExempt(String reference) {
            String name = reference.replaceAll("^\\$!?\\{?", "").replaceAll("\\}$", "");
            int dot = name.lastIndexOf('.');
            String last = dot < 0 ? name : name.substring(dot + 1);
            last = last.replaceAll("\\(.*\\)$", "");
            if (dot < 0 && ("body".equals(last) || "head".equals(last))) {
                return true;
            }
            return last.toLowerCase(java.util.Locale.ROOT).endsWith("html");
        }
    }
}
