// Compile-only host declaration; signatures checked against Confluence 8.7.2 bytecode (decompiled) and 9.x/10.x javadoc.
package com.atlassian.confluence.event.events.content.page;

import com.atlassian.confluence.pages.Page;

/** The constructor here is the preview host's; the plugin only receives these events. */
public class PageUpdateEvent extends PageEvent {
    public PageUpdateEvent(Object source, Page page) {
        super(source, page);
    }
}
