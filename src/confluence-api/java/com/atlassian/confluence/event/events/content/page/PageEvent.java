// Compile-only host declaration; signatures checked against Confluence 8.7.2 bytecode (decompiled) and 9.x/10.x javadoc.
package com.atlassian.confluence.event.events.content.page;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.event.events.content.ContentEvent;
import com.atlassian.confluence.pages.Page;

public abstract class PageEvent extends ContentEvent {
    private final Page page;

    protected PageEvent(Object source, Page page) {
        super(source);
        this.page = page;
    }

    public Page getPage() {
        return page;
    }

    public ContentEntityObject getContent() {
        return page;
    }
}
