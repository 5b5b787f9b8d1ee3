// Compile-only host declaration; signatures checked against Confluence 8.7.2 bytecode (decompiled) and 9.x/10.x javadoc.
package com.atlassian.confluence.event.events.label;

import com.atlassian.confluence.event.events.ConfluenceEvent;
import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.labels.Labelable;

public abstract class LabelEvent extends ConfluenceEvent {
    private final Label label;
    private final Labelable labelled;

    protected LabelEvent(Object source, Label label, Labelable labelled) {
        super(source);
        this.label = label;
        this.labelled = labelled;
    }

    public Label getLabel() {
        return label;
    }

    public Labelable getLabelled() {
        return labelled;
    }
}
