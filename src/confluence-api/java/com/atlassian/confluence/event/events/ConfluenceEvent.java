// Compile-only host declaration; signatures checked against Confluence 8.7.2 bytecode (decompiled) and 9.x/10.x javadoc.
package com.atlassian.confluence.event.events;

import com.atlassian.event.Event;

public abstract class ConfluenceEvent extends Event {
    protected ConfluenceEvent(Object source) {
        super(source);
    }
}
