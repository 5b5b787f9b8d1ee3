// Compile-only host declaration; signatures checked against Confluence 8.7.2 bytecode (decompiled) and 9.x/10.x javadoc.
package com.atlassian.confluence.plugins.createcontent.api.events;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.plugins.createcontent.impl.ContentBlueprint;
import com.atlassian.confluence.user.ConfluenceUser;
import java.util.Map;

@SuppressWarnings("deprecation")
public class BlueprintPageCreateEvent
        extends com.atlassian.confluence.plugins.createcontent.events.BlueprintPageCreateEvent {
    public BlueprintPageCreateEvent(Object src, Page page, ContentBlueprint blueprint,
            ConfluenceUser creator, Map<String, Object> context) {
        super(src, page, blueprint, creator, context);
    }
}
