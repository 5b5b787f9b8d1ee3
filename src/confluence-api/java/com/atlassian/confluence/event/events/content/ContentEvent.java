// Compile-only host declaration; signatures checked against Confluence 8.7.2 bytecode (decompiled) and 9.x/10.x javadoc.
package com.atlassian.confluence.event.events.content;

import com.atlassian.confluence.event.events.ConfluenceEvent;

public abstract class ContentEvent extends ConfluenceEvent {
    protected ContentEvent(Object source) {
        super(source);
    }

    public boolean isSuppressNotifications() {
        return false;
    }
}
