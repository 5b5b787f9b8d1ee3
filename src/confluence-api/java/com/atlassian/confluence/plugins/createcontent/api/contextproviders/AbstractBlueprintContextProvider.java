// Compile-only host declaration; signatures checked against Confluence 8.7.2 bytecode (decompiled) and 9.x/10.x javadoc.
package com.atlassian.confluence.plugins.createcontent.api.contextproviders;

import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.ContextProvider;
import java.util.Map;

public abstract class AbstractBlueprintContextProvider implements ContextProvider {

    /** Deprecated in 8.7.2 in favour of a TemplateRendererHelper argument, but present. */
    @Deprecated
    public AbstractBlueprintContextProvider() {
    }

    @Override
    public void init(Map<String, String> params) throws PluginParseException {
    }

    @Override
    public final Map<String, Object> getContextMap(Map<String, Object> context) {
        return updateBlueprintContext(new BlueprintContext(context)).getMap();
    }

    protected abstract BlueprintContext updateBlueprintContext(BlueprintContext context);
}
