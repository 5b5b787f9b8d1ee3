// Compile-only host declaration; signatures checked against Confluence 8.7.2 bytecode (decompiled) and 9.x/10.x javadoc.
package com.atlassian.confluence.plugins.createcontent.api.contextproviders;

import java.util.HashMap;
import java.util.Map;

public class BlueprintContext {
    private final Map<String, Object> map;

    public BlueprintContext() {
        this(new HashMap<>());
    }

    BlueprintContext(Map<String, Object> map) {
        this.map = map;
    }

    public Map<String, Object> getMap() {
        return map;
    }

    public Object get(String key) {
        return map.get(key);
    }

    public void put(String key, Object value) {
        map.put(key, value);
    }

    public void setTitle(String title) {
        map.put("ContentPageTitle", title);
    }

    public String getSpaceKey() {
        return (String) map.get("spaceKey");
    }
}
