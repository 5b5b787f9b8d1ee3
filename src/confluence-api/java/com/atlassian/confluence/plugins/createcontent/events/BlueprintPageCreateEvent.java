// Compile-only host declaration; signatures checked against Confluence 8.7.2 bytecode (decompiled) and 9.x/10.x javadoc.
package com.atlassian.confluence.plugins.createcontent.events;

import com.atlassian.confluence.event.events.content.page.PageEvent;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.plugins.createcontent.impl.ContentBlueprint;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.plugin.ModuleCompleteKey;
import java.util.Map;

@Deprecated
public class BlueprintPageCreateEvent extends PageEvent {
    private final ModuleCompleteKey blueprintKey;
    private final Map<String, Object> context;
    private final ConfluenceUser creator;

    public BlueprintPageCreateEvent(Object src, Page page, ContentBlueprint blueprint,
            ConfluenceUser creator, Map<String, Object> context) {
        super(src, page);
        this.blueprintKey = new ModuleCompleteKey(blueprint.getModuleCompleteKey());
        this.context = context;
        this.creator = creator;
    }

    @Deprecated
    public ModuleCompleteKey getBlueprintKey() {
        return blueprintKey;
    }

    public Map<String, Object> getContext() {
        return context;
    }

    public ConfluenceUser getCreator() {
        return creator;
    }
}
