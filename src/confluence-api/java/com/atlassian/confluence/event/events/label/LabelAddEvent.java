// Compile-only host declaration; signatures checked against Confluence 8.7.2 bytecode (decompiled) and 9.x/10.x javadoc.
package com.atlassian.confluence.event.events.label;

import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.labels.Labelable;

/** The constructor here is the preview host's; the plugin only receives this event. */
public class LabelAddEvent extends LabelEvent {
    public LabelAddEvent(Object source, Label label, Labelable labelled) {
        super(source, label, labelled);
    }
}
