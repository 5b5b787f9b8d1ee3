// Compile-only host declaration; signatures checked against Confluence 8.7.2 bytecode (decompiled) and 9.x/10.x javadoc.
package com.atlassian.confluence.plugins.createcontent.impl;

/** Declared only so the preview host can build blueprint events; the plugin never uses it. */
public class ContentBlueprint {
    private final String moduleCompleteKey;

    public ContentBlueprint(String moduleCompleteKey) {
        this.moduleCompleteKey = moduleCompleteKey;
    }

    public String getModuleCompleteKey() {
        return moduleCompleteKey;
    }
}
