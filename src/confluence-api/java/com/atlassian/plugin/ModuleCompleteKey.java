// Compile-only host declaration; signatures checked against Confluence 8.7.2 bytecode (decompiled) and 9.x/10.x javadoc.
package com.atlassian.plugin;

public final class ModuleCompleteKey {
    private final String pluginKey;
    private final String moduleKey;

    public ModuleCompleteKey(String completeKey) {
        int colon = completeKey.indexOf(':');
        this.pluginKey = completeKey.substring(0, Math.max(colon, 0));
        this.moduleKey = completeKey.substring(colon + 1);
    }

    public ModuleCompleteKey(String pluginKey, String moduleKey) {
        this.pluginKey = pluginKey;
        this.moduleKey = moduleKey;
    }

    public String getPluginKey() {
        return pluginKey;
    }

    public String getModuleKey() {
        return moduleKey;
    }

    public String getCompleteKey() {
        return pluginKey + ":" + moduleKey;
    }
}
