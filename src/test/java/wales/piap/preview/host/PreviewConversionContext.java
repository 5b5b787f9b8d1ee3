package wales.piap.preview.host;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.pages.Page;
import java.util.HashMap;
import java.util.Map;

/** Conversion context for rendering one page in one output type on the desktop device. */
public final class PreviewConversionContext implements ConversionContext {

    private final Page page;
    private final String spaceKey;
    private final String outputType;
    private final Map<String, Object> properties = new HashMap<>();

    /** Creates a context for {@code page} (nullable) and an output type such as "display". */
    public PreviewConversionContext(Page page, String spaceKey, String outputType) {
        this.page = page;
        this.spaceKey = spaceKey;
        this.outputType = outputType;
    }

    @Override
    public ContentEntityObject getEntity() {
        return page;
    }

    @Override
    public String getSpaceKey() {
        return spaceKey;
    }

    @Override
    public String getOutputType() {
        return outputType;
    }

    @Override
    public String getOutputDeviceType() {
        return "desktop";
    }

    @Override
    public Object getProperty(String name) {
        return properties.get(name);
    }

    @Override
    public Object getProperty(String name, Object defaultValue) {
        return properties.getOrDefault(name, defaultValue);
    }

    @Override
    public String getPropertyAsString(String name) {
        Object value = properties.get(name);
        return value == null ? null : value.toString();
    }

    @Override
    public boolean hasProperty(String name) {
        return properties.containsKey(name);
    }

    @Override
    public void setProperty(String name, Object value) {
        properties.put(name, value);
    }
}
